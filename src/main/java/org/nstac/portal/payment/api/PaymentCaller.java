package org.nstac.portal.payment.api;

import org.nstac.portal.shared.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.nstac.portal.payment.application.Payables;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;

/** Who is calling the payments API, and what they may do; anything else answers 404, like a page that is not there. */
@RequestScoped
public class PaymentCaller {

    @Inject
    CurrentUser user;

    @Inject
    org.nstac.portal.shared.MemberContext member;

    String name() {
        return user.getName();
    }

    /** When the caller last gave their password and second factor (for a step-up), if the token says so. */
    java.time.Instant secondFactorAt() {
        return user.getSecondFactorAt().orElse(null);
    }

    boolean is(Role... roles) {
        return Arrays.stream(roles).anyMatch(user::hasRole);
    }

    void require(Role... roles) {
        if (!is(roles)) {
            throw new NotFound();
        }
    }

    /** Finance and the secretariat read every payable; everyone else only their own, as a member. */
    boolean seesAll() {
        return is(Role.FINANCE, Role.SECRETARIAT);
    }

    /** The calling member's reference (not withdrawn). */
    String meRef() {
        if (!user.hasRole(Role.MEMBER)) {
            throw new NotFound();
        }
        return member.requireRef();
    }
}
