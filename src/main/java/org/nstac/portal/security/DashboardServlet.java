package org.nstac.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /dashboard}: sends a signed-in person to the dashboard of their main role. */
@WebServlet("/dashboard")
public class DashboardServlet extends HttpServlet {

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var landing = currentUser.getLandingRole();
        if (landing.isEmpty()) {
            // Signed in, but with no portal role: nothing here is theirs.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.sendRedirect(request.getContextPath() + landing.get().dashboardPath());
    }
}
