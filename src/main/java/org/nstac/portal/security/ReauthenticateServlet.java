package org.nstac.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code POST /reauthenticate?return=/custodian/reveal}: a step-up before a sensitive action (opening an identity,
 * a bank file). Keycloak is asked for a fresh sign-in ({@code prompt=login}, {@code max_age=0}, and the second-factor
 * level when configured): it asks for the password and, for staff, the one-time code again, and the new ID token's
 * {@code auth_time} and {@code amr} show it. The action checks those, never this servlet's word.
 */
@WebServlet("/reauthenticate")
public class ReauthenticateServlet extends HttpServlet {

    @Inject
    SignInFlow flow;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + "/dashboard");
            return;
        }
        try {
            flow.start(request, response, request.getParameter("return"), true);
        } catch (KeycloakAdmin.Unavailable unavailable) {
            request.setAttribute(org.nstac.portal.platform.Outages.ATTRIBUTE,
                    org.nstac.portal.platform.Outages.SIGN_IN);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
