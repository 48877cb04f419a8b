package org.nstac.portal.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST /reauthenticate}: the custodian gives the password again before opening an identity.
 *
 * <p>How: the portal session and the Keycloak session both end (RP-initiated logout with {@code id_token_hint}),
 * and Keycloak sends the browser back to the reveal page, which asks for a sign-in. With no Keycloak session left,
 * Keycloak must ask for the password, and the new ID token's {@code auth_time} is fresh; the reveal checks that
 * {@code auth_time}, never this servlet's word. Why not {@code max_age=0} on the authorization request: Payara's
 * OpenID Connect mechanism does not pass the definition's extra-parameters expression on (found by the browser
 * test), so Keycloak silently reused its session.
 */
@WebServlet("/reauthenticate")
public class ReauthenticateServlet extends HttpServlet {

    @Inject
    OidcSettings settings;

    @Inject
    jakarta.enterprise.inject.Instance<OpenIdContext> openIdContext;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String idToken = null;
        if (request.getUserPrincipal() != null) {
            try {
                idToken = openIdContext.get().getIdentityToken().getToken();
            } catch (RuntimeException noOpenIdSession) {
                idToken = null;
            }
        }
        Cookie cookie = new Cookie(Reauthentication.COOKIE, "1");
        cookie.setPath("/");
        cookie.setMaxAge(300);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        request.logout();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String url = request.getRequestURL().toString();
        String back = url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath()
                + "/custodian/reveal";
        if (idToken == null) {
            response.sendRedirect(back);
            return;
        }
        response.sendRedirect(settings.getEndSessionUri()
                + "?client_id=" + encode(settings.getClientId())
                + "&id_token_hint=" + encode(idToken)
                + "&post_logout_redirect_uri=" + encode(back));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
