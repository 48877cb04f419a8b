package org.nstac.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Optional;

/**
 * When a Keycloak session started. Refreshing a token does not move a session's start, so it is a sound "signed in
 * at" for tokens that carry no {@code auth_time} (Keycloak puts none on direct-grant tokens).
 */
@ApplicationScoped
public class KeycloakSessions {

    @Inject
    KeycloakAdmin admin;

    public Optional<Instant> startOf(String userId, String sessionId) {
        try {
            HttpResponse<String> response = admin.send(
                    admin.request("/users/" + KeycloakAdmin.enc(userId) + "/sessions").GET().build());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            return Json.createReader(new StringReader(response.body())).readArray().getValuesAs(JsonObject.class)
                    .stream()
                    .filter(s -> sessionId.equals(s.getString("id", "")))
                    .findFirst()
                    .map(s -> Instant.ofEpochMilli(s.getJsonNumber("start").longValue()));
        } catch (KeycloakAdmin.Unavailable unavailable) {
            return Optional.empty();
        }
    }
}
