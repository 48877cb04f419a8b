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
import java.util.Base64;

/** Real tokens from Keycloak's {@code portal-cli} client, and hand-made ones signed with the key the tests hold. */
public final class Tokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Tokens() {
    }

    /** An access token for a demo user through the direct-grant client, as scripts get them. */
    public static String accessToken(String user, String password) throws Exception {
        String form = "grant_type=password&client_id=portal-cli&scope=openid&username=" + enc(user)
                + "&password=" + enc(password);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(PortalStack.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + user + ": " + response.statusCode());
        }
        return json(response.body()).getString("access_token");
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

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
