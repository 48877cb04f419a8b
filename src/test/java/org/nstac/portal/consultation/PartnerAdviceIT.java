package org.nstac.portal.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nstac.portal.it.Api;
import org.nstac.portal.it.Browser;
import org.nstac.portal.it.Db;
import org.nstac.portal.it.KeycloakUsers;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.PortalTime;
import org.nstac.portal.it.Tokens;
import org.openqa.selenium.By;

/**
 * NGOs and unions ask the council for advice (issue 18): the demo partner {@code union} requests, the secretariat
 * accepts or declines, members comment, {@code union} answers every comment and gets the report; the ministries and
 * another partner see nothing of it; requests from the wrong people are refused with the rule's message.
 */
@ExtendWith({PortalStack.class, PortalTime.class})
class PartnerAdviceIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final String UNION_ORGANISATION = "union-confederation";

    @Test
    void unionRequestsTheSecretariatAcceptsMembersCommentUnionAnswersEveryCommentAndGetsTheReport() throws Exception {
        long id = request("union", "Collective agreements for survivors in work");
        JsonObject requested = json(send("union", "GET", path(id), null));
        assertEquals("REQUESTED", requested.getString("phase"));
        assertEquals(UNION_ORGANISATION, requested.getString("ministry"));

        // While it waits: the union and the secretariat see it; the council, observers and ministries do not.
        assertEquals(200, send("secretariat", "GET", path(id), null).statusCode());
        for (String outsider : List.of("justice", "labour", "sunflower", "oak", "observer", "admin")) {
            assertEquals(404, send(outsider, "GET", path(id), null).statusCode(), outsider);
            assertFalse(listed(outsider, id), outsider + " does not find it in the list");
        }
        assertTrue(listed("secretariat", id));
        assertTrue(Db.number("SELECT COUNT(*) FROM notification WHERE recipient = 'role:secretariat' AND message_key"
                + " = 'notification.consultation.requested' AND link = '/consultations/view?id=" + id + "'") == 1,
                "the secretariat is told of the request");

        // The union may not accept its own request; the secretariat does.
        assertEquals("consultation.request.secretariatDecides", error(send("union", "POST", path(id) + "/phase",
                "{\"phase\":\"DRAFT\"}")));
        JsonObject accepted = json(send("secretariat", "POST", path(id) + "/phase", "{\"phase\":\"DRAFT\"}"));
        assertEquals("DRAFT", accepted.getString("phase"));
        assertEquals(1, Db.number("SELECT COUNT(*) FROM notification WHERE recipient = 'union' AND message_key = "
                + "'notification.consultation.accepted' AND link = '/consultations/view?id=" + id + "'"));
        assertEquals(404, send("sunflower", "GET", path(id), null).statusCode(), "a draft is still the union's own");

        // The union now stands where a ministry stands: it opens the consultation.
        assertEquals("OPEN", json(send("union", "POST", path(id) + "/phase", "{\"phase\":\"OPEN\"}"))
                .getString("phase"));
        long section = json("{\"a\":" + send("union", "GET", path(id) + "/sections", null).body() + "}")
                .getJsonArray("a").getJsonObject(0).getJsonNumber("id").longValue();
        long council = created(send("sunflower", "POST", path(id) + "/comments",
                comment(section, "Members in seasonal work need the agreement to name interpreters.", "COUNCIL")));
        long pseudonym = created(send("river", "POST", path(id) + "/comments",
                comment(null, "The draft should say who pays for the time off.", "PSEUDONYM")));
        for (String ministry : List.of("justice", "labour")) {
            assertEquals(404, send(ministry, "GET", path(id) + "/comments", null).statusCode(), ministry);
            assertEquals(404, send(ministry, "PUT", "/api/comments/" + council + "/answer",
                    "{\"disposition\":\"NOTED\",\"reason\":\"x\"}").statusCode(), ministry);
        }

        assertEquals("CLOSED", json(send("union", "POST", path(id) + "/phase", "{\"phase\":\"CLOSED\"}"))
                .getString("phase"));
        assertEquals("consultation.phase.unanswered", error(send("union", "POST", path(id) + "/phase",
                "{\"phase\":\"ANSWERED\"}")), "not answered while comments wait");
        JsonArray waiting = json(send("union", "GET", path(id) + "/comments?unanswered=true", null))
                .getJsonArray("comments");
        assertEquals(2, waiting.size(), "the union sees both comments it must answer");
        for (JsonValue comment : waiting) {
            long commentId = ((JsonObject) comment).getJsonNumber("id").longValue();
            HttpResponse<String> answer = send("union", "PUT", "/api/comments/" + commentId + "/answer",
                    commentId == pseudonym
                            ? "{\"disposition\":\"ACCEPTED\",\"reason\":\"The employer pays; we add it to article 2.\"}"
                            : "{\"disposition\":\"NOTED\",\"reason\":\"Interpreters go in the annex.\"}");
            assertEquals(200, answer.statusCode(), answer.body());
        }
        assertEquals("ANSWERED", json(send("union", "POST", path(id) + "/phase", "{\"phase\":\"ANSWERED\"}"))
                .getString("phase"));
        assertEquals(200, send("union", "GET", path(id) + "/report.csv", null).statusCode(), "the union previews");
        assertEquals("REPORT_PUBLISHED", json(send("union", "POST", path(id) + "/phase",
                "{\"phase\":\"REPORT_PUBLISHED\"}")).getString("phase"));

        HttpResponse<String> report = send("union", "GET", path(id) + "/report.csv", null);
        assertEquals(200, report.statusCode());
        assertTrue(report.body().contains("The employer pays; we add it to article 2."), report.body());
        for (String ministry : List.of("justice", "labour")) {
            assertEquals(404, send(ministry, "GET", path(id) + "/report.csv", null).statusCode(), ministry);
        }
    }

    @Test
    void theSecretariatDeclinesARequestWithAReasonTheUnionReads() throws Exception {
        long id = request("union", "A request the council has no time for");

        HttpResponse<String> noReason = send("secretariat", "POST", path(id) + "/phase", "{\"phase\":\"DECLINED\"}");
        assertEquals("consultation.request.reasonRequired", error(noReason));
        assertEquals("REQUESTED", json(send("union", "GET", path(id), null)).getString("phase"), "nothing changed");

        JsonObject declined = json(send("secretariat", "POST", path(id) + "/phase",
                "{\"phase\":\"DECLINED\",\"reason\":\"The council's calendar is full until March.\"}"));
        assertEquals("DECLINED", declined.getString("phase"));
        JsonObject seen = json(send("union", "GET", path(id), null));
        assertEquals("The council's calendar is full until March.", seen.getString("declineReason"));
        assertEquals(1, Db.number("SELECT COUNT(*) FROM notification WHERE recipient = 'union' AND message_key = "
                + "'notification.consultation.declined' AND link = '/consultations/view?id=" + id + "'"));
        assertEquals(404, send("sunflower", "GET", path(id), null).statusCode());
        HttpResponse<String> again = send("secretariat", "POST", path(id) + "/phase", "{\"phase\":\"DRAFT\"}");
        assertEquals(403, again.statusCode(), "a declined request stays declined: " + again.body());
        assertEquals("consultation.action.notAllowed", Tokens.json(again.body()).getString("error"));
        assertEquals("DECLINED", json(send("union", "GET", path(id), null)).getString("phase"));
    }

    @Test
    void requestsFromTheWrongPeopleAreRefusedWithTheRule() throws Exception {
        HttpResponse<String> fromMinistry = Api.sendIn("sr-Latn", "justice", "POST", "/api/consultations",
                Json.createObjectBuilder(ConsultationApiIT.draft("Ministry asking", 1, 10)).add("phase", "REQUESTED")
                        .build().toString());
        assertEquals("consultation.request.notPartner", error(fromMinistry));
        assertTrue(json(fromMinistry).getString("message").startsWith("Savet saveta traži samo službenik"),
                "in the caller's language: " + fromMinistry.body());

        HttpResponse<String> fromMember = send("sunflower", "POST", "/api/consultations",
                ConsultationApiIT.draft("Member asking", 1, 10).toString());
        assertEquals("consultation.create.notMinistry", error(fromMember));
        assertTrue(json(fromMember).getString("message").contains("NGO or a trade union"), fromMember.body());

        HttpResponse<String> partnerDrafting = send("union", "POST", "/api/consultations",
                Json.createObjectBuilder(ConsultationApiIT.draft("Union skipping the queue", 1, 10))
                        .add("phase", "DRAFT").build().toString());
        assertEquals("consultation.create.notMinistry", error(partnerDrafting), "a partner only asks");
    }

    @Test
    void anotherPartnerSeesAndTouchesNothingOfTheUnionsRequest() throws Exception {
        String other = "ngo-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        createPartnerUser(other);
        assertEquals("consultation.create.notMinistry", error(send(other, "POST", "/api/consultations",
                ConsultationApiIT.draft("Not linked yet", 1, 10).toString())), "no organisation, no request");

        long ngo = organisationId("partner-ngo");
        HttpResponse<String> linked = send("admin", "PUT", "/api/organisations/" + ngo + "/officials/" + other, null);
        assertEquals(200, linked.statusCode(), linked.body());

        long unions = request("union", "The union's own request");
        assertEquals(404, send(other, "GET", path(unions), null).statusCode());
        assertFalse(listed(other, unions));
        assertEquals(404, send(other, "PUT", path(unions), ConsultationApiIT.draft("Taken over", 1, 10).toString())
                .statusCode());
        assertEquals(404, send(other, "POST", path(unions) + "/phase", "{\"phase\":\"DRAFT\"}").statusCode());

        long ngos = request(other, "The NGO's own request");
        assertEquals("partner-ngo", json(send(other, "GET", path(ngos), null)).getString("ministry"));
        assertEquals(404, send("union", "GET", path(ngos), null).statusCode());
        assertEquals(200, send("secretariat", "POST", path(unions) + "/phase", "{\"phase\":\"DRAFT\"}").statusCode());
        assertEquals(404, send(other, "POST", path(unions) + "/phase", "{\"phase\":\"OPEN\"}").statusCode(),
                "nor once accepted");
    }

    @Test
    void theUnionFindsItsPagesUnderThePartnerArea() throws Exception {
        browser.signIn("union", "union");
        assertEquals("/partner/dashboard", browser.path());
        assertTrue(browser.has(By.id("dashboard-partner")));
        browser.find(By.id("ask-advice")).click();
        assertEquals("/partner/consultation", browser.path());
        assertTrue(browser.has(By.id("consultation-form")), browser.text());
        browser.open("/ministry/consultation");
        assertTrue(browser.has(By.id("error-404")), "the ministry's area stays the ministry's");
        browser.signOut();
        browser.signIn("justice", "justice");
        browser.open("/partner/dashboard");
        assertTrue(browser.has(By.id("error-404")));
        browser.signOut();
    }

    @Test
    void theSecretariatDecidesOnThePageAndTheUnionAnswersOnItsAnswerScreen() throws Exception {
        long declined = request("union", "A request declined on the page");
        long accepted = request("union", "A request accepted on the page");

        browser.signIn("secretariat", "secretariat");
        browser.open("/consultations/view?id=" + declined);
        assertTrue(browser.has(By.id("request-notice")), browser.text());
        browser.find(By.id("actions:decline-button")).click();
        browser.waitFor(d -> browser.text().contains("Say why the request is declined"));
        browser.find(By.id("actions:decline-reason")).sendKeys("Outside the council's mandate.");
        browser.find(By.id("actions:decline-button")).click();
        browser.waitFor(d -> browser.has(By.cssSelector("#consultation-phase.phase--DECLINED")));
        browser.open("/consultations/view?id=" + accepted);
        assertEquals("Accept the request for advice", browser.find(By.id("actions:move")).getText());
        browser.find(By.id("actions:move")).click();
        browser.find(By.id("actions:move-yes")).click();
        browser.waitFor(d -> browser.has(By.cssSelector("#consultation-phase.phase--DRAFT")));
        assertTrue(browser.url().contains("id=" + accepted), "the address keeps the consultation: " + browser.url());
        browser.signOut();

        assertEquals(200, send("union", "POST", path(accepted) + "/phase", "{\"phase\":\"OPEN\"}").statusCode());
        created(send("sunflower", "POST", path(accepted) + "/comments",
                comment(null, "Name the union's contact for members in the annex.", "COUNCIL")));

        browser.signIn("union", "union");
        browser.open("/consultations/view?id=" + declined);
        assertEquals("Outside the council's mandate.", browser.find(By.id("decline-reason-text")).getText());
        browser.open("/consultations/view?id=" + accepted);
        browser.find(By.id("actions:answers-link")).click();
        assertEquals("/partner/answers", browser.path());
        String table = browser.find(By.id("answers-form:table")).getText();
        assertTrue(table.contains("Name the union's contact") && table.contains("A council member"), table);
        browser.signOut();
    }

    /** A request for advice by a partner official; 201 in REQUESTED. */
    private static long request(String partner, String title) throws Exception {
        HttpResponse<String> created = send(partner, "POST", "/api/consultations",
                ConsultationApiIT.draft(title, 1, 10).toString());
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("REQUESTED", json(created).getString("phase"));
        return json(created).getJsonNumber("id").longValue();
    }

    private static boolean listed(String user, long id) throws Exception {
        HttpResponse<String> list = send(user, "GET", "/api/consultations", null);
        assertEquals(200, list.statusCode());
        return Tokens.json("{\"a\":" + list.body() + "}").getJsonArray("a").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getJsonNumber("id").longValue() == id);
    }

    private static long organisationId(String code) throws Exception {
        HttpResponse<String> list = send("admin", "GET", "/api/organisations", null);
        assertEquals(200, list.statusCode(), list.body());
        return Tokens.json("{\"a\":" + list.body() + "}").getJsonArray("a").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("code").equals(code)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** A realm user with the partner role, as the administrator of Keycloak makes one. */
    static void createPartnerUser(String login) throws Exception {
        String admin = KeycloakUsers.adminToken();
        HttpResponse<String> made = KeycloakUsers.admin("POST", "/users", Json.createObjectBuilder()
                .add("username", login).add("enabled", true).add("email", login + "@test.invalid")
                .add("emailVerified", true).add("firstName", "Test").add("lastName", "Partner")
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "password")
                        .add("value", password(login)).add("temporary", false))).build().toString(), admin);
        assertEquals(201, made.statusCode(), made.body());
        String role = KeycloakUsers.admin("GET", "/roles/partner", null, admin).body();
        HttpResponse<String> granted = KeycloakUsers.admin("POST", "/users/" + KeycloakUsers.idOf(login)
                + "/role-mappings/realm", "[" + role + "]", admin);
        assertEquals(204, granted.statusCode(), granted.body());
    }

    private static String path(long id) {
        return "/api/consultations/" + id;
    }

    private static String comment(Long sectionId, String body, String attribution) {
        var b = Json.createObjectBuilder().add("body", body).add("attribution", attribution);
        if (sectionId != null) {
            b.add("sectionId", sectionId);
        }
        return b.build().toString();
    }

    private static long created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return json(response).getJsonNumber("id").longValue();
    }

    private static String error(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        return json(response).getString("error");
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertTrue(response.statusCode() < 300 || response.statusCode() == 400, response.statusCode() + " "
                + response.body());
        return Tokens.json(response.body());
    }

    private static JsonObject json(String text) {
        return Tokens.json(text);
    }

    /** The demo users' passwords are their names; the realm refuses that for a new user, so test partners differ. */
    private static String password(String login) {
        return login.startsWith("ngo-") ? "Pw-" + login + "-7" : login;
    }

    private static HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
        return Api.sendToken(Tokens.accessToken(user, password(user)), "en", method, path, body);
    }
}
