package org.nstac.portal.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Keycloak returns here. The OpenID Connect mechanism has already exchanged the code; this renews the session id
 * (so an id planted before sign-in is worthless after it) and goes on to the dashboard.
 */
@WebServlet("/callback")
public class CallbackServlet extends HttpServlet {

    @jakarta.inject.Inject
    Reauthentication reauthentication;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        if (reauthentication.isRequested()) {
            // The custodian has just given the password again: back to where they asked for it.
            jakarta.servlet.http.Cookie done = new jakarta.servlet.http.Cookie(Reauthentication.COOKIE, "");
            done.setPath("/");
            done.setMaxAge(0);
            response.addCookie(done);
            response.sendRedirect(request.getContextPath() + "/custodian/reveal");
            return;
        }
        response.sendRedirect(request.getContextPath() + "/dashboard");
    }
}
