package org.nstac.portal.shared;

import java.util.Optional;

/**
 * The council member behind this request, if the caller is one (and has not withdrawn): their opaque reference,
 * found once per request from the sign-in and bound to the Keycloak account ({@code sub}), never from a name the
 * caller typed. The member feature provides it; every feature asks here instead of looking the member up itself.
 */
public interface MemberContext {

    /** The calling member's reference; empty when the caller is not a member (or withdrew). */
    Optional<String> ref();

    /**
     * The calling member's reference.
     *
     * @throws NotFound when the caller is not a member: to them, a member's page or record is not there
     */
    default String requireRef() {
        return ref().orElseThrow(NotFound::new);
    }
}
