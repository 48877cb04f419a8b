package org.nstac.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code POST /backchannel-logout}: Keycloak tells the portal, server to server, that a session ended (OpenID Connect
 * Back-Channel Logout). The signed logout token names the Keycloak session; the portal session that belongs to it
 * ends on its next request, on whichever node it lives.
 */
@WebServlet("/backchannel-logout")
public class BackchannelLogoutServlet extends HttpServlet {

    @Inject
    OidcClient oidc;

    @Inject
    RevokedSessions revoked;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String token = request.getParameter("logout_token");
        var session = token == null || token.length() > 8192 ? java.util.Optional.<String>empty()
                : oidc.loggedOutSession(token);
        if (session.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        revoked.revoke(session.get());
        response.setStatus(HttpServletResponse.SC_OK);
    }
}
