package org.nstac.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * {@code POST /quick-exit}: what Quick exit sends in the background ({@code navigator.sendBeacon}) while the browser
 * is already on its way to the neutral site. Ends the portal session, and the Keycloak session server to server (so
 * that the portal's address does not sign the person straight back in), and marks that Keycloak session ended for
 * every node. Answers 204 with nothing in it.
 * <p>
 * It takes no token: a page of another site could make a browser send it, and all that would do is sign that
 * browser's own user out, which is harmless. It never signs anyone else out, since it only reads the caller's session.
 */
@WebServlet("/quick-exit")
public class QuickExitServlet extends HttpServlet {

    @Inject
    OidcClient oidc;

    @Inject
    RevokedSessions revoked;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        HttpSession session = request.getSession(false);
        SignIn signIn = null;
        if (session != null) {
            try {
                signIn = (SignIn) session.getAttribute(SignIn.SESSION_KEY);
            } catch (IllegalStateException alreadyGone) {
                // ended a moment ago
            }
        }
        request.logout();
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyGone) {
                // ended a moment ago
            }
        }
        if (signIn != null) {
            oidc.endSessionNow(signIn);
            if (signIn.sessionId() != null) {
                // After Keycloak's answer: a node still holding a copy of this session drops it on its next request.
                revoked.revoke(signIn.sessionId());
            }
        }
        // The browser forgets the session cookie too (a page kept in its back-forward cache is then dropped).
        Cookie gone = new Cookie(request.getServletContext().getSessionCookieConfig().getName() == null ? "JSESSIONID"
                : request.getServletContext().getSessionCookieConfig().getName(), "");
        gone.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        gone.setMaxAge(0);
        gone.setHttpOnly(true);
        gone.setSecure(request.isSecure());
        response.addCookie(gone);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
    }
}
