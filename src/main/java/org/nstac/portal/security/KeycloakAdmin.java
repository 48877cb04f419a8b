package org.nstac.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Keycloak's admin REST API for the realm, as the {@code portal} client's service account (client credentials).
 * Failures surface as {@link Unavailable}: nothing is retried behind the caller's back.
 */
@ApplicationScoped
public class KeycloakAdmin {

    /** Keycloak could not be reached, or refused the service account. */
    public static class Unavailable extends RuntimeException {
        public Unavailable(String message) {
            super(message);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(3)).build();

    @Inject
    OidcSettings settings;

    /** {@code https://host/realms/nstac} + path becomes {@code https://host/admin/realms/nstac} + path. */
    public URI realmUri(String path) {
        String issuer = settings.getProviderUri();
        int realms = issuer.lastIndexOf("/realms/");
        return URI.create(issuer.substring(0, realms) + "/admin" + issuer.substring(realms) + path);
    }

    /** A builder for an admin call, already carrying a fresh service-account token. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(realmUri(path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + serviceToken());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Unavailable("Interrupted while talking to Keycloak");
        } catch (IOException unreachable) {
            throw new Unavailable("Keycloak is unreachable");
        }
    }

    private String serviceToken() {
        String form = "grant_type=client_credentials&client_id=" + enc(settings.getClientId())
                + "&client_secret=" + enc(settings.getClientSecret());
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(settings.getProviderUri() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.statusCode() != 200) {
            throw new Unavailable("Keycloak refused the portal's service account (" + response.statusCode() + ")");
        }
        return Json.createReader(new StringReader(response.body())).readObject().getString("access_token");
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
