package org.nstac.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Each role's pages live under {@code /<role>/}. web.xml makes them need a sign-in; this filter answers 404 to a
 * signed-in person without the role, so a restricted page looks exactly like one that does not exist.
 * <p>
 * This is a first line only: each feature's policy class checks the record itself as well.
 */
@WebFilter(urlPatterns = {"/admin/*", "/custodian/*", "/secretariat/*", "/finance/*", "/chair/*", "/member/*",
    "/ministry/*", "/partner/*", "/observer/*"}, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class RoleAreaFilter extends HttpFilter {

    @Inject
    CurrentUser currentUser;

    @Inject
    jakarta.enterprise.event.Event<AreaRefused> refusals;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The decoded, normalised path the container mapped (never the raw URI: ';' parameters or %-escapes in it
        // must not hide the area). Extensionless URLs arrive here again as a FORWARD to the .xhtml view.
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        var area = Role.owningArea(path);
        if (area.isPresent() && !currentUser.hasRole(area.get())) {
            if (request.getDispatcherType() == DispatcherType.REQUEST) {
                refusals.fire(new AreaRefused(area.get(), currentUser.getName()));
            }
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
