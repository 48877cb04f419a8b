package org.nstac.portal.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanismHandler;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.nstac.portal.platform.SecurityHeadersFilter;

/** One WAR, two ways in: bearer tokens for {@code /api/*}, the OpenID Connect browser flow for everything else. */
@Alternative
@Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class AuthenticationRouter implements HttpAuthenticationMechanismHandler {

    @Inject
    @PageSignIn
    HttpAuthenticationMechanism openId;

    @Inject
    @BearerToken
    HttpAuthenticationMechanism bearer;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        // A mechanism may answer before any filter runs (redirect to Keycloak, 401), so the headers go on here too.
        SecurityHeadersFilter.apply(request, response);
        return select(request).validateRequest(request, response, context);
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        return select(request).secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        select(request).cleanSubject(request, response, context);
    }

    private HttpAuthenticationMechanism select(HttpServletRequest request) {
        return isApi(request) ? bearer : openId;
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.equals("/api") || path.startsWith("/api/");
    }
}
