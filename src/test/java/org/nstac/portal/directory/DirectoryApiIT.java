package org.nstac.portal.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nstac.portal.it.Api;
import org.nstac.portal.it.Db;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.PortalTime;
import org.nstac.portal.it.Tokens;

/**
 * The directory over HTTP against the real stack: anyone reads it without a token or a session, filtered by service,
 * area and language; only the secretariat writes (everyone else, signed in or not, gets 404), every write audited;
 * bad input refused with the rule's key in the caller's language and nothing stored; an entry not checked for six
 * months flagged when the council's clock has moved on; hostile text kept and returned as data, never markup.
 */
@ExtendWith({PortalStack.class, PortalTime.class})
class DirectoryApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anyoneReadsTheDirectoryWithoutATokenOrASessionAndFiltersIt() throws Exception {
        String area = "Zrenjanin " + unique();
        long legal = id(add(entry("Legal desk " + unique(), area, List.of("LEGAL", "UNION"), List.of("sr", "rom"))));
        long shelter = id(add(entry("Shelter " + unique(), area, List.of("SHELTER"), List.of("sr", "hu"))
                .add("phone", JsonValue.NULL).add("website", "https://shelter.example.org/")));

        HttpResponse<String> all = anonymous("GET", "/api/directory", null, "en");
        assertEquals(200, all.statusCode(), all.body());
        assertTrue(all.headers().allValues("Set-Cookie").isEmpty(), "no session, no cookie: " + all.headers().map());
        assertTrue(all.body().contains("Demo legal aid centre (fictional)"), "the demo entries are listed");

        assertEquals(List.of(legal, shelter), ids(read("?area=" + enc(area))), "by organisation, in that area");
        assertEquals(List.of(legal, shelter), ids(read("?area=" + enc(area.toUpperCase()))), "case aside");
        assertEquals(List.of(legal), ids(read("?area=" + enc(area) + "&service=LEGAL")));
        assertEquals(List.of(legal), ids(read("?area=" + enc(area) + "&service=union")));
        assertEquals(List.of(shelter), ids(read("?area=" + enc(area) + "&language=hu")));
        assertEquals(List.of(legal), ids(read("?area=" + enc(area) + "&language=rom&service=LEGAL")));
        assertEquals(List.of(), ids(read("?area=" + enc(area) + "&language=rom&service=SHELTER")));
        assertEquals(List.of(legal, shelter), ids(read("?area=" + enc(area) + "&service=&language=")), "blank = any");

        JsonObject one = read("?area=" + enc(area) + "&service=SHELTER").getJsonObject(0);
        assertEquals(List.of("id", "organisation", "services", "languages", "area", "phone", "email", "website",
                "hours", "description", "lastChecked", "stale"), List.copyOf(one.keySet()), "the contract's fields");
        assertEquals(List.of("SHELTER"), strings(one.getJsonArray("services")));
        assertEquals(List.of("sr", "hu"), strings(one.getJsonArray("languages")));
        assertEquals(area, one.getString("area"));
        assertTrue(one.isNull("phone"), "an absent detail is null");
        assertEquals("https://shelter.example.org/", one.getString("website"));
        assertEquals("Free advice, in plain words.", one.getJsonObject("description").getString("en"));
        assertEquals("Besplatan savet, jednostavnim rečima.", one.getJsonObject("description").getString("sr"));
        assertEquals(PortalTime.today().toString(), one.getString("lastChecked"), "checked the day it is added");
        assertFalse(one.getBoolean("stale"));

        HttpResponse<String> unknown = anonymous("GET", "/api/directory?service=ADVICE", null, "en");
        assertEquals(400, unknown.statusCode());
        assertEquals("directory.service.unknown", Tokens.json(unknown.body()).getString("error"));
        HttpResponse<String> nepoznat = anonymous("GET", "/api/directory?language=klingon", null, "sr-Latn");
        assertEquals(400, nepoznat.statusCode());
        assertEquals("directory.language.unknown", Tokens.json(nepoznat.body()).getString("error"));
        assertTrue(Tokens.json(nepoznat.body()).getString("message").startsWith("Nepoznat jezik"), nepoznat.body());

