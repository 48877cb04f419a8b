package org.nstac.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.nstac.portal.platform.LanguageBean;

/**
 * Starting and finishing a page sign-in. A sign-in starts with a redirect to Keycloak carrying a fresh state, nonce
 * and PKCE verifier (kept in the session), and finishes at {@code /callback}, where the state must match, the code is
 * exchanged, the ID token checked, and the session id renewed. A step-up is the same with a fresh password (and second
 * factor) demanded.
 */
@ApplicationScoped
public class SignInFlow {

    public static final String CALLBACK = "/callback";
    private static final int MAX_PENDING = 5;

    private static final Logger LOG = Logger.getLogger(SignInFlow.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    OidcClient oidc;

    /** Sends the browser to Keycloak; afterwards it comes back to {@code returnTo} (a path inside the portal). */
    public void start(HttpServletRequest request, HttpServletResponse response, String returnTo, boolean stepUp)
            throws IOException {
        // Not to a Keycloak that is down: the person would meet the browser's own error instead of the portal's
        // "sign-in is unavailable for now".
        oidc.requireReachable();
        PendingSignIn pending = new PendingSignIn(random(), random(), random() + random(), safePath(returnTo), stepUp,
                Instant.now());
        HttpSession session = request.getSession(true);
        Map<String, PendingSignIn> all = pendingOf(session);
        all.put(pending.state(), pending);
        while (all.size() > MAX_PENDING) {
            all.remove(all.keySet().iterator().next());
        }
        session.setAttribute(PendingSignIn.SESSION_KEY, new LinkedHashMap<>(all));
        response.sendRedirect(oidc.authorizationUri(pending, callback(request),
                LanguageBean.resolveFor(request)).toString());
    }

    /**
     * Finishes a sign-in from Keycloak's answer: the signed-in person and where to go next, or empty when the answer
     * does not belong to a sign-in this browser started (or Keycloak refused it).
     */
    public Optional<Finished> finish(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String state = request.getParameter("state");
        String code = request.getParameter("code");
        // Each way back that signs no one in is logged (without the request's values): the person lands on the home
        // page signed out, and without these lines nothing would say why.
        if (session == null || state == null || code == null) {
            LOG.info(() -> "A sign-in came back without " + (session == null ? "a session" : state == null ? "a state"
                    : "a code (cancelled at Keycloak?)") + "; sent to the home page");
            return Optional.empty();
        }
        Map<String, PendingSignIn> all = pendingOf(session);
        PendingSignIn pending = all.remove(state);
        session.setAttribute(PendingSignIn.SESSION_KEY, new LinkedHashMap<>(all));
        if (pending == null || pending.startedAt().isBefore(Instant.now().minusSeconds(1800))) {
            LOG.info(() -> "A sign-in came back that this session " + (pending == null
                    ? "does not hold (never started here, or pushed out by " + MAX_PENDING + " newer ones)"
                    : "started more than 30 minutes ago") + "; sent to the home page");
            return Optional.empty();
        }
        Optional<Finished> finished = oidc.exchange(code, pending, callback(request))
                .map(signIn -> new Finished(signIn, pending));
        if (finished.isEmpty()) {
            LOG.info("Keycloak did not exchange a sign-in's code; sent to the home page");
        }
        return finished;
    }

    /** A finished sign-in and the pending one it completed. */
    public record Finished(SignIn signIn, PendingSignIn pending) {
    }

    @SuppressWarnings("unchecked")
    private static Map<String, PendingSignIn> pendingOf(HttpSession session) {
        Object held = session.getAttribute(PendingSignIn.SESSION_KEY);
        return held instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<String, PendingSignIn>) map)
                : new LinkedHashMap<>();
    }

    static URI callback(HttpServletRequest request) {
        return URI.create(baseUrl(request) + CALLBACK);
    }

    /** This portal's address as the browser sees it (scheme, host and port of the request, and the context path). */
    public static String baseUrl(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }

    /** A path inside the portal, never another site: anything else becomes the dashboard. */
    static String safePath(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                || path.startsWith(CALLBACK) || path.length() > 500) {
            return "/dashboard";
        }
        return path;
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
