package org.nstac.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.nstac.portal.platform.Outages;

/**
 * Page sign-in through Keycloak (OpenID Connect code flow with PKCE). The sign-in lives in the HTTP session as a
 * {@link SignIn}; each request renews its tokens when they run out (so a role removed or an account disabled in
 * Keycloak takes effect within minutes, and at once when Keycloak sends a back-channel logout). When Keycloak cannot
 * be reached, a person already signed in keeps working with what the portal has; a person not signed in is told that
 * sign-in is unavailable for now (503, the friendly page in their language). While the database is out of reach, a
 * signed-in person's session cannot be checked against the ended sessions: they are asked to try again in a moment.
 */
@PageSignIn
@ApplicationScoped
public class OidcMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(OidcMechanism.class.getName());

    @Inject
    SignInFlow flow;

    @Inject
    OidcClient oidc;

    @Inject
    RevokedSessions revoked;

    @Inject
    SessionPolicy sessions;

    @Inject
    org.nstac.portal.platform.Messages messages;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        try {
            if (SignInFlow.CALLBACK.equals(request.getServletPath())) {
                return callback(request, response, context);
            }
            Optional<SignIn> signIn = current(request);
            if (signIn.isPresent()) {
                return context.notifyContainerAboutLogin(signIn.get().login(), signIn.get().roles());
            }
            if (!context.isProtected()) {
                return context.doNothing();
            }
            flow.start(request, response, returnPath(request), false);
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (KeycloakAdmin.Unavailable unavailable) {
            LOG.warning(() -> "Sign-in is unavailable: " + unavailable.getMessage());
            Outages.answer(request, response, Outages.SIGN_IN, messages);
            return AuthenticationStatus.SEND_FAILURE;
        } catch (IOException clientGone) {
            return AuthenticationStatus.SEND_FAILURE;
        } catch (RuntimeException failure) {
            // The session's sign-in cannot be checked against the ended sessions while the database is out of reach:
            // "try again in a moment", not an error page, and no request served on an unchecked session.
            if (!Outages.databaseUnreachable(failure)) {
                throw failure;
            }
            LOG.warning(() -> "Database unreachable while checking a sign-in: answered 503");
            Outages.answer(request, response, Outages.DATABASE, messages);
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus callback(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws IOException {
        Optional<SignInFlow.Finished> finished = flow.finish(request);
        if (finished.isEmpty()) {
            // Not a sign-in this browser started, a refused code, or the person cancelled at Keycloak.
            response.sendRedirect(request.getContextPath() + "/");
            return AuthenticationStatus.SEND_CONTINUE;
        }
        SignIn signIn = finished.get().signIn();
        if (signIn.sessionId() != null && revoked.isRevoked(signIn.sessionId())) {
            // Quick exit ended this Keycloak session while Keycloak was out of reach, so Keycloak kept it and has just
            // signed the browser straight back in. End it now, and the next sign-in asks for the password again.
            oidc.endSessionNow(signIn);
            LOG.info("A sign-in with a session ended by Quick exit was refused and its Keycloak session ended");
            response.sendRedirect(request.getContextPath() + "/");
            return AuthenticationStatus.SEND_CONTINUE;
        }
        // A new session id at sign-in: an id planted before it is worth nothing after it.
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setAttribute(SignIn.SESSION_KEY, signIn);
        sessions.applyTo(session, signIn);
        response.sendRedirect(request.getContextPath() + finished.get().pending().returnTo());
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** The sign-in of this session, renewed if its tokens ran out; empty when there is none or it has ended. */
    Optional<SignIn> current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SignIn.SESSION_KEY) instanceof SignIn signIn)) {
            return Optional.empty();
        }
        if (signIn.sessionId() != null && revoked.isRevoked(signIn.sessionId())) {
            session.invalidate();
            return Optional.empty();
        }
        if (!signIn.expiresSoon(Instant.now())) {
            return Optional.of(signIn);
        }
        try {
            Optional<SignIn> renewed = oidc.refresh(signIn);
            if (renewed.isEmpty()) {
                session.invalidate();
                return Optional.empty();
            }
            session.setAttribute(SignIn.SESSION_KEY, renewed.get());
            sessions.applyTo(session, renewed.get());
            return renewed;
        } catch (KeycloakAdmin.Unavailable unavailable) {
            // Keycloak is down: the person keeps working with what the portal knows until it is back.
            return Optional.of(signIn);
        }
    }

    private static String returnPath(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return "/dashboard";
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SignIn.SESSION_KEY);
        }
    }
}
