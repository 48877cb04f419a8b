package org.nstac.portal.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nstac.portal.it.Api;
import org.nstac.portal.it.Browser;
import org.nstac.portal.it.Db;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.PortalTime;
import org.nstac.portal.it.Tokens;
import org.openqa.selenium.By;

/**
 * The consultation cycle finished (issue 18): the final version (refused before the consultation closes, comments and
 * versions refused after it, its changes linked to the answers that led to them), the council's position answered on
 * the consultation page before the consultation may be called answered, overdue answers told once a day and counted
 * in the list, the content-note vocabulary kept by the administrator only, and the exports' content.
 */
@ExtendWith({PortalStack.class, PortalTime.class})
class ConsultationCycleIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void theFinalVersionComesOnlyAfterClosingEndsCommentingForGoodAndLinksItsChangesToTheAnswers() throws Exception {
        long id = openedByJustice("Final version of the shelter law");
        String base = "/api/consultations/" + id;
        JsonArray sections = Api.array(send("justice", "GET", base + "/sections", null).body());
        long article1 = sections.getJsonObject(0).getJsonNumber("id").longValue();
        long taken = comment("sunflower", id, article1, "Interpreters within a day, please.");
        long refused = comment("river", id, article1, "Drop article 1 entirely.");

        String finalText = finalBody(List.of(taken));
        assertEquals("consultation.final.notClosed", Api.error(send("justice", "POST", base + "/final-version",
                finalText)), "not while members may still comment");
        assertEquals(200, send("justice", "POST", base + "/phase", "{\"phase\":\"CLOSED\"}").statusCode());
        answer(taken, "{\"disposition\":\"ACCEPTED\"}");
        answer(refused, "{\"disposition\":\"NOT_ACCEPTED\",\"reason\":\"Article 1 sets the purpose.\"}");

        assertEquals("consultation.final.answerNotAccepted", Api.error(send("justice", "POST",
                base + "/final-version", finalBody(List.of(refused)))), "a refused comment led to nothing");
        assertEquals("consultation.final.none", Api.error(send("sunflower", "GET", base + "/final-version", null)),
                "nothing was published by the refused attempt");
        for (String outsider : new String[] {"labour", "sunflower", "secretariat"}) {
            int status = send(outsider, "POST", base + "/final-version", finalText).statusCode();
            assertTrue(status == 404 || status == 403, outsider + " answered " + status);
        }

        HttpResponse<String> published = send("justice", "POST", base + "/final-version", finalText);
        assertEquals(201, published.statusCode(), published.body());
        JsonObject fin = Tokens.json(published.body());
        assertEquals(2, fin.getInt("version"));
        assertEquals(1, fin.getInt("consultedVersion"));
        JsonObject first = change(fin, 1);
        assertEquals("CHANGED", first.getJsonObject("change").getString("kind"));
        assertEquals(List.of(taken), ids(first.getJsonArray("ledBy")), "the accepted comment led to article 1");
        assertEquals("REMOVED", change(fin, 3).getJsonObject("change").getString("kind"));
        assertEquals(2, Tokens.json(send("justice", "GET", base, null).body()).getInt("finalVersion"));

        assertEquals("consultation.comment.notOpen", Api.error(send("sunflower", "POST", base + "/comments",
                commentBody(article1, "One more thought."))), "commenting has ended for good");
        assertEquals("consultation.final.published", Api.error(send("justice", "POST", base + "/versions",
                "{\"sections\":[{\"heading\":\"Article 1\",\"text\":\"Again.\"}]}")), "no version after the final");
        assertEquals("consultation.final.published", Api.error(send("justice", "POST", base + "/final-version",
                finalText)), "one final version");

        JsonObject seen = Tokens.json(send("sunflower", "GET", base + "/final-version", null).body());
        assertEquals(List.of(taken), ids(change(seen, 1).getJsonArray("ledBy")));
        assertEquals(404, send("labour", "GET", base + "/final-version", null).statusCode());
        assertEquals(1, Db.number("SELECT COUNT(*) FROM notification WHERE recipient = 'sunflower' AND message_key = "
                + "'notification.consultation.final' AND link = '/consultations/changes?id=" + id + "&final=true'"));

