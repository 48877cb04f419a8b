package org.nstac.portal.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A demo user's bearer token from the realm's public {@code portal-cli} client, as scripts get them, kept fresh in the
 * background: renewed with the refresh token at two thirds of its life (the realm's tokens live 5 minutes), and by a
 * new sign-in if the refresh is refused.
 * <p>
 * One token per demo user, shared by that user's virtual users: the realm takes a staff code once per user and
 * window, and refuses parallel password grants for one user (brute-force protection), so fifty password grants for
 * the secretariat cannot be had. The portal checks the signature and claims of every request's token all the same.
 * {@link #current()} never blocks, so Gatling's threads may call it for each request.
 */
final class KeycloakTokens implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final int ATTEMPTS = 4;

    private final String issuer;
    private final String user;
    private final ScheduledExecutorService renewer;
    private volatile String accessToken;
    private String refreshToken;

    private KeycloakTokens(String issuer, String user) {
        this.issuer = issuer;
        this.user = user;
        this.renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "token-renewer-" + user);
            t.setDaemon(true);
            return t;
        });
    }

    /** Signs {@code user} in now (waiting for a fresh staff code if need be) and keeps the token fresh. */
    static KeycloakTokens signIn(String issuer, String user) throws Exception {
        KeycloakTokens tokens = new KeycloakTokens(issuer, user);
        tokens.take(tokens.passwordGrant());
        return tokens;
    }

    String current() {
        return accessToken;
    }

    @Override
    public void close() {
        renewer.shutdownNow();
    }

    private synchronized void take(JsonObject grant) {
        accessToken = grant.getString("access_token");
        refreshToken = grant.getString("refresh_token", null);
        long lifeSeconds = grant.getJsonNumber("expires_in").longValue();
        renewer.schedule(this::renew, Math.max(lifeSeconds * 2 / 3, 5), TimeUnit.SECONDS);
    }

    private void renew() {
        try {
            HttpResponse<String> refreshed = post("grant_type=refresh_token&client_id=portal-cli&refresh_token="
                    + enc(refreshToken));
            take(refreshed.statusCode() == 200 ? json(refreshed.body()) : passwordGrant());
        } catch (Exception e) {
            // The old token still has a third of its life: try again soon rather than fail the run here.
            System.err.println("Could not renew the token of " + user + ": " + e.getMessage());
            renewer.schedule(this::renew, 10, TimeUnit.SECONDS);
        }
    }

    /**
     * A password grant, with a staff code where the user has a second factor. A code this run has not used may still
     * have been used by a run a few seconds ago, which the realm refuses: then the next window's code is tried.
     */
    private JsonObject passwordGrant() throws Exception {
        String refusal = "";
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String form = "grant_type=password&client_id=portal-cli&scope=openid&username=" + enc(user) + "&password="
                    + enc(user);
            if (StaffCodes.needsCode(user)) {
                StaffCodes.Code code = StaffCodes.next(user);
                Thread.sleep(code.delay().toMillis());
                form += "&totp=" + code.digits();
            }
            HttpResponse<String> response = post(form);
            if (response.statusCode() == 200) {
                return json(response.body());
            }
            refusal = response.statusCode() + " " + response.body();
        }
        throw new IllegalStateException("Keycloak refused a token for " + user + ": " + refusal);
    }

    private HttpResponse<String> post(String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
