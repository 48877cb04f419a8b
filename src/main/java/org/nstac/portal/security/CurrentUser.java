package org.nstac.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The person behind this request, as pages and services see them: a login handle and roles, nothing more.
 * <p>
 * Roles are read once per request. Payara throws from {@code isUserInRole} while it renders an error page for a
 * forwarded request (its JACC policy context is missing there); reading early, in {@link RoleAreaFilter}, and keeping
 * the answer avoids that, and a lookup that still fails counts as "not in the role", never as a crash.
 */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    @Inject
    jakarta.enterprise.inject.Instance<jakarta.security.enterprise.identitystore.openid.OpenIdContext> openIdContext;

    @Inject
    jakarta.enterprise.inject.Instance<KeycloakSessions> sessions;

    private List<Role> roles;

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    /** The login handle (a member's pseudonym login), never a real name. */
    public String getName() {
        return isSignedIn() ? request.getUserPrincipal().getName() : null;
    }

    public boolean hasRole(Role role) {
        return getRoles().contains(role);
    }

    /** The caller's roles in landing order; this is also the order of the menu. */
    public List<Role> getRoles() {
        if (roles == null) {
            roles = isSignedIn() ? Arrays.stream(Role.values()).filter(this::containerSaysInRole).toList() : List.of();
        }
        return roles;
    }

    /**
     * When the caller last proved who they are (the token's {@code auth_time}): recent sign-in is required before
     * sensitive actions such as opening a member's identity.
     */
    public Optional<java.time.Instant> getAuthenticatedAt() {
        Object fromToken = request.getAttribute(BearerTokenMechanism.AUTH_TIME);
        if (fromToken instanceof java.time.Instant instant) {
            return Optional.of(instant);
        }
        if (request.getAttribute(BearerTokenMechanism.SESSION) instanceof String session
                && request.getAttribute(BearerTokenMechanism.SUBJECT) instanceof String subject) {
            // Keycloak puts no auth_time on direct-grant tokens: the session's start is the sign-in time.
            return sessions.get().startOf(subject, session);
        }
        try {
            var claims = openIdContext.get().getIdentityToken().getJwtClaims();
            return claims.getNumericDateClaim("auth_time");
        } catch (RuntimeException noOpenIdSession) {
            return Optional.empty();
        }
    }

    public Optional<Role> getLandingRole() {
        return Role.landing(getRoles());
    }

    private boolean containerSaysInRole(Role role) {
        try {
            return request.isUserInRole(role.roleName());
        } catch (RuntimeException payaraErrorDispatch) {
            return false;
        }
    }
}
