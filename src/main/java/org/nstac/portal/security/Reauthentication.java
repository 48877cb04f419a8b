package org.nstac.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;

/**
 * Asking for the password again before a sensitive action (the custodian opening an identity). {@link
 * ReauthenticateServlet} sets a short-lived cookie and ends both sessions; after the new sign-in, {@link
 * CallbackServlet} sees the cookie and goes back to the reveal page instead of the dashboard.
 */
@Named("reauthentication")
@RequestScoped
public class Reauthentication {

    public static final String COOKIE = "portal-reauth";

    @Inject
    HttpServletRequest request;

    public boolean isRequested() {
        Cookie[] cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies).anyMatch(c -> COOKIE.equals(c.getName()));
    }
}
