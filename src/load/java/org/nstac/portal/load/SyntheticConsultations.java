package org.nstac.portal.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The run's own consultations, made by the administrator through the dev stack's generator
 * ({@code POST /api/dev/synthetic-consultations}), one per size of comments the chosen phases need. A new run makes
 * new ones, so earlier runs' data does not change what is measured.
 */
final class SyntheticConsultations {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final Map<Integer, Long> idBySize = new ConcurrentHashMap<>();

    void create(String portal, String issuer, Set<Integer> sizes) throws Exception {
        try (KeycloakTokens admin = KeycloakTokens.signIn(issuer, "admin")) {
            for (int comments : sizes) {
                long started = System.nanoTime();
                HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(
                        URI.create(portal + "/api/dev/synthetic-consultations"))
                        .timeout(Duration.ofMinutes(5))
                        .header("Authorization", "Bearer " + admin.current())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"comments\":" + comments + "}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (created.statusCode() != 201) {
                    throw new IllegalStateException("Could not create a consultation with " + comments
                            + " comments: " + created.statusCode() + " " + created.body());
                }
                long id = KeycloakTokens.json(created.body()).getJsonNumber("id").longValue();
                idBySize.put(comments, id);
                System.out.printf("consultation %d with %,d comments created in %,d ms%n", id, comments,
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
    }

    long id(int comments) {
        Long id = idBySize.get(comments);
        if (id == null) {
            throw new IllegalStateException("No consultation with " + comments + " comments was created");
        }
        return id;
    }
}
