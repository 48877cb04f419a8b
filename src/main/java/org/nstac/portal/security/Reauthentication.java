package org.nstac.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;

/**
 * Asking for the password again before a sensitive action (the custodian opening an identity). {@link
 * ReauthenticateServlet} sets a short-lived cookie and ends the portal session; the next sign-in request then carries
 * {@code max_age=0}, so Keycloak asks for the password even though its own session is still alive.
 */
@Named("reauthentication")
@RequestScoped
public class Reauthentication {

    public static final String COOKIE = "portal-reauth";

    @Inject
    HttpServletRequest request;

    /** Extra parameters for the authorization request (read by the OpenID Connect definition through EL). */
    public String[] getExtraParameters() {
        return isRequested() ? new String[] {"max_age=0"} : new String[0];
    }

    public boolean isRequested() {
        Cookie[] cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies).anyMatch(c -> COOKIE.equals(c.getName()));
    }
}
