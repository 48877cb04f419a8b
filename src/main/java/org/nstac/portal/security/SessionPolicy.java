package org.nstac.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.util.Set;

/**
 * How long a page session may sit idle: staff, who can reach identities and money, 15 minutes; everyone else the
 * container's default (30 minutes, web.xml).
 */
@ApplicationScoped
public class SessionPolicy {

    public static final int STAFF_IDLE_SECONDS = 15 * 60;
    static final Set<String> STAFF = Set.of(Role.CUSTODIAN.roleName(), Role.FINANCE.roleName(),
            Role.ADMIN.roleName(), Role.SECRETARIAT.roleName());

    public void applyTo(HttpSession session, SignIn signIn) {
        if (signIn.roles().stream().anyMatch(STAFF::contains)) {
            session.setMaxInactiveInterval(STAFF_IDLE_SECONDS);
        }
    }
}