        browser.signIn("sunflower", "sunflower");
        browser.open("/consultations/changes?id=" + id + "&final=true");
        assertTrue(browser.find(By.id("final-lead")).getText().contains("version 1"), browser.text());
        assertTrue(browser.has(By.cssSelector("#change-1 ins")), "the new words are marked");
        assertTrue(browser.find(By.cssSelector("#change-1 .you-said")).getText().contains("#" + taken),
                browser.text());
        browser.open("/consultations/view?id=" + id);
        assertTrue(browser.has(By.id("final-link")), "the consultation page leads to the final version");
        browser.signOut();
    }

    @Test
    void theMinistryPublishesTheFinalVersionOnItsPageNamingTheAnswersThatLedToEachChange() throws Exception {
        long id = openedByJustice("Final version through the form");
        String base = "/api/consultations/" + id;
        long article1 = Api.array(send("justice", "GET", base + "/sections", null).body()).getJsonObject(0)
                .getJsonNumber("id").longValue();
        long taken = comment("sunflower", id, article1, "A support person at every hearing, please.");
        long refused = comment("river", id, article1, "Drop the hearings altogether.");
        assertEquals(200, send("justice", "POST", base + "/phase", "{\"phase\":\"CLOSED\"}").statusCode());
        answer(taken, "{\"disposition\":\"ACCEPTED\"}");
        answer(refused, "{\"disposition\":\"NOT_ACCEPTED\",\"reason\":\"Hearings stay.\"}");

        browser.signIn("justice", "justice");
        browser.open("/ministry/consultation?id=" + id);
        By takenBox = By.cssSelector("input[name='form:sections:0:ledBy'][value='" + taken + "']");
        assertTrue(browser.has(takenBox), "the accepted comment can be named under article 1");
        assertFalse(browser.has(By.cssSelector("input[name='form:sections:0:ledBy'][value='" + refused + "']")),
                "a refused comment is not offered: it led to nothing");
        assertTrue(browser.find(By.cssSelector("label[for='" + browser.find(takenBox).getAttribute("id") + "']"))
                .getText().contains("A support person at every hearing"), "each answer is named by its words");
        var text = browser.find(By.id("form:sections:0:text"));
        text.clear();
        text.sendKeys("Text of article 1, with a support person at every hearing.");
        browser.find(takenBox).click();
        browser.find(By.id("form:final-version")).click();
        browser.find(By.id("form:save")).click();
        browser.waitFor(d -> browser.has(By.id("final-link")));
        browser.signOut();

        JsonObject fin = Tokens.json(send("sunflower", "GET", base + "/final-version", null).body());
        assertEquals(List.of(taken), ids(change(fin, 1).getJsonArray("ledBy")),
                "the answer ticked on the page led to article 1");
        assertEquals("consultation.comment.notOpen", Api.error(send("sunflower", "POST", base + "/comments",
                commentBody(article1, "One more thought."))), "commenting has ended for good");
    }

    @Test
    void theMinistryAnswersThePositionOnItsPageAndOnlyThenIsTheConsultationAnswered() throws Exception {
        long id = openedByJustice("Position on the labour inspection draft");
        String base = "/api/consultations/" + id;
        assertEquals(200, send("oak", "PUT", base + "/position",
                "{\"text\":\"The council asks for labour inspectors trained with survivors.\"}").statusCode());
        assertEquals(200, send("oak", "POST", base + "/position/submission", null).statusCode());
        assertEquals(200, send("justice", "POST", base + "/phase", "{\"phase\":\"CLOSED\"}").statusCode());
        HttpResponse<String> early = send("justice", "POST", base + "/phase", "{\"phase\":\"ANSWERED\"}");
        assertEquals("consultation.phase.positionUnanswered", Api.error(early));
        assertTrue(Tokens.json(early.body()).getString("message").contains("position"), early.body());
        assertEquals("CLOSED", Tokens.json(send("justice", "GET", base, null).body()).getString("phase"));

        browser.signIn("justice", "justice");
        browser.open("/consultations/view?id=" + id);
        assertTrue(browser.find(By.id("position-waits")).getText().contains("waits"), browser.text());
        browser.choose("position:position-disposition", "Partly accepted");
        browser.find(By.id("position:answer-position")).click();
        browser.waitFor(d -> browser.text().contains("reason"));
        assertEquals("PARTLY_ACCEPTED", new org.openqa.selenium.support.ui.Select(
                browser.find(By.id("position:position-disposition"))).getFirstSelectedOption().getAttribute("value"),
                "nothing chosen is lost");
        browser.find(By.id("position:position-reason")).sendKeys("Training yes, but by the inspectorate itself.");
        browser.find(By.id("position:answer-position")).click();
        browser.waitFor(d -> browser.text().contains("Your answer to the council's position is saved"));
        browser.signOut();

        JsonObject position = Tokens.json(send("oak", "GET", base + "/position", null).body());
        assertEquals("PARTLY_ACCEPTED", position.getString("disposition"));
        assertEquals("Training yes, but by the inspectorate itself.", position.getString("reason"));
        assertEquals(200, send("justice", "POST", base + "/phase", "{\"phase\":\"ANSWERED\"}").statusCode());
        assertEquals(1, Db.number("SELECT COUNT(*) FROM notification WHERE recipient = 'oak' AND message_key = "
                + "'notification.consultation.positionAnswered' AND link = '/consultations/view?id=" + id + "'"),
                "the chair hears back");
    }

    @Test
    void overdueAnswersAreToldOnceADayAndCountedInTheList() throws Exception {
        long id = openedByJustice("Overdue answers on the residence draft");
        String base = "/api/consultations/" + id;
        long sectionId = Api.array(send("justice", "GET", base + "/sections", null).body()).getJsonObject(0)
                .getJsonNumber("id").longValue();
        comment("sunflower", id, sectionId, "Residence permits should not depend on testimony.");
        assertEquals(200, send("justice", "POST", base + "/phase", "{\"phase\":\"CLOSED\"}").statusCode());
        assertEquals(0, listed("justice", id).getInt("overdueAnswers"), "not overdue before the due date");
        assertEquals(1, listed("justice", id).getInt("unansweredComments"));

        PortalTime.moveBy(Duration.ofDays(31));
        PortalTime.runJob("consultation-overdue");
        assertEquals(1, overdueNotices("justice", id), "the ministry official is told");
        assertEquals(1, overdueNotices("role:secretariat", id), "the secretariat is told");
        assertEquals(0, overdueNotices("sunflower", id), "members are not");
        PortalTime.runJob("consultation-overdue");
        assertEquals(1, overdueNotices("justice", id), "once a day only");

        assertEquals(1, listed("justice", id).getInt("overdueAnswers"));
        assertEquals(1, listed("secretariat", id).getInt("overdueAnswers"));
        JsonObject member = listed("sunflower", id);
        assertTrue(!member.containsKey("overdueAnswers") || member.isNull("overdueAnswers"),
                "members do not follow the answers");

        PortalTime.moveBy(Duration.ofDays(1));
        PortalTime.runJob("consultation-overdue");
        assertEquals(2, overdueNotices("justice", id), "told again the next day");
    }

    @Test
    void aContentNoteSentFourTimesAtOnceIsAddedOnceAndTheOthersAreToldTheCodeIsTaken() throws Exception {
        String code = "same-" + Long.toString(System.nanoTime(), 36);
        String body = Json.createObjectBuilder().add("code", code).add("labelEn", "Same " + code)
                .add("labelSr", "Isto " + code).build().toString();
        List<HttpResponse<String>> answers = Api.atOnce(4, () -> send("admin", "POST", "/api/content-notes", body));
        assertEquals(1, answers.stream().filter(a -> a.statusCode() == 201).count(), answers.toString());
        for (HttpResponse<String> answer : answers) {
            if (answer.statusCode() != 201) {
                assertEquals("contentNote.code.taken", Api.error(answer), answer.body());
            }
        }
        assertEquals(1, Db.number("SELECT COUNT(*) FROM content_note WHERE code = '" + code + "'"));
    }

    @Test
    void theAdministratorKeepsTheContentNoteVocabularyAndNobodyElse() throws Exception {
        String code = "topic-" + Long.toString(System.nanoTime(), 36);
        String body = Json.createObjectBuilder().add("code", code).add("labelEn", "Housing " + code)
                .add("labelSr", "Stanovanje " + code).build().toString();
        for (String other : new String[] {"sunflower", "secretariat", "justice", "oak", "observer"}) {
            assertEquals(404, send(other, "POST", "/api/content-notes", body).statusCode(), other);
            assertEquals(404, send(other, "PUT", "/api/content-notes/violence", body).statusCode(), other);
        }
        HttpResponse<String> listed = send("sunflower", "GET", "/api/content-notes", null);
        assertEquals(200, listed.statusCode());
        assertFalse(listed.body().contains(code));

        HttpResponse<String> added = send("admin", "POST", "/api/content-notes", body);
        assertEquals(201, added.statusCode(), added.body());
        assertEquals(code, Tokens.json(added.body()).getString("code"));
        assertTrue(send("justice", "GET", "/api/content-notes", null).body().contains("Stanovanje " + code));

        assertEquals("contentNote.code.taken", Api.error(send("admin", "POST", "/api/content-notes", body)));
        assertEquals("contentNote.label.taken", Api.error(send("admin", "POST", "/api/content-notes",
                "{\"code\":\"" + code + "-2\",\"labelEn\":\"violence\",\"labelSr\":\"Nešto novo " + code + "\"}")));
        assertEquals("contentNote.label.required", Api.error(send("admin", "POST", "/api/content-notes",
                "{\"code\":\"" + code + "-3\",\"labelEn\":\"  \",\"labelSr\":\"Nešto " + code + "\"}")));
        assertEquals("contentNote.code.invalid", Api.error(send("admin", "POST", "/api/content-notes",
                "{\"code\":\"Bad Code!\",\"labelEn\":\"A\",\"labelSr\":\"B\"}")));
        HttpResponse<String> serbian = Api.sendIn("sr-Latn", "admin", "POST", "/api/content-notes", body);
        assertTrue(Tokens.json(serbian.body()).getString("message").contains("šifru"), serbian.body());

        HttpResponse<String> relabelled = send("admin", "PUT", "/api/content-notes/" + code,
                "{\"labelEn\":\"Housing and shelter " + code + "\",\"labelSr\":\"Stanovanje i sklonište " + code + "\"}");
        assertEquals(200, relabelled.statusCode(), relabelled.body());
        assertTrue(send("sunflower", "GET", "/api/content-notes", null).body().contains("Housing and shelter " + code));
        assertEquals(1, Db.number("SELECT COUNT(*) FROM content_note WHERE code = '" + code + "'"));

        String draft = ConsultationApiIT.draft("Uses the new topic " + code, 1, 10).toString()
                .replace("\"courts\"", "\"" + code + "\"");
        assertEquals(201, send("justice", "POST", "/api/consultations", draft).statusCode(),
                "a draft may be marked with the new topic at once");

        String onPage = code + "-page";
        browser.signIn("admin", "admin");
        browser.open("/admin/content-notes");
        browser.find(By.id("notes:code")).sendKeys(onPage);
        browser.find(By.id("notes:labelEn")).sendKeys("Label " + onPage);
        browser.find(By.id("notes:add")).click();
        browser.waitFor(d -> browser.text().contains("Give the topic a label in English and in Serbian."));
        assertEquals(onPage, browser.find(By.id("notes:code")).getAttribute("value"), "nothing typed lost");
        browser.find(By.id("notes:labelSr")).sendKeys("Naziv " + onPage);
        browser.find(By.id("notes:add")).click();
        browser.waitFor(d -> browser.has(By.id("note-" + onPage)));
        assertTrue(browser.text().contains("The topic is added."), browser.text());
        browser.signOut();
    }

    @Test
    void theFairnessMeetingsAndAttendanceExportsHoldWhatThePagesShow() throws Exception {
        HttpResponse<String> fairness = send("secretariat", "GET", "/api/fairness/report.csv", null);
        assertEquals(200, fairness.statusCode(), fairness.body());
        assertTrue(fairness.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(fairness.body().startsWith("\uFEFFMember,Participation,Offers,Accepted,Hours,Earnings,Currency"),
                fairness.body());
        List<CSVRecord> lines = csv(fairness.body());
        JsonArray rows = Tokens.json(send("secretariat", "GET", "/api/fairness", null).body()).getJsonArray("rows");
        assertEquals(rows.size(), lines.size(), "one line per member of the view");
        for (JsonValue row : rows) {
            JsonObject r = (JsonObject) row;
            CSVRecord line = lines.stream().filter(l -> l.get(0).equals(r.getString("pseudonym"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no line for " + r.getString("pseudonym")));
            assertEquals(r.getJsonNumber("offers").toString(), line.get(2));
            assertEquals(r.getJsonNumber("acceptances").toString(), line.get(3));
            assertEquals(0, r.getJsonNumber("earnings").bigDecimalValue().compareTo(new java.math.BigDecimal(line.get(5))),
                    line.toString());
        }
        assertTrue(send("oak", "GET", "/api/fairness/report.pdf", null).body().startsWith("%PDF"), "the chair");
        assertEquals(404, send("sunflower", "GET", "/api/fairness/report.csv", null).statusCode());
        assertEquals(404, send("justice", "GET", "/api/fairness/report.pdf", null).statusCode());

        JsonArray meetings = Api.array(send("secretariat", "GET", "/api/meetings", null).body());
        HttpResponse<String> meetingsCsv = send("secretariat", "GET", "/api/meetings/report.csv", null);
        assertEquals(200, meetingsCsv.statusCode(), meetingsCsv.body());
        assertTrue(meetingsCsv.body().replace("\uFEFF", "").startsWith(
                "Number,Title,Kind,Starts,Ends,State,Invited,Accepted,Attended"), meetingsCsv.body());
        List<CSVRecord> meetingRows = csv(meetingsCsv.body());
        assertEquals(meetings.size(), meetingRows.size(), "one row per meeting");
        long withInvitations = -1;
        for (JsonValue m : meetings) {
            JsonObject meeting = (JsonObject) m;
            long mid = meeting.getJsonNumber("id").longValue();
            JsonArray invited = Api.array(send("secretariat", "GET", "/api/meetings/" + mid + "/invitations", null)
                    .body());
            CSVRecord row = meetingRows.stream().filter(r -> r.get(0).equals(String.valueOf(mid))).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for meeting " + mid));
            assertEquals(meeting.getString("title").startsWith("=") ? "'" + meeting.getString("title")
                    : meeting.getString("title"), row.get(1));
            assertEquals(String.valueOf(invited.size()), row.get(6), "meeting " + mid + " invited");
            if (!invited.isEmpty()) {
                withInvitations = mid;
            }
        }
        assertTrue(withInvitations > 0, "the demo meetings have invitations");
        JsonArray invited = Api.array(send("secretariat", "GET", "/api/meetings/" + withInvitations
                + "/invitations", null).body());
        HttpResponse<String> attendance = send("secretariat", "GET", "/api/meetings/" + withInvitations
                + "/attendance.csv", null);
        assertEquals(200, attendance.statusCode(), attendance.body());
        assertTrue(attendance.body().replace("\uFEFF", "").startsWith("Member,Answer,Attendance"), attendance.body());
        assertEquals(invited.size(), csv(attendance.body()).size(), attendance.body());
        for (JsonValue i : invited) {
            assertFalse(attendance.body().contains(((JsonObject) i).getString("memberRef")),
                    "pseudonyms, not member references");
        }
        assertTrue(send("secretariat", "GET", "/api/meetings/" + withInvitations + "/attendance.pdf", null).body()
                .startsWith("%PDF"));
        String meetingsPdf = org.nstac.portal.it.Pdfs.text(org.nstac.portal.it.Api.bytes("en", "secretariat",
                "/api/meetings/report.pdf").body());
        String firstTitle = meetings.getJsonObject(0).getString("title");
        assertTrue(meetingsPdf.contains("Invited") && meetingsPdf.contains(firstTitle.substring(0,
                Math.min(10, firstTitle.length()))), "the meetings as a table to print: " + meetingsPdf);
        for (String other : new String[] {"sunflower", "justice", "finance"}) {
            assertEquals(404, send(other, "GET", "/api/meetings/report.pdf", null).statusCode(), other);
            assertEquals(404, send(other, "GET", "/api/meetings/report.csv", null).statusCode(), other);
            assertEquals(404, send(other, "GET", "/api/meetings/" + withInvitations + "/attendance.csv", null)
                    .statusCode(), other);
        }

        browser.signIn("secretariat", "secretariat");
        browser.open("/secretariat/fairness");
        // Waited for: the charts are drawn by script after the page has loaded, later on a busy machine (CI runs 36 and
        // 37, three suites on two cores, found no canvas yet).
        for (String chart : new String[] {"participation", "answers", "payments"}) {
            browser.waitFor(d -> browser.has(By.cssSelector("#" + chart + "-chart canvas")));
        }
        assertTrue(browser.has(By.cssSelector("#participation-table tbody tr")), "its figures as a table");
        assertEquals(4, browser.driver().findElements(By.cssSelector("#answers-table tbody tr")).size(),
                "one row per disposition");
        assertTrue(browser.find(By.id("fairness-csv")).getAttribute("href").contains("/secretariat/fairness/export"));
        browser.signOut();
    }

    // --- helpers ---

    /** Justice drafts and opens a consultation (three articles; it closes in ten days, answers due twenty after). */
    private static long openedByJustice(String title) throws Exception {
        HttpResponse<String> created = send("justice", "POST", "/api/consultations",
                ConsultationApiIT.draft(title + " " + System.nanoTime(), 1, 10).toString());
        assertEquals(201, created.statusCode(), created.body());
        long id = Tokens.json(created.body()).getJsonNumber("id").longValue();
        assertEquals(200, send("justice", "POST", "/api/consultations/" + id + "/phase", "{\"phase\":\"OPEN\"}")
                .statusCode());
        return id;
    }

    private static long comment(String member, long id, long sectionId, String text) throws Exception {
        HttpResponse<String> posted = send(member, "POST", "/api/consultations/" + id + "/comments",
                commentBody(sectionId, text));
        assertEquals(201, posted.statusCode(), posted.body());
        return Tokens.json(posted.body()).getJsonNumber("id").longValue();
    }

    private static String commentBody(long sectionId, String text) {
        return Json.createObjectBuilder().add("sectionId", sectionId).add("body", text).add("attribution", "COUNCIL")
                .build().toString();
    }

    private static void answer(long commentId, String body) throws Exception {
        HttpResponse<String> answered = send("justice", "PUT", "/api/comments/" + commentId + "/answer", body);
        assertEquals(200, answered.statusCode(), answered.body());
    }

    /** Article 1 rewritten (led by {@code ledBy}), article 2 as it was, article 3 dropped. */
    private static String finalBody(List<Long> ledBy) {
        var led = Json.createArrayBuilder();
        ledBy.forEach(led::add);
        return Json.createObjectBuilder().add("sections", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("heading", "Article 1").add("text",
                        "Text of article 1, with an interpreter within a day.").add("ledBy", led))
                .add(Json.createObjectBuilder().add("heading", "Article 2").add("text", "Text of article 2.")
                        .add("contentNotes", Json.createArrayBuilder().add("violence")))).build().toString();
    }

    private static JsonObject change(JsonObject finalVersion, int number) {
        for (JsonValue c : finalVersion.getJsonArray("changes")) {
            if (((JsonObject) c).getJsonObject("change").getInt("number") == number) {
                return (JsonObject) c;
            }
        }
        throw new AssertionError("no change for section " + number + ": " + finalVersion);
    }

    private static List<Long> ids(JsonArray array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(v -> ids.add(((jakarta.json.JsonNumber) v).longValue()));
        return ids;
    }

    private static JsonObject listed(String user, long id) throws Exception {
        for (JsonValue c : Api.array(send(user, "GET", "/api/consultations", null).body())) {
            if (((JsonObject) c).getJsonNumber("id").longValue() == id) {
                return (JsonObject) c;
            }
        }
        throw new AssertionError(user + " does not list consultation " + id);
    }

    private static long overdueNotices(String recipient, long id) throws Exception {
        return Db.number("SELECT COUNT(*) FROM notification WHERE recipient = '" + recipient.toLowerCase(Locale.ROOT)
                + "' AND message_key = 'notification.consultation.overdue' AND link = '/consultations/view?id=" + id
                + "'");
    }

    private static List<CSVRecord> csv(String body) throws Exception {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(body.replace("\uFEFF", "")))) {
            return parser.getRecords();
        }
    }

    private static HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
        return Api.send(user, method, path, body);
    }
}
