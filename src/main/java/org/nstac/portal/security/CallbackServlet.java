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

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        response.sendRedirect(request.getContextPath() + "/dashboard");
    }
}
