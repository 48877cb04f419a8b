package org.nstac.portal.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What every operation of {@code /openapi} says alike, so that a client generator can tell success from refusal:
 * the refusals the portal answers with the {@link ApiError} body (400 for a broken rule, 401 without a valid token,
 * 404 for whatever the caller may not see, 413 for a body over its limit, 503 when nothing was stored and the
 * same request may be sent again), the {@code Idempotency-Key} header as required where money moves, and an example
 * request for each creation ({@link ApiExamples}). The success of each operation, its id, tag and who may call it
 * stay next to the resource method, in its annotations.
 *
 * <p>Payara scans the annotations first; a method with no {@code @APIResponse} gets a {@code default} response made
 * from its return type, which this filter names for what it is: {@code 200}. Registered as {@code mp.openapi.filter}
 * in microprofile-config.properties.
 */
public class ApiDocumentFilter implements OASFilter {

    static final String ERROR_SCHEMA = "ApiError";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** The one operation open to callers without a token: the public directory of support services. */
    private static final String PUBLIC_PATH = "/api/directory";

    /** One tag per feature, in the order a reader meets them. */
    private static final Map<String, String> TAGS = new java.util.LinkedHashMap<>();

    static {
        TAGS.put("Account", "The caller's own login handle and roles.");
        TAGS.put("Consultations", "Ministries' drafts, the council's comments and position, the ministry's answers "
                + "and the report.");
        TAGS.put("Meetings", "Meetings, safety plans, invitations, attendance and minutes.");
        TAGS.put("Tasks", "Paid tasks, offers, logged hours, reviews and the fairness of offers.");
        TAGS.put("Payments", "The rate card, payables, expense claims, stipends, bank files, statements and reports.");
        TAGS.put("Members", "Admission under a pseudonym, a member's own profile, pause, export and withdrawal, and "
                + "the audited identity reveal.");
        TAGS.put("Consent", "Consent texts and each member's consents, purpose by purpose.");
        TAGS.put("Directory", "The public directory of support services.");
        TAGS.put("Organisations", "Ministries, NGOs, unions and donors, and the officials who act for them.");
        TAGS.put("Terms", "The engagement terms every member accepts before paid work: versions, acceptance, the PDF.");
        TAGS.put("Learning", "Learning and retraining offered fairly, accepted, completed and paid; the council record.");
        TAGS.put("Care", "Support on request: a member asks, the named support person or the secretariat's duty "
                + "acknowledges, the chair hears of what nobody acknowledged.");
        TAGS.put("Reports", "The council's annual report: drafted from the portal's data, the chair's foreword, "
                + "members' endorsements, publication; no member named, no figure about fewer than 3 members.");
        TAGS.put("Audit", "The audit chain's verification.");
        TAGS.put("Vault", "The identity vault's master keys.");
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        // Payara lists a class's tag once per class; a generator wants each tag once.
        List<org.eclipse.microprofile.openapi.models.tags.Tag> tags = new ArrayList<>();
        TAGS.forEach((name, description) -> tags.add(OASFactory.createTag().name(name).description(description)));
        if (api.getTags() != null) {
            api.getTags().stream().filter(t -> !TAGS.containsKey(t.getName()))
                    .filter(t -> tags.stream().noneMatch(k -> k.getName().equals(t.getName()))).forEach(tags::add);
        }
        api.setTags(tags);
        Components components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        components.addSchema(ERROR_SCHEMA, errorSchema());
        api.setComponents(components);
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(ApiDocumentFilter::idsAreIntegers);
            components.getSchemas().values().forEach(ApiDocumentFilter::withoutNoise);
        }
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        // JAX-RS templates may carry a regular expression ({id: [0-9]+}); a client wants the plain name ({id}).
        var plain = OASFactory.createPaths();
        api.getPaths().getPathItems().forEach((path, item) -> plain.addPathItem(plainTemplate(path), item));
        api.setPaths(plain);
        for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
            Map<PathItem.HttpMethod, Operation> operations = path.getValue().getOperations();
            if (operations == null) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : operations.entrySet()) {
                describe(path.getKey(), operation.getKey(), operation.getValue());
            }
        }
    }

    /** {@code /learning/{id: [0-9]+}/offers} as {@code /learning/{id}/offers}; braces inside the expression count. */
    public static String plainTemplate(String path) {
        StringBuilder out = new StringBuilder(path.length());
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int depth = 0;
            int end = i;
            for (; end < path.length(); end++) {
                if (path.charAt(end) == '{') {
                    depth++;
                } else if (path.charAt(end) == '}' && --depth == 0) {
                    break;
                }
            }
            String inside = path.substring(i + 1, Math.min(end, path.length()));
            int colon = inside.indexOf(':');
            out.append('{').append((colon < 0 ? inside : inside.substring(0, colon)).strip()).append('}');
            i = end + 1;
        }
        return out.toString();
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(p -> isId(p.getName()))
                    .forEach(p -> p.setSchema(integerIfNumber(p.getSchema())));
        }
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        operation.setResponses(responses);
        nameTheSuccess(responses);
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (hasBody || hasParameters) {
            refuse(responses, "400", error("The request breaks a rule: `error` is the rule's key (for "
                    + "example consultation.title.required, payment.idempotency.reused), `message` says it in the "
                    + "caller's language (Accept-Language: en or sr-Latn)."));
        }
        boolean isPublic = method == PathItem.HttpMethod.GET && PUBLIC_PATH.equals(path);
        refuse(responses, "401", error(isPublic
                ? "A token was sent but is not valid: send none, or a valid one."
                : "No token, an invalid or expired one (error `unauthorized`), or a sign-in too old for this step "
                        + "(error `reauthentication_required`): get a fresh token and try again."));
        if (!(method == PathItem.HttpMethod.GET && "/api/me".equals(path)) && !isPublic) {
            refuse(responses, "404", error("Not there, or not open to the caller: the portal answers 404, "
                    + "never 403, so that a caller does not learn what exists."));
        }
        if (hasBody) {
            refuse(responses, "413", error("The body is over its size limit: 1 MB of JSON, 8 MB for an "
                    + "expense claim with its receipt, 11 MB for a supporting PDF."));
        }
        refuse(responses, "503", error("The database or the identity provider is out of reach for a moment, "
                + "or the transaction met another and was undone: nothing was stored. Send the same request again "
                + "after Retry-After seconds (with the same Idempotency-Key where money moves)."));
        if (isPublic) {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme("bearer")));
        }
        requireIdempotencyKey(operation);
        if ("listTasks".equals(operation.getOperationId())) {
            eachRolesOwnList(responses.getAPIResponse("200"));
        }
        responses.getAPIResponses().values().stream().filter(r -> r.getContent() != null)
                .forEach(r -> bytesOrJson(r.getContent()));
        if (hasBody && operation.getRequestBody().getContent() != null) {
            bytesOrJson(operation.getRequestBody().getContent());
        }
        ApiExamples.forOperation(operation.getOperationId()).ifPresent(example -> {
            if (hasBody && operation.getRequestBody().getContent() != null) {
                MediaType json = operation.getRequestBody().getContent().getMediaType("application/json");
                if (json != null) {
                    json.setExample(example);
                }
            }
        });
    }

    /**
     * A method that declares its success keeps it; Payara's {@code default}, made from the return type, is the
     * success of a method that returns its JSON as such: 200.
     */
    private static void nameTheSuccess(APIResponses responses) {
        Map<String, APIResponse> all = responses.getAPIResponses();
        boolean declared = all != null && all.keySet().stream().anyMatch(code -> code.startsWith("2"));
        APIResponse fallback = responses.getDefaultValue();
        if (fallback == null) {
            return;
        }
        responses.removeAPIResponse(APIResponses.DEFAULT);
        if (!declared) {
            if (fallback.getDescription() == null || fallback.getDescription().isBlank()
                    || "Default Response.".equals(fallback.getDescription())) {
                fallback.setDescription("OK");
            }
            responses.addAPIResponse("200", fallback);
        }
    }

    /**
     * Payara writes a Java {@code long} as a JSON "number", which generated clients read as a decimal. Every id in
     * the portal (a property or parameter named {@code id} or ending in {@code Id}) is a 64-bit integer: say so.
     */
    private static void idsAreIntegers(Schema schema) {
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
            if (isId(property.getKey())) {
                integerIfNumber(property.getValue());
            }
        }
    }

    private static boolean isId(String name) {
        return name != null && (name.equals("id") || name.endsWith("Id"));
    }

    private static Schema integerIfNumber(Schema schema) {
        if (schema != null && schema.getRef() == null && schema.getType() != null
                && schema.getType().equals(List.of(SchemaType.NUMBER)) && schema.getFormat() == null) {
            schema.setType(List.of(SchemaType.INTEGER));
            schema.setFormat("int64");
        }
        return schema;
    }

    /**
     * The one answer whose shape depends on the caller: the secretariat's list of tasks, or a member's tasks offered
     * to them. Java's return type ({@code Object}) cannot say so; the document does.
     */
    private static void eachRolesOwnList(APIResponse ok) {
        if (ok == null) {
            return;
        }
        Schema items = OASFactory.createSchema().anyOf(List.of(OASFactory.createSchema().ref("TaskView"),
                OASFactory.createSchema().ref("MemberTask")));
        ok.setDescription("The secretariat: every task (TaskView); a member: the tasks offered to them (MemberTask)");
        ok.setContent(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                .schema(OASFactory.createSchema().addType(SchemaType.ARRAY).items(items))));
    }

    /**
     * A body that is not JSON (a PDF, a receipt, a CSV file) is bytes, which Payara calls an "object" when the Java
     * side is a stream; and every schema loses Payara's noise.
     */
    private static void bytesOrJson(Content content) {
        for (Map.Entry<String, MediaType> media : content.getMediaTypes().entrySet()) {
            Schema schema = media.getValue().getSchema();
            boolean json = media.getKey().startsWith("application/json");
            if (!json && (schema == null || (schema.getRef() == null
                    && (schema.getProperties() == null || schema.getProperties().isEmpty())
                    && (schema.getType() == null || schema.getType().contains(SchemaType.OBJECT))))) {
                media.getValue().setSchema(OASFactory.createSchema().addType(SchemaType.STRING).format("binary"));
            } else {
                withoutNoise(schema);
            }
        }
    }

    /**
     * Payara writes an inline schema with every constraint at its zero value ({@code "maxProperties": 0} would
     * forbid every property; {@code "examples": [""]} is no example): what is at its default is left out.
     */
    private static void withoutNoise(Schema schema) {
        if (schema == null) {
            return;
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinContains())) {
            schema.setMinContains(null);
        }
        if (Integer.valueOf(Integer.MAX_VALUE).equals(schema.getMaxContains())) {
            schema.setMaxContains(null);
        }
        if (Integer.valueOf(Integer.MAX_VALUE).equals(schema.getMaxLength())) {
            schema.setMaxLength(null);
        }
        if (Integer.valueOf(Integer.MAX_VALUE).equals(schema.getMinItems())) {
            schema.setMinItems(null);
        }
        if (Integer.valueOf(Integer.MIN_VALUE).equals(schema.getMaxItems())) {
            schema.setMaxItems(null);
        }
        if (schema.getMultipleOf() != null && schema.getMultipleOf().signum() == 0) {
            schema.setMultipleOf(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        if (schema.getExamples() != null && schema.getExamples().stream().allMatch(e -> e == null || "".equals(e))) {
            schema.setExamples(null);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ApiDocumentFilter::withoutNoise);
        }
        withoutNoise(schema.getItems());
    }

    private static void requireIdempotencyKey(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        List<Parameter> parameters = new ArrayList<>(operation.getParameters());
        for (Parameter p : parameters) {
            if (IDEMPOTENCY_KEY.equalsIgnoreCase(p.getName()) && p.getIn() == Parameter.In.HEADER) {
                p.setRequired(true);
                p.setDescription("A key the client makes once per intended command (for example a UUID): sending "
                        + "the same request again with the same key does the command once and answers as the first "
                        + "time; the same key with another request is refused (400 payment.idempotency.reused).");
                p.setSchema(OASFactory.createSchema().addType(SchemaType.STRING).pattern("^[A-Za-z0-9._:-]{1,100}$")
                        .maxLength(100));
            }
        }
        operation.setParameters(parameters);
    }

    private static Schema errorSchema() {
        return OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description("Every refusal of the API: a stable code and a text for people. Never a stack trace, "
                        + "never personal data.")
                .addProperty("error", OASFactory.createSchema().addType(SchemaType.STRING)
                        .description("A stable code: a rule's key such as consultation.comment.empty, or "
                                + "unauthorized, not_found, payload_too_large, service_unavailable, ..."))
                .addProperty("message", OASFactory.createSchema().addType(SchemaType.STRING)
                        .description("What went wrong, in the caller's language"))
                .addRequired("error")
                .addRequired("message");
    }

    /** A refusal the resource method did not describe itself. */
    private static void refuse(APIResponses responses, String code, APIResponse response) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, response);
        }
    }

    private static APIResponse error(String description) {
        Content content = OASFactory.createContent().addMediaType("application/json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ERROR_SCHEMA)));
        return OASFactory.createAPIResponse().description(description).content(content);
    }
}
