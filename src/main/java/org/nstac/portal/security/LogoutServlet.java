package org.nstac.portal.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST /logout}: ends the portal session and the Keycloak session (RP-initiated logout with
 * {@code id_token_hint}); otherwise the next click would sign the person straight back in.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

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
        request.logout();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String home = baseUrl(request) + "/";
        if (idToken == null) {
            response.sendRedirect(home);
            return;
        }
        response.sendRedirect(settings.getEndSessionUri()
                + "?client_id=" + encode(settings.getClientId())
                + "&id_token_hint=" + encode(idToken)
                + "&post_logout_redirect_uri=" + encode(home));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Signing out changes state, so it is a POST; a GET just goes home.
        response.sendRedirect(request.getContextPath() + "/");
    }

    private static String baseUrl(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
