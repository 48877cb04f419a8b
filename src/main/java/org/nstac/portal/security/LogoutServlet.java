package org.nstac.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * {@code POST /logout}: ends the portal session and the Keycloak session (RP-initiated logout with
 * {@code id_token_hint}); otherwise the next click would sign the person straight back in.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @Inject
    OidcClient oidc;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Optional<URI> keycloak = end(request, oidc, SignInFlow.baseUrl(request) + "/");
        response.sendRedirect(keycloak.map(URI::toString).orElse(request.getContextPath() + "/"));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Signing out changes state, so it is a POST; a GET just goes home.
        response.sendRedirect(request.getContextPath() + "/");
    }

    /**
     * Ends the portal session here and now, and returns Keycloak's end-session address for the browser (empty when
     * there was no sign-in or Keycloak cannot be reached: the portal session is gone either way).
     */
    static Optional<URI> end(HttpServletRequest request, OidcClient oidc, String afterwards) throws ServletException {
        HttpSession session = request.getSession(false);
        SignIn signIn = session == null ? null : (SignIn) session.getAttribute(SignIn.SESSION_KEY);
        request.logout();
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyGone) {
                // ended by a back-channel logout a moment ago
            }
        }
        return signIn == null ? Optional.empty() : oidc.endSessionUri(signIn, afterwards);
    }
}