        HttpResponse<String> signedIn = Api.send("sunflower", "GET", "/api/directory?area=" + enc(area), null);
        assertEquals(200, signedIn.statusCode(), "a token is read where it is sent, and changes nothing");
        assertEquals(List.of(legal, shelter), ids(Tokens.json("{\"a\":" + signedIn.body() + "}").getJsonArray("a")));
    }

    @Test
    void onlyTheDirectoryIsOpenTheRestOfTheApiStillWantsAToken() throws Exception {
        for (String path : List.of("/api/me", "/api/meetings", "/api/members", "/api/directoryx",
                "/api/directory-admin", "/api/audit/verification")) {
            HttpResponse<String> refused = anonymous("GET", path, null, "en");
            assertEquals(401, refused.statusCode(), path + ": " + refused.body());
        }
    }

    @Test
    void onlyTheSecretariatWritesEveryoneElseGets404() throws Exception {
        long id = id(add(entry("Union desk " + unique(), "Kragujevac", List.of("UNION"), List.of("sr"))));
        String body = entry("Changed by someone else", "Kragujevac", List.of("OTHER"), List.of("en")).build()
                .toString();
        for (String user : List.of("sunflower", "oak", "justice", "observer", "finance", "admin")) {
            assertNotFound(Api.send(user, "POST", "/api/directory", body), user + " adds");
            assertNotFound(Api.send(user, "PUT", "/api/directory/" + id, body), user + " changes");
            assertNotFound(Api.send(user, "POST", "/api/directory/" + id + "/check", null), user + " checks");
            assertNotFound(Api.send(user, "DELETE", "/api/directory/" + id, null), user + " removes");
        }
        assertNotFound(anonymous("POST", "/api/directory", body, "en"), "anonymous adds");
        assertNotFound(anonymous("PUT", "/api/directory/" + id, body, "en"), "anonymous changes");
        assertNotFound(anonymous("POST", "/api/directory/" + id + "/check", null, "en"), "anonymous checks");
        assertNotFound(anonymous("DELETE", "/api/directory/" + id, null, "en"), "anonymous removes");
        assertEquals(0, Db.number("SELECT COUNT(*) FROM directory_entry WHERE organisation = 'Changed by someone else'"));
        assertEquals(1, Db.number("SELECT COUNT(*) FROM audit_entry WHERE subject_ref = 'directory-entry:" + id + "'"),
                "only the addition is on record");

        HttpResponse<String> changed = Api.send("secretariat", "PUT", "/api/directory/" + id,
                entry("Union desk, new address", "Kragujevac", List.of("UNION", "LEGAL"), List.of("sr", "en")).build()
                        .toString());
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("Union desk, new address", Tokens.json(changed.body()).getString("organisation"));
        HttpResponse<String> checked = Api.send("custodian", "POST", "/api/directory/" + id + "/check", null);
        assertEquals(200, checked.statusCode(), "the custodian is also secretariat: " + checked.body());
        assertEquals(204, Api.send("secretariat", "DELETE", "/api/directory/" + id, null).statusCode());

        assertFalse(anonymous("GET", "/api/directory", null, "en").body().contains("\"id\":" + id + ","),
                "a removed entry is gone from the API");
        assertNotFound(Api.send("secretariat", "PUT", "/api/directory/" + id, body), "a removed entry is not changed");
        assertNotFound(Api.send("secretariat", "POST", "/api/directory/" + id + "/check", null), "nor checked");
        assertNotFound(Api.send("secretariat", "DELETE", "/api/directory/" + id, null), "nor removed twice");
        assertNotFound(Api.send("secretariat", "PUT", "/api/directory/999999999", body), "nor one that never was");
        assertEquals("directory.entry.added directory.entry.changed directory.entry.checked directory.entry.removed",
                Db.rows("SELECT action FROM audit_entry WHERE subject_ref = 'directory-entry:" + id
                        + "' ORDER BY sequence").strip().replace('\n', ' '));
        assertEquals("secretariat custodian", Db.rows("SELECT actor FROM audit_entry WHERE subject_ref = "
                + "'directory-entry:" + id + "' AND action IN ('directory.entry.changed', 'directory.entry.checked')"
                + " ORDER BY sequence").strip().replace('\n', ' '));
        assertFalse(Db.rows("SELECT details FROM audit_entry WHERE subject_ref = 'directory-entry:" + id + "'")
                .contains("Union desk"), "the audit holds no text anyone typed");
    }

    @Test
    void badInputIsRefusedWithTheRuleInTheCallersLanguageAndNothingIsStored() throws Exception {
        String organisation = "Refused " + unique();
        long before = Db.number("SELECT COUNT(*) FROM directory_entry");
        assertRefused("directory.website.invalid", entry(organisation, "Niš", List.of("LEGAL"), List.of("sr"))
                .add("website", "javascript:alert(document.cookie)"));
        assertRefused("directory.website.invalid", entry(organisation, "Niš", List.of("LEGAL"), List.of("sr"))
                .add("website", "data:text/html,<script>alert(1)</script>"));
        assertRefused("directory.website.invalid", entry(organisation, "Niš", List.of("LEGAL"), List.of("sr"))
                .add("website", "ftp://files.example.org/"));
        assertRefused("directory.services.required", entry(organisation, "Niš", List.of(), List.of("sr")));
        assertRefused("directory.services.required", entry(organisation, "Niš", List.of("LEGAL"), List.of("sr"))
                .add("services", JsonValue.NULL));
        assertRefused("directory.service.unknown", entry(organisation, "Niš", List.of("LEGAL", "MAGIC"),
                List.of("sr")));
        assertRefused("directory.language.unknown", entry(organisation, "Niš", List.of("LEGAL"), List.of("sr", "xx")));
        assertRefused("directory.languages.required", entry(organisation, "Niš", List.of("LEGAL"), List.of()));
        assertRefused("directory.organisation.required", entry(" ", "Niš", List.of("LEGAL"), List.of("sr")));
        assertRefused("directory.organisation.tooLong", entry("o".repeat(201), "Niš", List.of("LEGAL"),
                List.of("sr")));
        assertRefused("directory.description.en.required", entry(organisation, "Niš", List.of("LEGAL"),
                List.of("sr")).add("description", Json.createObjectBuilder().add("sr", "Opis.")));
        assertRefused("directory.description.sr.required", entry(organisation, "Niš", List.of("LEGAL"),
                List.of("sr")).add("description", Json.createObjectBuilder().add("en", "A description.")));
        assertRefused("directory.description.en.required", entry(organisation, "Niš", List.of("LEGAL"),
                List.of("sr")).add("description", JsonValue.NULL));
        assertRefused("directory.description.tooLong", entry(organisation, "Niš", List.of("LEGAL"), List.of("sr"))
                .add("description", Json.createObjectBuilder().add("en", "x".repeat(1001)).add("sr", "Opis.")));
        assertRefused("directory.area.tooLong", entry(organisation, "a".repeat(101), List.of("LEGAL"), List.of("sr")));
        assertRefused("directory.email.invalid", entry(organisation, "Niš", List.of("LEGAL"), List.of("sr"))
                .add("email", "help@example.org?bcc=someone@example.org"));
        assertRefused("directory.phone.invalid", entry(organisation, "Niš", List.of("LEGAL"), List.of("sr"))
                .add("phone", "call us"));
        assertRefused("directory.contact.required", entry(organisation, "Niš", List.of("LEGAL"), List.of("sr"))
                .add("phone", JsonValue.NULL).add("email", "").add("website", JsonValue.NULL));

        HttpResponse<String> english = Api.send("secretariat", "POST", "/api/directory",
                entry("o".repeat(201), "Niš", List.of("LEGAL"), List.of("sr")).build().toString());
        assertEquals("The name of the organisation can be at most 200 characters.",
                Tokens.json(english.body()).getString("message"));
        HttpResponse<String> serbian = Api.sendIn("sr-Latn", "secretariat", "POST", "/api/directory",
                entry(organisation, "Niš", List.of("LEGAL"), List.of("sr")).add("website", "javascript:alert(1)")
                        .build().toString());
        assertEquals("Veb-sajt mora biti adresa koja počinje sa https:// ili http://, bez ičeg drugog.",
                Tokens.json(serbian.body()).getString("message"));
        assertFalse(serbian.body().contains("javascript"), "the refusal does not repeat the input");

        HttpResponse<String> malformed = Api.send("secretariat", "POST", "/api/directory", "{\"organisation\": ");
        assertEquals(400, malformed.statusCode());
        assertEquals("bad_request", Tokens.json(malformed.body()).getString("error"));
        HttpResponse<String> wrongType = Api.send("secretariat", "POST", "/api/directory",
                "{\"organisation\": \"x\", \"services\": \"LEGAL\"}");
        assertEquals(400, wrongType.statusCode(), wrongType.body());

        long id = id(add(entry(organisation, "Niš", List.of("LEGAL"), List.of("sr"))));
        assertRefused("directory.website.invalid", Api.send("secretariat", "PUT", "/api/directory/" + id,
                entry(organisation, "Niš", List.of("LEGAL"), List.of("sr")).add("website", "javascript:void(0)")
                        .build().toString()));
        assertEquals(before + 1, Db.number("SELECT COUNT(*) FROM directory_entry"), "only the good one is stored");
        assertEquals("https://help.example.org/", Db.text("SELECT website FROM directory_entry WHERE id = " + id),
                "a refused change changes nothing");
    }

    @Test
    void anEntryNotCheckedForSixMonthsIsFlaggedUntilTheSecretariatChecksIt() throws Exception {
        String area = "Sombor " + unique();
        long id = id(add(entry("Counselling " + unique(), area, List.of("PSYCHOSOCIAL"), List.of("sr", "en"))));
        String added = PortalTime.today().toString();
        assertFalse(read("?area=" + enc(area)).getJsonObject(0).getBoolean("stale"));

        PortalTime.moveBy(Duration.ofDays(150));
        assertFalse(read("?area=" + enc(area)).getJsonObject(0).getBoolean("stale"), "five months: still fresh");

        PortalTime.moveBy(Duration.ofDays(40));
        JsonObject stale = read("?area=" + enc(area)).getJsonObject(0);
        assertTrue(stale.getBoolean("stale"), "more than six months: stale");
        assertEquals(added, stale.getString("lastChecked"));
        assertTrue(Tokens.json("{\"a\":" + anonymous("GET", "/api/directory", null, "en").body() + "}")
                .getJsonArray("a").stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getString("organisation").equals("Demo counselling line (fictional)")
                        && e.getBoolean("stale")), "the demo's eight-month-old entry is stale too");

        HttpResponse<String> checked = Api.send("secretariat", "POST", "/api/directory/" + id + "/check", null);
        assertEquals(200, checked.statusCode(), checked.body());
        assertEquals(PortalTime.today().toString(), Tokens.json(checked.body()).getString("lastChecked"));
        assertFalse(Tokens.json(checked.body()).getBoolean("stale"));
        assertFalse(read("?area=" + enc(area)).getJsonObject(0).getBoolean("stale"), "checked today: fresh again");
    }

    @Test
    void hostileTextIsStoredAndReturnedAsDataNeverAsMarkup() throws Exception {
        String area = "Pančevo " + unique();
        String organisation = "<script>alert('org')</script> & \"Friends\" #{7*7} ${7*7}";
        String en = "<img src=x onerror=alert(1)> </p><script>document.title='owned'</script> {{7*7}}";
        String sr = "Pomoć na srpskom, العربية, 😀 \u202Eevil";
        JsonObject hostile = entry(organisation, area, List.of("OTHER"), List.of("ar", "sr"))
                .add("hours", "<b>Mon</b>\n#{request.getSession(true)}")
                .add("description", Json.createObjectBuilder().add("en", en).add("sr", sr)).build();
        long id = id(Api.send("secretariat", "POST", "/api/directory", hostile.toString()));

        JsonObject back = read("?area=" + enc(area)).getJsonObject(0);
        assertEquals(id, back.getJsonNumber("id").longValue());
        assertEquals(organisation, back.getString("organisation"), "kept exactly as typed");
        assertEquals("<b>Mon</b>\n#{request.getSession(true)}", back.getString("hours"));
        assertEquals(en, back.getJsonObject("description").getString("en"));
        assertEquals(sr, back.getJsonObject("description").getString("sr"));

        HttpResponse<String> page = anonymous("GET", "/directory?area=" + enc(area), null, "en");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("&lt;script&gt;alert("), "escaped on the page");
        assertFalse(page.body().contains("<script>alert("), "never markup");
        assertFalse(page.body().contains("<img src=x"), "never markup");
        assertTrue(page.body().contains("#{7*7} ${7*7}"), "an expression in an entry is text, never evaluated");
        assertTrue(page.body().contains("#{request.getSession(true)}"), "never evaluated");
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "the expression started no session");
    }

    @Test
    void thePublicPageNeedsNoSignInStartsNoSessionAndKeepsTheFiltersInItsAddress() throws Exception {
        String area = "Čačak " + unique();
        add(entry("Romani help desk " + unique(), area, List.of("LEGAL"), List.of("rom")));
        HttpResponse<String> page = anonymous("GET", "/directory", null, "en");
        assertEquals(200, page.statusCode(), "no sign-in: " + page.headers().map());
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "no session: " + page.headers().map());
        assertTrue(page.body().contains("id=\"quick-exit\""), "Quick exit");
        assertTrue(page.body().contains("Demo legal aid centre (fictional)"));
        assertTrue(page.body().contains("Last checked more than six months ago: please confirm details before you go."),
                "the demo's stale entry is marked");
        assertFalse(page.body().contains("jakarta.faces.ViewState"), "no form state to keep");

        HttpResponse<String> filtered = anonymous("GET", "/directory?service=LEGAL&language=rom&area=" + enc(area),
                null, "sr-Latn");
        assertEquals(200, filtered.statusCode());
        assertTrue(filtered.body().contains("Romani help desk"), filtered.body());
        assertFalse(filtered.body().contains("Demo legal aid centre"), "other areas are filtered out");
        assertTrue(filtered.body().contains("Pronađeno službi: 1"), "in Serbian");
        assertTrue(filtered.body().contains("Besplatan savet, jednostavnim rečima."), "the Serbian description");

        HttpResponse<String> tampered = anonymous("GET", "/directory?service=%3Cscript%3E&language=zz", null, "en");
        assertEquals(200, tampered.statusCode(), "an unknown filter is ignored, not an error page");
        assertFalse(tampered.body().contains("<script>&"), tampered.body());
    }

    // ------------------------------------------------------------------ helpers

    private static JsonObjectBuilder entry(String organisation, String area, List<String> services,
            List<String> languages) {
        return Json.createObjectBuilder()
                .add("organisation", organisation)
                .add("services", Json.createArrayBuilder(services))
                .add("languages", Json.createArrayBuilder(languages))
                .add("area", area)
                .add("phone", "+381 11 000 0099")
                .add("email", "help@example.org")
                .add("website", "https://help.example.org/")
                .add("hours", "Mon–Fri 09:00–17:00")
                .add("description", Json.createObjectBuilder().add("en", "Free advice, in plain words.")
                        .add("sr", "Besplatan savet, jednostavnim rečima."));
    }

    private static HttpResponse<String> add(JsonObjectBuilder entry) throws Exception {
        HttpResponse<String> added = Api.send("secretariat", "POST", "/api/directory", entry.build().toString());
        assertEquals(201, added.statusCode(), added.body());
        return added;
    }

    private static long id(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return Tokens.json(response.body()).getJsonNumber("id").longValue();
    }

    private static JsonArray read(String query) throws Exception {
        HttpResponse<String> list = anonymous("GET", "/api/directory" + query, null, "en");
        assertEquals(200, list.statusCode(), list.body());
        return Tokens.json("{\"a\":" + list.body() + "}").getJsonArray("a");
    }

    private static List<Long> ids(JsonArray entries) {
        return entries.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static List<String> strings(JsonArray values) {
        return values.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .toList();
    }

    private static void assertRefused(String key, JsonObjectBuilder entry) throws Exception {
        assertRefused(key, Api.send("secretariat", "POST", "/api/directory", entry.build().toString()));
    }

    private static void assertRefused(String key, HttpResponse<String> refused) {
        assertEquals(400, refused.statusCode(), key + ": " + refused.body());
        JsonObject error = Tokens.json(refused.body());
        assertEquals(key, error.getString("error"), refused.body());
        assertFalse(error.getString("message").isBlank());
        assertFalse(error.getString("message").startsWith("directory."), "a sentence, not the key: " + error);
    }

    private static void assertNotFound(HttpResponse<String> refused, String what) {
        assertEquals(404, refused.statusCode(), what + ": " + refused.body());
        assertEquals("not_found", Tokens.json(refused.body()).getString("error"), what);
    }

    /** A request with no token and no cookie, as a visitor's browser or a script would send it. */
    static HttpResponse<String> anonymous(String method, String path, String body, String language)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PortalStack.portalUrl() + path))
                .header("Accept-Language", language)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
