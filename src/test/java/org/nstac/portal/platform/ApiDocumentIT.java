package org.nstac.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.Tokens;

/**
 * The API document the running portal serves at {@code /openapi} is the committed {@code docs/openapi.json}, which
 * {@link ApiDocumentRulesTest} holds to the rules and from which the build generates the client GeneratedClientIT
 * drives. Maven generates sources before the portal runs, so the client is generated from that copy; this test is
 * what keeps the copy honest. And every operation the document lists is one the portal really serves.
 */
@ExtendWith(PortalStack.class)
class ApiDocumentIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Path COMMITTED = Path.of(System.getProperty("portal.basedir", "."), "docs", "openapi.json");
    private static final Path LIVE = Path.of(System.getProperty("portal.work.dir", "target/it"), "openapi.json");

    @Test
    void theCommittedDocumentIsTheOneThePortalServes() throws Exception {
        JsonObject live = live();
        Files.createDirectories(LIVE.getParent());
        Files.writeString(LIVE, pretty(live));
        JsonObject committed = read(Files.readString(COMMITTED));

        List<String> differences = new ArrayList<>();
        for (String part : union(committed.keySet(), live.keySet())) {
            JsonValue a = committed.get(part);
            JsonValue b = live.get(part);
            if (a instanceof JsonObject ao && b instanceof JsonObject bo && (part.equals("paths")
                    || part.equals("components"))) {
                for (String key : union(ao.keySet(), bo.keySet())) {
                    if (ao.get(key) instanceof JsonObject ai && bo.get(key) instanceof JsonObject bi
                            && part.equals("components")) {
                        union(ai.keySet(), bi.keySet()).stream().filter(k -> !java.util.Objects.equals(ai.get(k),
                                bi.get(k))).forEach(k -> differences.add(part + "." + key + "." + k));
                    } else if (!java.util.Objects.equals(ao.get(key), bo.get(key))) {
                        differences.add(part + " " + key);
                    }
                }
            } else if (!java.util.Objects.equals(a, b)) {
                differences.add(part);
            }
        }
        assertTrue(differences.isEmpty(), "docs/openapi.json is not the document the portal serves; differences in "
                + differences + ". If the change is meant, copy " + LIVE + " to docs/openapi.json (the generated "
                + "client follows it).");
    }

    @Test
    void everyOperationOfTheDocumentIsServed() throws Exception {
        String token = Tokens.accessToken("admin", "admin");
        List<String> missing = new ArrayList<>();
        JsonObject paths = live().getJsonObject("paths");
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            Set<String> documented = path.getValue().asJsonObject().keySet().stream()
                    .filter(k -> Set.of("get", "put", "post", "delete", "patch").contains(k))
                    .map(k -> k.toUpperCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
            // JAX-RS answers OPTIONS on a path it serves with the methods it takes there; a path it does not serve is
            // 404. Path parameters take a number: every one of them is an id or a version.
            String concrete = path.getKey().replaceAll("\\{[^}]+}", "1");
            HttpResponse<String> options = HTTP.send(HttpRequest.newBuilder(URI.create(PortalStack.portalUrl()
                    + concrete)).header("Authorization", "Bearer " + token)
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            Set<String> served = options.headers().allValues("Allow").stream()
                    .flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).collect(Collectors.toSet());
            if (options.statusCode() != 200 || !served.containsAll(documented)) {
                missing.add(documented + " " + path.getKey() + " (served: " + options.statusCode() + " " + served
                        + ")");
            }
        }
        assertEquals(List.of(), missing, "operations in /openapi the portal does not serve");
    }

    private static JsonObject live() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(PortalStack.portalUrl()
                + "/openapi")).header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return read(response.body());
    }

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String pretty(JsonObject document) {
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(document);
        }
        return out.toString().strip() + "\n";
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
