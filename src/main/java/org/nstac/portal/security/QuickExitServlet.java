package org.nstac.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * {@code POST /quick-exit}: sent by the Quick exit button in the background (a beacon) while the browser is already on
 * its way to a neutral site. Ends the portal session and, from the server, the Keycloak session behind it, so that
 * whoever picks up the device next finds nobody signed in. Answers 204 whatever there was to end.
 * <p>
 * Only a same-site request is heeded (the browser's {@code Sec-Fetch-Site}), so another site cannot sign people out.
 */
@WebServlet("/quick-exit")
public class QuickExitServlet extends HttpServlet {

    @Inject
    OidcClient oidc;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        HttpSession session = request.getSession(false);
        SignIn signIn = session == null ? null : (SignIn) session.getAttribute(SignIn.SESSION_KEY);
        LogoutServlet.end(request, oidc, SignInFlow.baseUrl(request) + "/");
        if (signIn != null) {
            oidc.endSessionNow(signIn);
        }
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
