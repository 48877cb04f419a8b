package org.nstac.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real tokens from Keycloak's {@code portal-cli} client, and hand-made ones signed with the key the tests hold.
 * <p>
 * Keycloak 26 refuses a password grant for a user while another password grant for the same user is still in
 * progress on the server ({@code user_temporarily_disabled}, brute-force protection against parallel guessing), and a
 * request the client gave up on (a reset HTTP/2 stream) is still in progress there. A password grant per API call
 * therefore fails now and then on a busy machine. So each user signs in once: the token is kept and renewed with the
 * refresh token (which brute-force protection does not watch), one request per user at a time, over HTTP/1.1 (no
 * stream to reset, no upgrade). Tests that need a fresh sign-in (a recent {@code auth_time}) ask for
 * {@link #freshAccessToken}.
 */
public final class Tokens {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /** Renew a token this long before it runs out, so that it is still valid when the portal checks it. */
    private static final Duration MARGIN = Duration.ofSeconds(30);
    private static final Map<String, Session> SESSIONS = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** An access token for a demo user through the direct-grant client, as scripts get them; kept and renewed. */
    public static String accessToken(String user, String password) throws Exception {
        Session session = SESSIONS.computeIfAbsent(key(user, password), k -> new Session());
        synchronized (session) {
            Instant now = Instant.now();
            if (session.accessToken != null && now.isBefore(session.accessExpires.minus(MARGIN))) {
                return session.accessToken;
            }
            if (session.refreshToken != null && now.isBefore(session.refreshExpires.minus(MARGIN))) {
                HttpResponse<String> refreshed = post("grant_type=refresh_token&client_id=portal-cli&refresh_token="
                        + enc(session.refreshToken));
                if (refreshed.statusCode() == 200) {
                    return session.take(json(refreshed.body()));
                }
                // The Keycloak session ended (sign-out, restart, idle timeout): sign in again below.
            }
            return session.take(passwordGrant(user, password));
        }
    }

    /**
     * A token from a sign-in made now, for checks that need a recent sign-in ({@code auth_time}); the user's kept
     * token is replaced by it.
     */
    public static String freshAccessToken(String user, String password) throws Exception {
        return recentAccessToken(user, password, Duration.ZERO);
    }

    /** A token from a sign-in made at most {@code maxAge} ago: the kept one if it is that recent, else a new one. */
    public static String recentAccessToken(String user, String password, Duration maxAge) throws Exception {
        Session session = SESSIONS.computeIfAbsent(key(user, password), k -> new Session());
        synchronized (session) {
            Instant now = Instant.now();
            if (session.accessToken != null && now.isBefore(session.signedInAt.plus(maxAge))
                    && now.isBefore(session.accessExpires.minus(MARGIN))) {
                return session.accessToken;
            }
            String token = session.take(passwordGrant(user, password));
            session.signedInAt = now;
            return token;
        }
    }

    /** Forget every kept token (for example after Keycloak was restarted or a user's sessions were ended). */
    public static void forgetAll() {
        SESSIONS.clear();
    }

    /** Forget one user's kept token, for example after the test ended their Keycloak sessions. */
    public static void forget(String user) {
        SESSIONS.keySet().removeIf(k -> k.startsWith(user + "\u0000"));
    }

    private static JsonObject passwordGrant(String user, String password) throws Exception {
        String form = "grant_type=password&client_id=portal-cli&scope=openid&username=" + enc(user) + "&password="
                + enc(password);
        if (DemoTotp.isStaff(user)) {
            form += "&totp=" + DemoTotp.nextCode(user);
        }
        HttpResponse<String> response = post(form);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + user + ": " + response.statusCode()
                    + " " + reason(response.body()));
        }
        return json(response.body());
    }

    /** A password grant exactly as given (no code added), for tests of what Keycloak refuses. */
    public static HttpResponse<String> passwordGrantAsIs(String user, String password, String totp)
            throws Exception {
        return post("grant_type=password&client_id=portal-cli&scope=openid&username=" + enc(user) + "&password="
                + enc(password) + (totp == null ? "" : "&totp=" + enc(totp)));
    }

    /** Keycloak's {@code error} and {@code error_description}, which say why (never the password). */
    static String reason(String body) {
        try {
            JsonObject error = json(body);
            return error.getString("error", "?") + " (" + error.getString("error_description", "no description")
                    + ")";
        } catch (RuntimeException notJson) {
            return body.length() > 200 ? body.substring(0, 200) : body;
        }
    }

    private static HttpResponse<String> post(String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(PortalStack.issuer() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public static JsonObject payload(String jwt) {
        return json(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    /** A token with the given payload, signed RS256 with the realm key the tests hold (kid left out). */
    public static String signed(JsonObject payload) throws Exception {
        var b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String body = b64.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(PortalStack.signingKey().getPrivate());
        rsa.update((header + "." + body).getBytes(StandardCharsets.US_ASCII));
        return header + "." + body + "." + b64.encodeToString(rsa.sign());
    }

    public static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static String key(String user, String password) {
        return user + "\u0000" + password;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** One user's kept tokens. */
    private static final class Session {
        String accessToken;
        Instant accessExpires = Instant.EPOCH;
        String refreshToken;
        Instant refreshExpires = Instant.EPOCH;
        Instant signedInAt = Instant.EPOCH;

        String take(JsonObject grant) {
            Instant now = Instant.now();
            accessToken = grant.getString("access_token");
            accessExpires = now.plusSeconds(grant.getJsonNumber("expires_in").longValue());
            refreshToken = grant.getString("refresh_token", null);
            refreshExpires = now.plusSeconds(grant.containsKey("refresh_expires_in")
                    ? grant.getJsonNumber("refresh_expires_in").longValue() : 0);
            return accessToken;
        }
    }
}
