package org.nstac.portal.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.PortalTime;
import org.nstac.portal.it.Tokens;

/**
 * Consultations through their cycle over the API (each test makes the consultation it needs), against the real stack: who may do what in each phase,
 * what each role sees of each attribution (JSON, PDF, CSV), ids changed by hand, hostile text, and the query count
 * of a page of comments with 100 and with 5,000 comments.
 */
@ExtendWith({PortalStack.class, PortalTime.class})
class ConsultationApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String XSS = "<script>alert('x')</script>";
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";

    /** A consultation a test made for itself: its id and first section, and the comments it has so far. */
    private record Fixture(long id, long section1, long council, long pseudonym, long internal, long reply) {

        Fixture withComments(long council, long pseudonym, long internal, long reply) {
            return new Fixture(id, section1, council, pseudonym, internal, reply);
        }
    }

    /** Justice writes a draft of three sections (hostile text in the first heading). */
    private static Fixture draftByJustice(String title) throws Exception {
        HttpResponse<String> created = send("justice", "POST", "/api/consultations", draft(title + " " + XSS, 1, 10)
                .toString());
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created.body()).getJsonNumber("id").longValue();
        JsonArray sections = array(send("justice", "GET", "/api/consultations/" + id + "/sections", null).body());
        assertEquals(3, sections.size());
        assertEquals(XSS + " Article 1", sections.getJsonObject(0).getString("heading"), "kept as text, not markup");
        return new Fixture(id, sections.getJsonObject(0).getJsonNumber("id").longValue(), 0, 0, 0, 0);
    }

    /** A draft that Justice opened, with the four comments of {@link #membersCommentWithTheAttributionTheyChooseWhileOpen}. */
    private static Fixture openWithComments(String title) throws Exception {
        Fixture f = draftByJustice(title);
        assertEquals(200, send("justice", "POST", "/api/consultations/" + f.id() + "/phase", "{\"phase\":\"OPEN\"}")
                .statusCode());
        long council = created(send("sunflower", "POST", "/api/consultations/" + f.id() + "/comments",
                comment(f.section1(), "Shelters need interpreters within a day. " + FORMULA, "COUNCIL")));
        long pseudonym = created(send("river", "POST", "/api/consultations/" + f.id() + "/comments",
                comment(null, "The whole draft forgets legal aid. " + XSS, "PSEUDONYM")));
        long internal = created(send("lark", "POST", "/api/consultations/" + f.id() + "/comments",
                comment(f.section1(), "Internal note only for the council about article one", "INTERNAL")));
        HttpResponse<String> reply = send("oak", "POST", "/api/consultations/" + f.id() + "/comments",
                "{\"parentId\":" + council + ",\"body\":\"Agreed, and within hours at night.\","
                        + "\"attribution\":\"PSEUDONYM\"}");
        assertEquals(2, json(reply.body()).getInt("depth"));
        return f.withComments(council, pseudonym, internal, created(reply));
    }

    /** Justice answers every comment it sees, closes, calls it answered and publishes the report. */
    private static void answerAndPublish(Fixture f) throws Exception {
        String phase = "/api/consultations/" + f.id() + "/phase";
        assertEquals(200, send("justice", "POST", phase, "{\"phase\":\"CLOSED\"}").statusCode());
        JsonArray open = json(send("justice", "GET", "/api/consultations/" + f.id() + "/comments?unanswered=true&size=200",
                null).body()).getJsonArray("comments");
        for (JsonValue waiting : open) {
            long comment = ((JsonObject) waiting).getJsonNumber("id").longValue();
            String answer = comment == f.pseudonym()
                    ? "{\"disposition\":\"NOT_ACCEPTED\",\"reason\":\"Legal aid is governed by a separate law.\"}"
                    : "{\"disposition\":\"NOTED\",\"reason\":\"Taken into account for the by-law.\"}";
            assertEquals(200, send("justice", "PUT", "/api/comments/" + comment + "/answer", answer).statusCode());
        }
        assertEquals(200, send("justice", "POST", phase, "{\"phase\":\"ANSWERED\"}").statusCode());
        assertEquals(200, send("justice", "POST", phase, "{\"phase\":\"REPORT_PUBLISHED\"}").statusCode());
    }

    private static long created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return json(response.body()).getJsonNumber("id").longValue();
    }

    @Test
    void aDraftScheduledToOpenOpensByItselfAtItsTime() throws Exception {
        var opensByItself = Json.createObjectBuilder(draft("Opens by itself", 1, 10))
                .add("openAutomatically", true).build();
        long scheduled = created(send("justice", "POST", "/api/consultations", opensByItself.toString()));
        PortalTime.runJob("consultation-dates");
        assertEquals("DRAFT", json(send("justice", "GET", "/api/consultations/" + scheduled, null).body())
                .getString("phase"), "not before its time");
        PortalTime.moveBy(Duration.ofDays(1).plusMinutes(1));
        PortalTime.runJob("consultation-dates");
        assertEquals("OPEN", json(send("justice", "GET", "/api/consultations/" + scheduled, null).body())
                .getString("phase"), "the job opens it once its time has come");
    }

    @Test
    void aDraftIsSeenOnlyByItsMinistryAndTheSecretariat() throws Exception {
        long id = draftByJustice("Draft law on shelters").id();
        assertEquals(200, send("justice", "GET", "/api/consultations/" + id, null).statusCode());
        assertEquals(200, send("secretariat", "GET", "/api/consultations/" + id, null).statusCode());
        for (String other : List.of("labour", "sunflower", "observer", "oak", "admin")) {
            assertEquals(404, send(other, "GET", "/api/consultations/" + id, null).statusCode(), other);
            assertFalse(send(other, "GET", "/api/consultations", null).body().contains("\"id\":" + id + ","), other);
        }
        assertEquals(404, send("labour", "POST", "/api/consultations/" + id + "/phase", "{\"phase\":\"OPEN\"}")
                .statusCode(), "another ministry cannot open it");
        assertEquals(404, send("sunflower", "POST", "/api/consultations/" + id + "/comments", comment(null,
                "Too early", "COUNCIL")).statusCode(), "nobody comments on an unseen draft");
    }

    @Test
    void badDraftsAreRefusedWithTheRule() throws Exception {
        assertEquals("consultation.dates.closeBeforeOpen", error(send("justice", "POST", "/api/consultations",
                draft("Backwards", 10, 1).toString())));
        var noTitle = Json.createObjectBuilder(draft("x", 1, 10)).add("title", " ").build();
        assertEquals("consultation.title.required", error(send("justice", "POST", "/api/consultations",
                noTitle.toString())));
        assertEquals("consultation.create.notMinistry", error(send("sunflower", "POST", "/api/consultations",
                draft("Member", 1, 10).toString())), "only ministries (and partners, asking) create consultations");
    }

    @Test
    void onlyARealPdfIsAttachedAndOnlyThoseWhoSeeTheConsultationReadIt() throws Exception {
        long id = draftByJustice("Draft law with a memorandum").id();
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        org.openpdf.text.Document doc = new org.openpdf.text.Document();
        org.openpdf.text.pdf.PdfWriter.getInstance(doc, pdf);
        doc.open();
        doc.add(new org.openpdf.text.Paragraph("Explanatory memorandum"));
        doc.close();
        HttpResponse<String> attached = upload(id, "justice", "memo.pdf", pdf.toByteArray());
        assertEquals(201, attached.statusCode(), attached.body());
        long document = json(attached.body()).getJsonNumber("id").longValue();
        HttpResponse<String> renamed = upload(id, "justice", "notes.pdf",
                "just text, renamed".getBytes(StandardCharsets.UTF_8));
        assertEquals("consultation.document.notPdf", error(renamed));
        assertEquals(404, upload(id, "labour", "memo.pdf", pdf.toByteArray()).statusCode());
        HttpResponse<byte[]> read = bytes("secretariat", "/api/consultations/" + id + "/documents/" + document);
        assertEquals(200, read.statusCode());
        assertTrue(java.util.Arrays.equals(pdf.toByteArray(), read.body()), "the same bytes back");
        assertEquals(404, bytes("labour", "/api/consultations/" + id + "/documents/" + document).statusCode());
    }

    private static HttpResponse<String> upload(long id, String user, String name, byte[] content) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(PortalStack.portalUrl() + "/api/consultations/" + id
                + "/documents?name=" + name)).header("Authorization", "Bearer " + Tokens.accessToken(user, user))
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(content))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void membersCommentWithTheAttributionTheyChooseWhileOpen() throws Exception {
        Fixture f = openWithComments("Draft law on interpreters");
        assertTrue(f.council() > 0 && f.pseudonym() > 0 && f.internal() > 0 && f.reply() > 0);
        HttpResponse<String> story = send("river", "POST", "/api/consultations/" + f.id() + "/comments",
                comment(f.section1(), "Write to me at river.person@example.org or call +381 64 123 4567", "INTERNAL"));
        assertEquals(201, story.statusCode(), "the gentle check warns, it does not stop");
        assertTrue(strings(json(story.body()), "personalDetails").containsAll(List.of("EMAIL", "PHONE")));
        send("river", "DELETE", "/api/comments/" + json(story.body()).getJsonNumber("id"), null);
    }

    @Test
    void badCommentsAreRefusedWithTheRuleInTheMembersLanguage() throws Exception {
        Fixture f = draftByJustice("Draft law on courts");
        assertEquals(200, send("justice", "POST", "/api/consultations/" + f.id() + "/phase", "{\"phase\":\"OPEN\"}")
                .statusCode());
        String path = "/api/consultations/" + f.id() + "/comments";
        assertEquals("consultation.comment.empty", error(send("river", "POST", path, comment(null, "  ", "COUNCIL"))));
        HttpResponse<String> tooLong = sendIn("sr-Latn", "river", "POST", path, comment(null, "a".repeat(5001),
                "COUNCIL"));
        assertEquals("consultation.comment.tooLong", json(tooLong.body()).getString("error"));
        assertTrue(json(tooLong.body()).getString("message").contains("znakova"), "in Serbian");
        assertEquals("consent.required.COUNCIL_WORK", error(send("willow", "POST", path,
                comment(null, "I have not consented to council work", "COUNCIL"))));
        assertEquals("consultation.comment.attributionUnknown", error(send("river", "POST", path,
                comment(null, "Signed how?", "ANONYMOUS"))));
        assertEquals(403, send("justice", "POST", path, comment(null, "Ministry comment", "COUNCIL")).statusCode(),
                "a ministry does not comment");
    }

    @Test
    void eachRoleSeesWhatItsAttributionAllowsInTheApi() throws Exception {
        Fixture f = openWithComments("Draft law on attribution");
        // A reply to an Internal comment: readers outside the council see it standing alone.
        long toInternal = created(send("river", "POST", "/api/consultations/" + f.id() + "/comments",
                "{\"parentId\":" + f.internal() + ",\"body\":\"Interpreters in every shelter, said openly.\","
                        + "\"attribution\":\"PSEUDONYM\"}"));
        assertEquals(0, json(send("observer", "GET", "/api/consultations/" + f.id() + "/comments?size=200", null)
                .body()).getJsonNumber("total").longValue(), "observers read comments once the report is out");
        answerAndPublish(f);
        Map<String, String> byViewer = new java.util.LinkedHashMap<>();
        for (String viewer : List.of("justice", "observer", "oak", "secretariat", "sunflower")) {
            byViewer.put(viewer, send(viewer, "GET", "/api/consultations/" + f.id() + "/comments?size=200", null).body());
        }
        for (String ministryLike : List.of("justice", "observer")) {
            JsonObject council = find(byViewer.get(ministryLike), f.council());
            assertEquals("A council member", council.getString("author"), ministryLike);
            assertEquals("River", find(byViewer.get(ministryLike), f.pseudonym()).getString("author"));
            assertEquals(null, find(byViewer.get(ministryLike), f.internal()), "no Internal comment");
            assertFalse(byViewer.get(ministryLike).contains("Sunflower"), "never the Council author's pseudonym");
            assertFalse(byViewer.get(ministryLike).contains("Internal note only"), ministryLike);
        }
        for (String council : List.of("oak", "secretariat", "sunflower")) {
            assertEquals("Sunflower", find(byViewer.get(council), f.council()).getString("author"), council);
            assertEquals("Lark", find(byViewer.get(council), f.internal()).getString("author"), council);
        }
        assertEquals(404, send("labour", "GET", "/api/consultations/" + f.id() + "/comments", null).statusCode());
        assertTrue(find(byViewer.get("justice"), f.pseudonym()).getString("body").contains(XSS),
                "JSON carries the text as data");
        for (String outside : List.of("justice", "observer")) {
            JsonObject reply = find(byViewer.get(outside), toInternal);
            assertTrue(!reply.containsKey("parentId") || reply.isNull("parentId"), outside + ": " + reply);
            assertEquals(1, reply.getInt("depth"), outside + " learns nothing of an Internal parent");
        }
        assertEquals(f.internal(), find(byViewer.get("oak"), toInternal).getJsonNumber("parentId").longValue(),
                "the council sees the thread");
    }

    @Test
    void nobodyActsOnAnotherMembersCommentOrAnotherMinistrysConsultation() throws Exception {
        Fixture f = openWithComments("Draft law on ownership");
        assertEquals(404, send("river", "PUT", "/api/comments/" + f.council(),
                comment(null, "Changed by someone else", "PSEUDONYM")).statusCode());
        assertEquals(404, send("river", "DELETE", "/api/comments/" + f.council(), null).statusCode());
        assertEquals(200, send("river", "PUT", "/api/comments/" + f.pseudonym(),
                comment(null, "The whole draft forgets legal aid and interpreters. " + XSS, "PSEUDONYM"))
                .statusCode(), "the author edits while open");
        assertEquals(404, send("labour", "PUT", "/api/comments/" + f.council() + "/answer",
                "{\"disposition\":\"ACCEPTED\"}").statusCode());
        assertEquals(404, send("justice", "PUT", "/api/comments/" + f.internal() + "/answer",
                "{\"disposition\":\"ACCEPTED\"}").statusCode(), "the ministry cannot reach an Internal comment");
        assertEquals(403, send("sunflower", "PUT", "/api/comments/" + f.pseudonym() + "/answer",
                "{\"disposition\":\"ACCEPTED\"}").statusCode(), "a member sees the comment but does not answer");
    }

    @Test
    void theChairDraftsAPositionMembersEndorseOrDissentAndTheMinistrySeesItSignedTheCouncil() throws Exception {
        Fixture f = openWithComments("Draft law on positions");
        String position = "/api/consultations/" + f.id() + "/position";
        assertEquals(403, send("sunflower", "PUT", position, "{\"text\":\"Not the chair\"}").statusCode());
        assertEquals(200, send("oak", "PUT", position,
                "{\"text\":\"The council asks for interpreters in every shelter.\"}").statusCode());
        assertEquals(404, send("justice", "GET", position, null).statusCode(), "not before it is submitted");
        assertEquals(200, send("sunflower", "POST", position + "/stances", "{\"endorse\":true}").statusCode());
        assertEquals("consultation.position.dissentReasonRequired", error(send("river", "POST", position + "/stances",
                "{\"endorse\":false}")));
        assertEquals(200, send("river", "POST", position + "/stances",
                "{\"endorse\":false,\"reason\":\"It should also cover legal aid.\"}").statusCode());
        JsonObject council = json(send("secretariat", "GET", position, null).body());
        assertEquals(2, council.getJsonArray("stances").size(), "the council sees who stands where");
        assertEquals(200, send("oak", "POST", position + "/submission", null).statusCode());
        assertEquals("consultation.position.submitted", error(send("lark", "POST", position + "/stances",
                "{\"endorse\":true}")));
        JsonObject ministry = json(send("justice", "GET", position, null).body());
        assertEquals(1, ministry.getInt("endorsements"));
        assertEquals(1, ministry.getInt("dissents"));
        assertEquals(0, ministry.getJsonArray("stances").size(), "no names for the ministry");
        assertFalse(ministry.toString().contains("River") || ministry.toString().contains("Sunflower"));
        assertEquals(200, send("justice", "PUT", position + "/answer",
                "{\"disposition\":\"PARTLY_ACCEPTED\",\"reason\":\"Interpreters yes, legal aid elsewhere.\"}")
                .statusCode());
        assertEquals("PARTLY_ACCEPTED", json(send("sunflower", "GET", position, null).body())
                .getString("disposition"));
    }

    @Test
    void theMinistryAnswersEveryCommentItSeesThenTheConsultationMovesOn() throws Exception {
        Fixture f = openWithComments("Draft law on answers");
        long id = f.id();
        String phase = "/api/consultations/" + id + "/phase";
        assertEquals("consultation.phase.notAllowed", error(send("justice", "POST", phase,
                "{\"phase\":\"ANSWERED\"}")), "answered only after closing");
        assertEquals("consultation.answer.reasonRequired", error(send("justice", "PUT",
                "/api/comments/" + f.pseudonym() + "/answer", "{\"disposition\":\"NOT_ACCEPTED\",\"reason\":\" \"}")));
        var v2 = Json.createArrayBuilder();
        for (int n = 1; n <= 3; n++) {
            v2.add(Json.createObjectBuilder().add("heading", "Article " + n).add("text", n == 1
                    ? "Text of article 1, with interpreters within a day." : "Text of article " + n + "."));
        }
        HttpResponse<String> version = send("justice", "POST", "/api/consultations/" + id + "/versions",
                Json.createObjectBuilder().add("sections", v2).build().toString());
        assertEquals(201, version.statusCode(), version.body());
        assertEquals(404, send("labour", "POST", "/api/consultations/" + id + "/versions",
                Json.createObjectBuilder().add("sections", v2).build().toString()).statusCode());
        long newSection1 = array(send("justice", "GET", "/api/consultations/" + id + "/sections", null).body())
                .getJsonObject(0).getJsonNumber("id").longValue();
        long toldBefore = notifications("sunflower", "notification.consultation.version");
        assertEquals(200, send("justice", "PUT", "/api/comments/" + f.council() + "/answer",
                "{\"disposition\":\"ACCEPTED\",\"changedSectionId\":" + newSection1 + "}").statusCode());
        JsonArray changes = array(send("sunflower", "GET", "/api/consultations/" + id + "/versions/2/changes", null)
                .body());
        JsonObject first = changes.getJsonObject(0);
        assertEquals("CHANGED", first.getJsonObject("change").getString("kind"));
        assertTrue(first.getJsonObject("change").toString().contains("interpreters"), first.toString());
        assertEquals(f.council(), first.getJsonArray("ledBy").getJsonNumber(0).longValue(), "you said, we did");
        assertTrue(notifications("sunflower", "notification.consultation.version") >= 1, "commenters are told: "
                + toldBefore);
        long answeredBefore = notifications("river", "notification.comment.answered");
        assertEquals(200, send("justice", "PUT", "/api/comments/" + f.pseudonym() + "/answer",
                "{\"disposition\":\"NOT_ACCEPTED\",\"reason\":\"Legal aid is governed by a separate law.\"}")
                .statusCode());
        assertEquals(200, send("justice", "POST", phase, "{\"phase\":\"CLOSED\"}").statusCode());
        assertEquals("consultation.comment.notOpen", error(send("sunflower", "POST",
                "/api/consultations/" + id + "/comments", comment(null, "Too late now", "COUNCIL"))));
        HttpResponse<String> early = send("justice", "POST", phase, "{\"phase\":\"ANSWERED\"}");
        assertEquals("consultation.phase.unanswered", error(early), "oak's reply still waits for an answer");
        JsonArray open = json(send("justice", "GET", "/api/consultations/" + id + "/comments?unanswered=true", null)
                .body()).getJsonArray("comments");
        for (JsonValue waiting : open) {
            send("justice", "PUT", "/api/comments/" + ((JsonObject) waiting).getJsonNumber("id") + "/answer",
                    "{\"disposition\":\"NOTED\",\"reason\":\"Taken into account for the by-law.\"}");
        }
        assertEquals(200, send("justice", "POST", phase, "{\"phase\":\"ANSWERED\"}").statusCode());
        assertEquals(404, send("sunflower", "GET", "/api/consultations/" + id + "/report.pdf", null).statusCode(),
                "members read the report once it is published");
        assertEquals(200, send("justice", "POST", phase, "{\"phase\":\"REPORT_PUBLISHED\"}").statusCode());
        assertTrue(notifications("river", "notification.comment.answered") > answeredBefore, "the author is told");
    }

    @Test
    void theReportShowsTheAnswersAndOnlyTheNamesAuthorsChoseToShow() throws Exception {
        Fixture f = openWithComments("Draft law on reports");
        answerAndPublish(f);
        long id = f.id();
        send("river", "PUT", "/api/me/consents/QUOTING", "{\"given\":true}");
        HttpResponse<byte[]> pdf = bytes("justice", "/api/consultations/" + id + "/report.pdf");
        assertEquals(200, pdf.statusCode());
        PdfReader reader = new PdfReader(pdf.body());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        String all = text.toString().replaceAll("\\s+", " ");
        assertTrue(all.contains("A council member"), all);
        assertTrue(all.contains("River"), all);
        assertTrue(all.contains("Legal aid is governed by a separate law."), all);
        assertTrue(all.contains("<script>"), "hostile text printed as text");
        assertFalse(all.contains("Sunflower"), "never the Council author's pseudonym");
        assertFalse(all.contains("Internal note only"), "never an Internal comment");

        HttpResponse<byte[]> csv = bytes("observer", "/api/consultations/" + id + "/report.csv");
        assertEquals(200, csv.statusCode());
        String csvText = new String(csv.body(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csvText)).getRecords();
        assertTrue(rows.size() >= 4, csvText);
        for (CSVRecord row : rows) {
            for (String cell : row) {
                assertFalse(!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0, "neutralised: " + cell);
            }
        }
        assertTrue(csvText.contains("A council member") && csvText.contains("River"));
        assertFalse(csvText.contains("Sunflower") || csvText.contains("Internal note only"));

        send("river", "PUT", "/api/me/consents/QUOTING", "{\"given\":false}");
        String withdrawn = new String(bytes("justice", "/api/consultations/" + id + "/report.csv").body(),
                StandardCharsets.UTF_8);
        assertFalse(withdrawn.contains("River"), "without the quoting consent, only 'A council member'");
        send("river", "PUT", "/api/me/consents/QUOTING", "{\"given\":true}");
    }

    @Test
    void aPageOfCommentsCostsTheSameQueriesWith100AndWith5000Comments() throws Exception {
        long small = synthetic(100);
        long large = synthetic(5000);
        int smallQueries = queries(small);
        int largeQueries = queries(large);
        assertEquals(smallQueries, largeQueries, "no query per comment");
        assertTrue(largeQueries <= 12, "a handful of queries: " + largeQueries);
        int smallThreads = queries(small, "&threads=true");
        int largeThreads = queries(large, "&threads=true");
        assertEquals(smallThreads, largeThreads, "no query per comment, page by thread");
        assertEquals(smallQueries, smallThreads, "a page of threads costs what a page of comments costs");
        HttpResponse<String> fourth = send("secretariat", "GET", "/api/consultations/" + large
                + "/comments?page=3&size=50", null);
        JsonObject page = json(fourth.body());
        assertEquals(5000, page.getJsonNumber("total").longValue());
        assertEquals(50, page.getJsonArray("comments").size());

        // Read through with afterId (seek, not offset): the same comments as page 4, at the same query cost.
        String comments = "/api/consultations/" + large + "/comments?size=50";
        JsonObject third = json(send("secretariat", "GET", comments + "&page=2", null).body());
        long after = third.getJsonNumber("nextAfterId").longValue();
        assertEquals(ids(third).getLast(), after, "the next page starts after the last comment of this one");
        HttpResponse<String> sought = send("secretariat", "GET", comments + "&afterId=" + after, null);
        assertEquals(ids(page), ids(json(sought.body())), "after the third page comes the fourth");
        assertEquals(fourth.headers().firstValue("X-Query-Count").orElseThrow(),
                sought.headers().firstValue("X-Query-Count").orElseThrow(), "seeking costs no query more");
        JsonObject last = json(send("secretariat", "GET", comments + "&page=99", null).body());
        assertEquals(50, ids(last).size());
        assertTrue(!last.containsKey("nextAfterId") || last.isNull("nextAfterId"), "the last page has no next");
        JsonObject beyond = json(send("secretariat", "GET", comments + "&afterId=" + ids(last).getLast(), null)
                .body());
        assertEquals(List.of(), ids(beyond), "nothing after the last comment");
    }

    @Test
    void theSecretariatHidesAReportedCommentWithAReasonAndTheAuthorIsTold() throws Exception {
        Fixture f = openWithComments("Draft law on moderation");
        answerAndPublish(f);
        long id = f.id();
        long hiddenBefore = notifications("river", "notification.comment.hidden");
        assertEquals(204, send("sunflower", "POST", "/api/comments/" + f.pseudonym() + "/report", null)
                .statusCode());
        assertEquals("consultation.hide.reasonRequired", error(send("secretariat", "POST",
                "/api/comments/" + f.pseudonym() + "/hiding", "{\"reason\":\" \"}")));
        assertEquals(403, send("oak", "POST", "/api/comments/" + f.pseudonym() + "/hiding",
                "{\"reason\":\"Not for members to do\"}").statusCode());
        assertEquals(204, send("secretariat", "POST", "/api/comments/" + f.pseudonym() + "/hiding",
                "{\"reason\":\"It names a third person.\"}").statusCode());
        assertEquals(null, find(send("justice", "GET", "/api/consultations/" + id + "/comments?size=200", null)
                .body(), f.pseudonym()), "gone from the ministry's view");
        assertTrue(find(send("river", "GET", "/api/consultations/" + id + "/comments?size=200", null).body(),
                f.pseudonym()).getBoolean("hidden"), "the author still sees it, marked hidden");
        assertFalse(new String(bytes("justice", "/api/consultations/" + id + "/report.csv").body(),
                StandardCharsets.UTF_8).contains("legal aid"), "and from the report");
        assertTrue(notifications("river", "notification.comment.hidden") > hiddenBefore, "the author is told");
        assertTrue(notifications("role:secretariat", "notification.comment.reported") >= 1);
    }

    @Test
    void repliesComeDirectlyUnderTheirParentThreadByThreadAndSectionBySection() throws Exception {
        Fixture f = openWithComments("Draft law on threads");
        String comments = "/api/consultations/" + f.id() + "/comments";
        // Between Oak's reply and the next replies to the same comment, another comment on section 1.
        long later = created(send("river", "POST", comments, comment(f.section1(), "Shelters need a quiet room.",
                "PSEUDONYM")));
        long replyToReply = created(send("sunflower", "POST", comments, "{\"parentId\":" + f.reply()
                + ",\"body\":\"Yes, night hours matter most.\",\"attribution\":\"COUNCIL\"}"));
        long secondReply = created(send("lark", "POST", comments, "{\"parentId\":" + f.council()
                + ",\"body\":\"And interpreters who know the council's work.\",\"attribution\":\"PSEUDONYM\"}"));

        JsonObject all = json(send("secretariat", "GET", comments + "?threads=true&size=50", null).body());
        assertEquals(List.of(f.pseudonym(), f.council(), f.reply(), replyToReply, secondReply, f.internal(), later),
                ids(all), "the whole draft first, then section 1 thread by thread, each reply under its parent");
        assertEquals(4, all.getJsonNumber("total").longValue(), "four threads");
        assertEquals(List.of(f.council(), f.pseudonym(), f.internal(), f.reply(), later, replyToReply, secondReply),
                ids(json(send("secretariat", "GET", comments + "?size=50", null).body())), "by id without threads");

        JsonObject second = json(send("secretariat", "GET", comments + "?threads=true&size=1&page=1", null).body());
        assertEquals(List.of(f.council(), f.reply(), replyToReply, secondReply), ids(second),
                "a page of one thread holds all its replies");
        JsonObject ministry = json(send("justice", "GET", comments + "?threads=true&size=50", null).body());
        assertEquals(List.of(f.pseudonym(), f.council(), f.reply(), replyToReply, secondReply, later), ids(ministry),
                "the ministry's threads, without the Internal comment");
        assertEquals(3, ministry.getJsonNumber("total").longValue());
    }

    @Test
    void theOwningMinistryHearsOfNewCommentsOnceADayNamedAndLinked() throws Exception {
        Fixture f = draftByJustice("Draft law on notices");
        assertEquals(200, send("justice", "POST", "/api/consultations/" + f.id() + "/phase", "{\"phase\":\"OPEN\"}")
                .statusCode());
        String comments = "/api/consultations/" + f.id() + "/comments";
        created(send("lark", "POST", comments, comment(f.section1(), "Only for the council, about article one.",
                "INTERNAL")));
        assertEquals(0, newCommentNotices("justice", f.id()), "an Internal comment, which it never reads, tells it nothing");
        created(send("sunflower", "POST", comments, comment(f.section1(), "Interpreters at every hearing.", "COUNCIL")));
        created(send("river", "POST", comments, comment(null, "Legal aid is missing.", "PSEUDONYM")));
        assertEquals(1, newCommentNotices("justice", f.id()), "two comments on one day: one notice");
        assertEquals(0, newCommentNotices("labour", f.id()), "another ministry hears nothing");
        try (var db = org.nstac.portal.it.Db.connect(); var q = db.prepareStatement(
                "SELECT subject, link FROM notification WHERE recipient = 'justice' AND message_key = ?"
                        + " AND link LIKE ?")) {
            q.setString(1, "notification.comment.new");
            q.setString(2, "/consultations/view?id=" + f.id() + "#%");
            try (var row = q.executeQuery()) {
                assertTrue(row.next());
                assertTrue(row.getString("subject").startsWith("Draft law on notices"), "the notice names it");
                assertTrue(row.getString("link").startsWith("/consultations/view?id=" + f.id()), "and links to it");
            }
        }
        PortalTime.moveBy(Duration.ofDays(1));
        created(send("river", "POST", comments, comment(null, "And the by-law too.", "PSEUDONYM")));
        assertEquals(2, newCommentNotices("justice", f.id()), "a comment on the next day: another notice");
    }

    private static long newCommentNotices(String login, long consultation) throws Exception {
        var stack = PortalStack.stack();
        try (var db = java.sql.DriverManager.getConnection(stack.database().jdbcUrl(), "portal",
                stack.database().password()); var q = db.prepareStatement(
                        "SELECT COUNT(*) FROM notification WHERE recipient = ? AND message_key = ? AND link LIKE ?")) {
            q.setString(1, login);
            q.setString(2, "notification.comment.new");
            q.setString(3, "/consultations/view?id=" + consultation + "#%");
            try (var row = q.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("comments").stream().map(c -> ((JsonObject) c).getJsonNumber("id").longValue())
                .toList();
    }

    /** A consultation of {@code comments} synthetic comments (the dev endpoint, as admin); also for the page tests. */
    static long synthetic(int comments) throws Exception {
        HttpResponse<String> created = send("admin", "POST", "/api/dev/synthetic-consultations",
                "{\"comments\":" + comments + "}");
        assertEquals(201, created.statusCode(), created.body());
        return json(created.body()).getJsonNumber("id").longValue();
    }

    /**
     * The queries of one full page of comments as the ministry sees it (about two in three of them: never the
     * Internal ones), the second page of 25, which both consultations fill.
     */
    private static int queries(long consultation) throws Exception {
        return queries(consultation, "");
    }

    private static int queries(long consultation, String query) throws Exception {
        HttpResponse<String> page = send("justice", "GET", "/api/consultations/" + consultation
                + "/comments?page=1&size=25" + query, null);
        assertEquals(200, page.statusCode(), page.body());
        assertEquals(25, json(page.body()).getJsonArray("comments").size(), "a full page is compared");
        return Integer.parseInt(page.headers().firstValue("X-Query-Count").orElseThrow());
    }

    private static long notifications(String login, String key) throws Exception {
        var stack = PortalStack.stack();
        try (var db = java.sql.DriverManager.getConnection(stack.database().jdbcUrl(), "portal",
                stack.database().password()); var q = db.prepareStatement(
                        "SELECT COUNT(*) FROM notification WHERE recipient = ? AND message_key = ?")) {
            q.setString(1, login);
            q.setString(2, key);
            try (var row = q.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    public static JsonObject draft(String title, int opensInDays, int closesInDays) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var sections = Json.createArrayBuilder();
        for (int n = 1; n <= 3; n++) {
            sections.add(Json.createObjectBuilder().add("heading", (n == 1 ? XSS + " " : "") + "Article " + n)
                    .add("text", "Text of article " + n + ".")
                    .add("contentNotes", n == 2 ? Json.createArrayBuilder().add("violence")
                            : Json.createArrayBuilder()));
        }
        return Json.createObjectBuilder().add("title", title).add("summary", "What the draft changes. " + XSS)
                .add("opensAt", now.plus(Duration.ofDays(opensInDays)).toString())
                .add("closesAt", now.plus(Duration.ofDays(closesInDays)).toString())
                .add("answersDueAt", now.plus(Duration.ofDays(closesInDays + 20)).toString())
                .add("contentNotes", Json.createArrayBuilder().add("courts")).add("sections", sections).build();
    }

    private static String comment(Long sectionId, String body, String attribution) {
        var b = Json.createObjectBuilder().add("body", body).add("attribution", attribution);
        if (sectionId != null) {
            b.add("sectionId", sectionId);
        }
        return b.build().toString();
    }

    private static JsonObject find(String pageBody, long commentId) {
        for (JsonValue c : json(pageBody).getJsonArray("comments")) {
            if (((JsonObject) c).getJsonNumber("id").longValue() == commentId) {
                return (JsonObject) c;
            }
        }
        return null;
    }

    private static List<String> strings(JsonObject o, String name) {
        List<String> out = new ArrayList<>();
        o.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).forEach(s -> out.add(s.getString()));
        return out;
    }

    private static String error(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        return json(response.body()).getString("error");
    }

    private static JsonObject json(String text) {
        return Tokens.json(text);
    }

    private static JsonArray array(String text) {
        return Tokens.json("{\"a\":" + text + "}").getJsonArray("a");
    }

    static HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
        return org.nstac.portal.it.Api.send(user, method, path, body);
    }

    static HttpResponse<String> sendIn(String language, String user, String method, String path, String body)
            throws Exception {
        return org.nstac.portal.it.Api.sendIn(language, user, method, path, body);
    }

    private static HttpResponse<byte[]> bytes(String user, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(PortalStack.portalUrl() + path))
                .header("Authorization", "Bearer " + Tokens.accessToken(user, user)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
