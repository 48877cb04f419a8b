package org.nstac.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.nstac.portal.platform.ApiError;
import org.nstac.portal.platform.Languages;
import org.nstac.portal.platform.Messages;

/**
 * Stateless bearer-token authentication for {@code /api}: no session, no redirect. A missing or bad token on a
 * protected resource answers 401 with a JSON {@link ApiError}.
 */
@BearerToken
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    private static final String PREFIX = "Bearer ";
    /** Request attribute holding the token's {@code auth_time} as an Instant. */
    public static final String AUTH_TIME = "org.nstac.portal.authTime";
    /** Request attributes naming the token's subject and Keycloak session, when it has no {@code auth_time}. */
    public static final String SUBJECT = "org.nstac.portal.subject";
    public static final String SESSION = "org.nstac.portal.session";
    /** Request attributes holding the token's {@code amr} (a list) and {@code acr}. */
    public static final String METHODS = "org.nstac.portal.amr";
    public static final String ACR = "org.nstac.portal.acr";

    @Inject
    AccessTokenVerifier verifier;

    @Inject
    Messages messages;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return context.isProtected() ? unauthorized(request, response) : context.doNothing();
        }
        return verifier.verify(header.substring(PREFIX.length()).trim())
                .map(caller -> {
                    if (caller.authTime() != null) {
                        request.setAttribute(AUTH_TIME, caller.authTime());
                    }
                    request.setAttribute(SUBJECT, caller.subject());
                    request.setAttribute(SESSION, caller.sessionId());
                    request.setAttribute(METHODS, caller.methods());
                    if (caller.acr() != null) {
                        request.setAttribute(ACR, caller.acr());
                    }
                    return context.notifyContainerAboutLogin(caller.name(), caller.groups());
                })
                .orElseGet(() -> unauthorized(request, response));
    }

    private AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) {
        var locale = Languages.negotiate(request.getHeader("Accept-Language"));
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"nstac\"");
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(
                    new ApiError("unauthorized", messages.get(locale, "api.error.unauthorized")).toJson());
        } catch (IOException clientGone) {
            // nothing left to tell the caller
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
