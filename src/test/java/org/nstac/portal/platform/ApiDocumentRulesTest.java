package org.nstac.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules the API document keeps so that a client generator can use it (issue 23), checked on the committed
 * {@code docs/openapi.json}, which ApiDocumentIT proves is the document the running portal serves. A rule broken
 * here fails the build before a partner's generator fails on it.
 */
class ApiDocumentRulesTest {

    private static final java.nio.file.Path DOCUMENT = java.nio.file.Path.of("docs", "openapi.json");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final String ERROR_REF = "#/components/schemas/ApiError";

    /** One operation of the document: where it is and what it says. */
    private record Op(String path, String method, JsonObject body) {

        String id() {
            return body.getString("operationId", null);
        }

        JsonObject responses() {
            return body.getJsonObject("responses");
        }

        boolean has(String part) {
            return body.containsKey(part) && body.get(part).getValueType() != JsonValue.ValueType.NULL;
        }

        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }

    private static JsonObject document;
    private static List<Op> operations;
    private static Map<String, Method> resources;

    @BeforeAll
    static void read() throws Exception {
        try (var reader = Json.createReader(new StringReader(Files.readString(DOCUMENT)))) {
            document = reader.readObject();
        }
        operations = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> method : path.getValue().asJsonObject().entrySet()) {
                if (METHODS.contains(method.getKey())) {
                    operations.add(new Op(path.getKey(), method.getKey(), method.getValue().asJsonObject()));
                }
            }
        }
    }

    @Test
    void everyOperationHasAnIdOfItsOwn() {
        Map<String, List<Op>> byId = new HashMap<>();
        List<Op> without = new ArrayList<>();
        for (Op op : operations) {
            if (op.id() == null || op.id().isBlank()) {
                without.add(op);
            } else {
                byId.computeIfAbsent(op.id(), id -> new ArrayList<>()).add(op);
            }
        }
        assertEquals(List.of(), without, "operations without an operationId");
        byId.values().removeIf(ops -> ops.size() == 1);
        assertEquals(Map.of(), byId, "operationIds used by more than one operation");
        for (Op op : operations) {
            assertTrue(op.id().matches("[a-z][A-Za-z]+"), op + ": '" + op.id() + "' reads as a method name");
        }
    }

    @Test
    void everyOperationSaysHowItSucceedsWithASchema() {
        for (Op op : operations) {
            JsonObject responses = op.responses();
            assertTrue(!responses.containsKey("default"), op + " still has a 'default' response");
            List<String> successes = responses.keySet().stream().filter(code -> code.startsWith("2")).toList();
            assertTrue(!successes.isEmpty(), op + " documents no success");
            for (String code : successes) {
                JsonObject response = responses.getJsonObject(code);
                if (code.equals("204") || !response.containsKey("content")) {
                    assertTrue(code.equals("204") || code.equals("201"), op + " " + code + " without a body");
                    continue;
                }
                for (Map.Entry<String, JsonValue> content : response.getJsonObject("content").entrySet()) {
                    JsonObject schema = content.getValue().asJsonObject().getJsonObject("schema");
                    assertTrue(schema != null && !bare(schema), op + " " + code + " " + content.getKey()
                            + " has no schema a client can read: " + schema);
                }
            }
        }
    }

    @Test
    void everyRequestBodyHasASchemaAClientCanWrite() {
        for (Op op : operations) {
            if (!op.has("requestBody")) {
                continue;
            }
            for (Map.Entry<String, JsonValue> content : op.body().getJsonObject("requestBody")
                    .getJsonObject("content").entrySet()) {
                JsonObject schema = content.getValue().asJsonObject().getJsonObject("schema");
                assertTrue(schema != null && !bare(schema), op + " " + content.getKey()
                        + " takes a body of no known shape: " + schema);
            }
        }
    }

    @Test
    void creationsAnswer201AndShowAnExampleRequest() {
        List<Op> creations = operations.stream().filter(op -> op.id().startsWith("create")
                || op.id().equals("admitMember")).toList();
        assertTrue(creations.size() >= 10, "the document has its creations: " + creations);
        for (Op op : creations) {
            assertTrue(op.responses().containsKey("201"), op + " (" + op.id() + ") creates: 201");
        }
        for (Op op : operations) {
            if (!op.responses().containsKey("201") || !op.has("requestBody")) {
                continue;
            }
            JsonObject json = op.body().getJsonObject("requestBody").getJsonObject("content")
                    .getJsonObject("application/json");
            if (json != null) {
                assertTrue(json.containsKey("example") || json.containsKey("examples"), op + " (" + op.id()
                        + ") creates something and shows no example request");
            }
        }
    }

    @Test
    void everyRefusalCarriesTheErrorBody() {
        JsonObject error = document.getJsonObject("components").getJsonObject("schemas").getJsonObject("ApiError");
        assertTrue(error != null, "components.schemas.ApiError");
        assertEquals(Set.of("error", "message"), error.getJsonObject("properties").keySet());
        assertEquals(Set.of("error", "message"), new TreeSet<>(error.getJsonArray("required")
                .getValuesAs(jakarta.json.JsonString::getString)));
        for (Op op : operations) {
            JsonObject responses = op.responses();
            assertTrue(responses.containsKey("401"), op + " documents 401");
            if (op.has("requestBody") || op.has("parameters")) {
                assertTrue(responses.containsKey("400"), op + " takes input and documents 400");
            }
            if (op.has("requestBody")) {
                assertTrue(responses.containsKey("413"), op + " takes a body and documents 413");
            }
            if (op.path.contains("{")) {
                assertTrue(responses.containsKey("404"), op + " names a record and documents 404");
            }
            for (String code : responses.keySet()) {
                if (code.startsWith("4") || code.startsWith("5")) {
                    String ref = responses.getJsonObject(code).getJsonObject("content")
                            .getJsonObject("application/json").getJsonObject("schema").getString("$ref", "");
                    assertEquals(ERROR_REF, ref, op + " " + code + " answers with the error body");
                }
            }
        }
    }

    @Test
    void everyOperationHasOneTagAndSaysWhoMayCallIt() {
        for (Op op : operations) {
            assertEquals(1, op.body().getJsonArray("tags") == null ? 0 : op.body().getJsonArray("tags").size(),
                    op + " has one tag, its feature");
            assertTrue(op.body().getString("description", "").startsWith("Who may call it: "),
                    op + " says who may call it");
            assertTrue(!op.body().getString("summary", "").isBlank(), op + " has a summary");
        }
    }

    @Test
    void theDocumentListsExactlyWhatTheResourcesServe() {
        Map<String, Method> served = resourceMethods();
        Set<String> documented = new TreeSet<>();
        operations.forEach(op -> documented.add(op.toString()));
        Set<String> notDocumented = new TreeSet<>(served.keySet());
        notDocumented.removeAll(documented);
        Set<String> notServed = new TreeSet<>(documented);
        notServed.removeAll(served.keySet());
        assertEquals(Set.of(), notDocumented, "resource methods missing from docs/openapi.json");
        assertEquals(Set.of(), notServed, "operations in docs/openapi.json no resource serves");
    }

    @Test
    void everyMoneyCommandRequiresItsIdempotencyKey() {
        Map<String, Method> served = resourceMethods();
        int keyed = 0;
        for (Op op : operations) {
            Method method = served.get(op.toString());
            boolean takesKey = method != null && java.util.Arrays.stream(method.getParameters())
                    .map(p -> p.getAnnotation(HeaderParam.class))
                    .anyMatch(h -> h != null && h.value().equalsIgnoreCase("Idempotency-Key"));
            JsonObject header = op.has("parameters") ? op.body().getJsonArray("parameters").stream()
                    .map(JsonValue::asJsonObject)
                    .filter(p -> "header".equals(p.getString("in")) && "Idempotency-Key".equals(p.getString("name")))
                    .findFirst().orElse(null) : null;
            assertEquals(takesKey, header != null, op + ": the Idempotency-Key header is declared where it is read");
            if (header != null) {
                keyed++;
                assertTrue(header.getBoolean("required", false), op + ": the Idempotency-Key is required");
            }
        }
        assertTrue(keyed >= 7, "payables, expense claims and payment batches take keys: " + keyed);
    }

    /** A schema a generated client cannot turn into anything but a map: an object with no properties. */
    private static boolean bare(JsonObject schema) {
        if (schema.containsKey("$ref") || schema.containsKey("items") || schema.containsKey("properties")
                || schema.containsKey("additionalProperties") || schema.containsKey("oneOf")
                || schema.containsKey("anyOf") || schema.containsKey("allOf")) {
            return false;
        }
        JsonValue type = schema.get("type");
        return type == null || type.toString().contains("object");
    }

    /** "GET /api/consultations/{id}" to the resource method that serves it, for every resource in the WAR. */
    private static synchronized Map<String, Method> resourceMethods() {
        if (resources != null) {
            return resources;
        }
        Map<String, Method> found = new HashMap<>();
        // Resources live in each feature's api package.
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> location.contains("/api/")).importPackages("org.nstac.portal");
        for (JavaClass javaClass : classes) {
            if (!javaClass.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> resource = javaClass.reflect();
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String http = httpMethod(method);
                Operation operation = method.getAnnotation(Operation.class);
                if (http == null || (operation != null && operation.hidden())) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = "/api/" + strip(base) + (sub == null ? "" : "/" + strip(sub.value()));
                found.put(http + " " + ApiDocumentFilter.plainTemplate(path), method);
            }
        }
        resources = Map.copyOf(found);
        return resources;
    }

    private static String httpMethod(Method method) {
        for (Class<? extends Annotation> http : List.of(GET.class, POST.class, PUT.class, DELETE.class)) {
            if (method.isAnnotationPresent(http)) {
                return http.getSimpleName();
            }
        }
        return null;
    }

    private static String strip(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
