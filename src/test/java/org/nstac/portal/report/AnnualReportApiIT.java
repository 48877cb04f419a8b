package org.nstac.portal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nstac.portal.it.Api.error;
import static org.nstac.portal.it.Api.send;
import static org.nstac.portal.it.Api.sendIn;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nstac.portal.it.Db;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.PortalTime;
import org.nstac.portal.it.Tokens;

/**
 * The annual report through the API and the public page.
 *
 * <p>How the figures are checked although the stack is shared: the test writes a small, complete year of council work
 * straight into the database for 2019, a year no other test and no demo data touches (everything else is dated on the
 * run's days, 2025 onwards), with five canary members admitted in 2019 who withdrew on 1 January 2020, so they are in
 * nobody's lists today. Every figure is then worked out again here, from the rows the test wrote, by a different
 * route (the Gini coefficients by the mean absolute difference, not the sorted formula the portal uses), and compared
 * with what the portal drafted. The rows include traps: a comment withdrawn, one posted on New Year's Eve in UTC that
 * is already 2020 in Belgrade, one at 22:30 UTC on 31 December 2018 (still 2018 in Belgrade), a cancelled meeting,
 * an absent attendee, a rejected payable. The canaries' pay is booked as paid, so nothing of it waits in finance's
 * queue or a bank file.
 * Each other test uses a year of its own (2018 here, 2017 in the browser test), so none depends on another.
 */
@ExtendWith({PortalStack.class, PortalTime.class})
class AnnualReportApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final List<String> DEMO_PSEUDONYMS = List.of("Sunflower", "River", "Lark", "Willow", "Oak");

    @Test
    void theFiguresOfAYearMatchTheDataOfThatYearAndSmallOnesAreHidden() throws Exception {
        Year2019 data = Year2019.write();

        HttpResponse<String> drafted = send("secretariat", "POST", "/api/annual-reports/2019", null);
        assertTrue(drafted.statusCode() == 201 || drafted.statusCode() == 200, drafted.body());
        JsonObject r = Tokens.json(drafted.body());
        assertEquals(2019, r.getInt("year"));
        assertFalse(r.getBoolean("published"));
        assertEquals("2019-12-31", r.getString("asOf"));

        // Members: five took part in 2019; one paused in May, a figure about one member.
        assertEquals(5, r.getJsonObject("members").getInt("active"));
        assertTrue(r.getJsonObject("members").isNull("paused"), r.toString());
        // Consultations: two, with comments by four members; five comments count (the withdrawn one, the 2018 one
        // and the one already in 2020 in Belgrade do not).
        assertEquals(2, r.getInt("consultations"));
        assertEquals(5, r.getInt("comments"));
        // Answers: accepted 3 (three authors), partly 1 and noted 1 (one author each: hidden), not accepted 0.
        JsonObject answers = r.getJsonObject("answers");
        assertEquals(3, answers.getInt("ACCEPTED"));
        assertTrue(answers.isNull("PARTLY_ACCEPTED"), answers.toString());
        assertTrue(answers.isNull("NOTED"), answers.toString());
        assertEquals(0, answers.getInt("NOT_ACCEPTED"));
        assertEquals(3, r.getInt("changes"));
        assertEquals(0, new BigDecimal("0.80").compareTo(r.getJsonNumber("adoptedShare").bigDecimalValue()),
                "4 of 5 answered comments accepted in full or in part");
        assertEquals(1, r.getJsonObject("positions").getInt("submitted"));
        assertEquals(1, r.getJsonObject("positions").getJsonObject("answers").getInt("ACCEPTED"));
        assertEquals(1, r.getJsonObject("outcomes").getInt("ADOPTED"));
        // Meetings: one plenary (three present), one working group (one present: hidden), one called off; the total
        // would give the working group away by subtraction, so it is hidden too.
        JsonObject byKind = r.getJsonObject("meetingsByKind");
        assertEquals(1, byKind.getInt("PLENARY"));
        assertTrue(byKind.isNull("WORKING_GROUP"), byKind.toString());
        assertEquals(0, byKind.getInt("HEARING"));
        assertTrue(r.isNull("meetings"), "the total would reveal the hidden kind");
        // Tasks: four offers to four members, two taken on (hidden). Learning (issue 19): offered to four, taken up
        // by three, completed by one (hidden).
        assertEquals(4, r.getJsonObject("tasks").getInt("offered"));
        assertTrue(r.getJsonObject("tasks").isNull("accepted"));
        assertEquals(4, r.getJsonObject("learning").getInt("offered"));
        assertEquals(3, r.getJsonObject("learning").getInt("accepted"));
        assertTrue(r.getJsonObject("learning").isNull("completed"));
        // Pay: meeting days 3 x 4000.00 (three members); task hours of two members hidden; the rejected one is not pay.
        List<String> pay = new ArrayList<>();
        r.getJsonArray("payments").forEach(p -> pay.add(p.asJsonObject().getString("activity") + " "
                + p.asJsonObject().getString("currency") + " " + (p.asJsonObject().isNull("amount") ? "null"
                : p.asJsonObject().getString("amount"))));
        assertEquals(List.of("MEETING_DAY RSD 12000.00", "TASK_HOUR RSD null"), pay);
        // The spread, across the five members who took part, each counted with zero when they got nothing.
        assertGini(List.of(1, 1, 1, 1, 0), r, "giniOffers");
        assertGini(List.of(5500, 4000, 7000, 0, 0), r, "giniEarnings");
        assertGini(List.of(1, 1, 1, 2, 2), r, "giniInvitations");
        assertEquals("RSD", r.getString("earningsCurrency"));
        // Month by month: the four offers in June; four members commented in March (the withdrawn comment and the
        // two that fall in 2018 and 2020 in Belgrade do not count); three attended the plenary in March, one the
        // working group in April (hidden); every other month is zero.
        List<String> months = new ArrayList<>();
        r.getJsonArray("participation").forEach(m -> {
            JsonObject o = m.asJsonObject();
            months.add(o.getString("month") + " " + o.get("offered") + "/" + o.get("commented") + "/"
                    + o.get("attended"));
        });
        assertEquals(List.of("2019-01 0/0/0", "2019-02 0/0/0", "2019-03 0/4/3", "2019-04 0/0/null",
                "2019-05 0/0/0", "2019-06 4/0/0", "2019-07 0/0/0", "2019-08 0/0/0", "2019-09 0/0/0",
                "2019-10 0/0/0", "2019-11 0/0/0", "2019-12 0/0/0"), months);
        // Every hidden figure is listed where the API puts it.
        List<String> suppressed = r.getJsonArray("suppressed").getValuesAs(jakarta.json.JsonString::getString);
        assertEquals(List.of("answers.PARTLY_ACCEPTED", "answers.NOTED", "meetings", "meetingsByKind.WORKING_GROUP",
                "members.paused", "tasks.accepted", "learning.completed", "payments.TASK_HOUR.RSD",
                "participation.2019-04.attended"), suppressed);
        assertEquals(3, r.getInt("fewerThan"));

        // The council sees the draft; the CSV and PDF show "fewer than 3" and no member's pseudonym.
        String csv = download("sunflower", "/api/annual-reports/2019/report.csv", "en");
        assertTrue(csv.contains("Members who paused at some time,fewer than 3"), csv);
        assertTrue(csv.contains("Comments by members,5"), csv);
        assertTrue(csv.contains("Learning taken up,3"), csv);
        assertTrue(csv.contains("April 2019,offered a task: 0; commented on a draft: 0; attended a meeting: fewer than 3"),
                csv);
        String pdf = pdfText(bytes("sunflower", "/api/annual-reports/2019/report.pdf"));
        assertTrue(pdf.contains("fewer than 3"), pdf);
        for (String pseudonym : data.pseudonyms()) {
            assertFalse(csv.contains(pseudonym), "no pseudonym in the CSV: " + pseudonym);
            assertFalse(pdf.contains(pseudonym), "no pseudonym in the PDF: " + pseudonym);
            assertFalse(drafted.body().contains(pseudonym), "no pseudonym in the JSON: " + pseudonym);
        }
        String serbian = download("sunflower", "/api/annual-reports/2019/report.csv", "sr-Latn");
        assertTrue(serbian.contains("manje od 3"), serbian);
        assertTrue(serbian.contains("12.000,00"), "the pay as Serbian writes it: " + serbian);

        // Published, the public page draws the figures it shows, and never one it hides.
        if (!r.getBoolean("published")) {
            assertEquals(200, send("oak", "PUT", "/api/annual-reports/2019/foreword", Json.createObjectBuilder()
                    .add("text", "The council's year 2019, in figures, for the charts of the public page.").build()
                    .toString()).statusCode());
            assertEquals(200, send("secretariat", "POST", "/api/annual-reports/2019/publication", null).statusCode());
        }
        HttpResponse<String> page = anonymous("/annual-report?year=2019");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("12,000.00"), "the pay in the figures as English writes it");
        java.util.regex.Matcher scripts = java.util.regex.Pattern.compile("PrimeFaces\\.cw\\([\"']Chart[\"'].*?</script>",
                java.util.regex.Pattern.DOTALL).matcher(page.body());
        StringBuilder drawn = new StringBuilder();
        int count = 0;
        while (scripts.find()) {
            drawn.append(scripts.group()).append('\n');
            count++;
        }
        assertEquals(4, count, "the answers, the meetings, members month by month and the pay are drawn: " + drawn);
        String charts = drawn.toString();
        assertTrue(charts.contains("[0,0,3,null,0,0,0,0,0,0,0,0]"),
                "the one member at April's working group is a gap in the attendance line, never a point: " + charts);
        assertTrue(charts.contains("Accepted") && charts.contains("12000.00"), "the shown figures are bars");
        assertFalse(charts.contains("Partly accepted") || charts.contains("Working group")
                || charts.contains("Task hour"), "no bar for a figure about fewer than 3 members");
        for (String pseudonym : data.pseudonyms()) {
            assertFalse(page.body().contains(pseudonym), "no pseudonym on the public page: " + pseudonym);
        }
    }

    @Test
    void aDraftIsTheCouncilsUntilTheSecretariatPublishesItWithTheChairsForewordThenItIsPublic() throws Exception {
        int year = 2018;
        int future = PortalTime.today().getYear() + 1;
        assertEquals("report.year.future", error(send("secretariat", "POST", "/api/annual-reports/" + future, null)));
        HttpResponse<String> srFuture = sendIn("sr-Latn", "secretariat", "POST", "/api/annual-reports/" + future, null);
        assertTrue(Tokens.json(srFuture.body()).getString("message").contains("još ne može"), srFuture.body());
        for (String notSecretariat : List.of("oak", "sunflower", "justice", "observer", "finance")) {
            assertEquals(404, send(notSecretariat, "POST", "/api/annual-reports/" + year, null).statusCode(),
                    notSecretariat + " drafts");
        }
        int first = send("secretariat", "POST", "/api/annual-reports/" + year, null).statusCode();
        assertTrue(first == 201 || first == 200);
        assertEquals(200, send("secretariat", "POST", "/api/annual-reports/" + year, null).statusCode(),
                "drafting again works the figures out again");

        // The draft: the council and the secretariat only; the public page does not know it.
        for (String council : List.of("sunflower", "oak", "secretariat")) {
            assertEquals(200, send(council, "GET", "/api/annual-reports/" + year, null).statusCode(), council);
        }
        for (String other : List.of("justice", "observer", "finance", "admin")) {
            assertEquals(404, send(other, "GET", "/api/annual-reports/" + year, null).statusCode(), other);
            assertEquals(404, send(other, "GET", "/api/annual-reports/" + year + "/report.pdf", null).statusCode());
        }
        assertEquals(404, anonymous("/annual-report?year=" + year).statusCode(), "no public draft");
        assertEquals(404, anonymous("/annual-report/download?year=" + year + "&format=csv").statusCode());

        // Publication without the chair's foreword is refused, in the caller's language.
        assertEquals("report.publication.noForeword",
                error(send("secretariat", "POST", "/api/annual-reports/" + year + "/publication", null)));
        HttpResponse<String> sr = sendIn("sr-Latn", "secretariat", "POST", "/api/annual-reports/" + year
                + "/publication", null);
        assertTrue(Tokens.json(sr.body()).getString("message").contains("predgovora"), sr.body());

        // Only the chair writes the foreword.
        String foreword = "A year in which the council " + UUID.randomUUID() + " was heard and paid for its work.";
        String body = Json.createObjectBuilder().add("text", foreword).build().toString();
        for (String notChair : List.of("secretariat", "sunflower", "justice")) {
            assertEquals(404, send(notChair, "PUT", "/api/annual-reports/" + year + "/foreword", body).statusCode(),
                    notChair + " writes the foreword");
        }
        assertEquals("report.foreword.tooShort", error(send("oak", "PUT", "/api/annual-reports/" + year
                + "/foreword", "{\"text\": \"Short.\"}")));
        HttpResponse<String> written = send("oak", "PUT", "/api/annual-reports/" + year + "/foreword", body);
        assertEquals(200, written.statusCode(), written.body());
        assertEquals(foreword, Tokens.json(written.body()).getString("foreword"));

        // Members endorse or dissent like a position; others cannot.
        assertEquals("report.stance.dissentReasonRequired", error(send("lark", "POST", "/api/annual-reports/" + year
                + "/stances", "{\"endorse\": false}")));
        HttpResponse<String> endorsed = send("sunflower", "POST", "/api/annual-reports/" + year + "/stances",
                "{\"endorse\": true}");
        assertEquals(200, endorsed.statusCode(), endorsed.body());
        JsonObject afterStance = Tokens.json(endorsed.body());
        assertEquals("ENDORSED", afterStance.getString("myStance"));
        assertTrue(afterStance.getJsonObject("endorsements").isNull("endorsed"), "one endorsement: fewer than 3");
        assertTrue(afterStance.getJsonArray("suppressed").toString().contains("endorsements.endorsed"));
        String reason = "The report leaves out the members who stopped taking part " + year + ".";
        HttpResponse<String> dissented = send("lark", "POST", "/api/annual-reports/" + year + "/stances",
                Json.createObjectBuilder().add("endorse", false).add("reason", reason).build().toString());
        assertEquals(200, dissented.statusCode(), dissented.body());
        assertEquals("DISSENTED", Tokens.json(dissented.body()).getString("myStance"), "the dissent is recorded");
        JsonObject asChair = Tokens.json(send("oak", "GET", "/api/annual-reports/" + year, null).body());
        assertTrue(asChair.getJsonArray("dissentReasons").toString().contains(reason),
                "the chair reads the reason for dissent: " + asChair);
        assertFalse(asChair.toString().contains("lark"), "the reason is never tied to a name");
        for (String notMember : List.of("secretariat", "justice", "observer")) {
            assertEquals(404, send(notMember, "POST", "/api/annual-reports/" + year + "/stances",
                    "{\"endorse\": true}").statusCode(), notMember + " takes a stance");
        }

        // Only the secretariat publishes.
        for (String notSecretariat : List.of("oak", "sunflower", "justice")) {
            assertEquals(404, send(notSecretariat, "POST", "/api/annual-reports/" + year + "/publication", null)
                    .statusCode(), notSecretariat + " publishes");
        }
        HttpResponse<String> published = send("secretariat", "POST", "/api/annual-reports/" + year + "/publication",
                null);
        assertEquals(200, published.statusCode(), published.body());
        assertTrue(Tokens.json(published.body()).getBoolean("published"));

        // Published: everyone reads it, the public page without a sign-in; it changes no more.
        for (String anyone : List.of("justice", "observer", "finance", "labour")) {
            assertEquals(200, send(anyone, "GET", "/api/annual-reports/" + year, null).statusCode(), anyone);
        }
        HttpResponse<String> page = anonymous("/annual-report?year=" + year);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(foreword), "the foreword is public");
        assertTrue(page.body().contains("fewer than 3"), "the endorsement of one member is not shown as 1");
        assertTrue(page.body().contains("quick-exit"), "Quick exit on the public page");
        assertTrue(page.headers().allValues("set-cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "no session for a reader: " + page.headers().allValues("set-cookie"));
        HttpResponse<String> pageSr = anonymous("/annual-report?year=" + year, "sr-Latn");
        assertTrue(pageSr.body().contains("Godišnji izveštaj saveta " + year), "in Serbian too");
        HttpResponse<String> publicCsv = anonymous("/annual-report/download?year=" + year + "&format=csv");
        assertEquals(200, publicCsv.statusCode());
        String publicPdf = pdfText(bytes("observer", "/api/annual-reports/" + year + "/report.pdf"));
        assertTrue(publicPdf.contains(foreword.substring(0, 30)), publicPdf);
        for (String pseudonym : DEMO_PSEUDONYMS) {
            assertFalse(page.body().contains(pseudonym), "no pseudonym on the public page: " + pseudonym);
            assertFalse(publicCsv.body().contains(pseudonym), "no pseudonym in the public CSV: " + pseudonym);
            assertFalse(publicPdf.contains(pseudonym), "no pseudonym in the PDF: " + pseudonym);
        }
        assertEquals("report.published", error(send("secretariat", "POST", "/api/annual-reports/" + year, null)));
        assertEquals("report.published", error(send("oak", "PUT", "/api/annual-reports/" + year + "/foreword", body)));
        assertEquals("report.published", error(send("lark", "POST", "/api/annual-reports/" + year + "/stances",
                "{\"endorse\": true}")));
    }

    @Test
    void theDemoDataHasLastYearsReportPublished() throws Exception {
        int last = PortalTime.today().getYear() - 1;
        HttpResponse<String> page = anonymous("/annual-report?year=" + last);
        assertEquals(200, page.statusCode(), "a fresh run shows last year's report publicly");
        assertTrue(page.body().contains("This is the council"), "with the chair's foreword");
        String json = send("observer", "GET", "/api/annual-reports/" + last, null).body();
        JsonObject report = Tokens.json(json);
        assertTrue(report.getBoolean("published"));
        assertNotNull(report.getString("foreword"));
        // Left for the reader of a run, as ApiDocumentIT leaves the served document: the demo's figures as served.
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/it/demo-annual-report.json"), json);
    }

    private static void assertGini(List<Integer> values, JsonObject report, String field) {
        // The mean absolute difference over all ordered pairs, halved and divided by the mean: not the portal's route.
        double sum = values.stream().mapToDouble(Integer::doubleValue).sum();
        double n = values.size();
        double diff = 0;
        for (int a : values) {
            for (int b : values) {
                diff += Math.abs(a - b);
            }
        }
        BigDecimal expected = BigDecimal.valueOf(diff / (2 * n * n * (sum / n))).setScale(4, RoundingMode.HALF_UP);
        assertEquals(0, expected.compareTo(report.getJsonNumber(field).bigDecimalValue()),
                field + ": expected " + expected + " in " + report);
    }

    private static HttpResponse<String> anonymous(String path) throws Exception {
        return anonymous(path, "en");
    }

    private static HttpResponse<String> anonymous(String path, String language) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(PortalStack.portalUrl() + path))
                .header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String download(String user, String path, String language) throws Exception {
        HttpResponse<String> answer = sendIn(language, user, "GET", path, null);
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    private static byte[] bytes(String user, String path) throws Exception {
        HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(URI.create(PortalStack.portalUrl() + path))
                .header("Authorization", "Bearer " + Tokens.accessToken(user, user)).header("Accept-Language", "en")
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode(), new String(answer.body(), StandardCharsets.UTF_8));
        return answer.body();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        return org.nstac.portal.it.Pdfs.text(pdf);
    }

    /**
     * A year of council work, written straight into the database: five canary members (A to E) admitted in February
     * 2019 and withdrawn on 1 January 2020, and what they did in 2019. Written once per stack: a second call finds
     * the year's members and writes nothing.
     */
    record Year2019(List<String> pseudonyms) {

        static Year2019 write() throws Exception {
            List<String> names = new ArrayList<>();
            for (String letter : List.of("A", "B", "C", "D", "E")) {
                names.add("Heronqz" + letter + "2019");
            }
            if (Db.number("SELECT COUNT(*) FROM member WHERE pseudonym = 'HeronqzA2019'") > 0) {
                return new Year2019(names);
            }
            String tag = UUID.randomUUID().toString().substring(0, 8);
            List<String> refs = new ArrayList<>();
            try (Connection db = Db.connectAsOwner(); Statement sql = db.createStatement()) {
                for (int i = 0; i < names.size(); i++) {
                    // A reference in the members' shape (m-, lower-case letters and digits): entities read it as a
                    // MemberRef, and one in any other shape could not be read back.
                    String ref = "m-y19" + tag + i;
                    refs.add(ref);
                    sql.executeUpdate("INSERT INTO member (ref, pseudonym, login, preferred_language, status, "
                            + "former_number, adult_attested, years_since_exploitation, readiness_date, "
                            + "readiness_organisation, readiness_outcome, admitted_at, admitted_by) SELECT '" + ref
                            + "', '" + names.get(i) + "', 'heronqz" + i + tag + "', 'en', 'WITHDRAWN', "
                            + "COALESCE(MAX(former_number), 0) + 1, TRUE, 6, '2019-01-15', 'Test centre', 'READY', "
                            + "'2019-02-01 09:00:00', 'secretariat' FROM member");
                    sql.executeUpdate("INSERT INTO member_absence (member_ref, kind, starts_on, ends_on) VALUES ('"
                            + ref + "', 'WITHDRAWAL', '2020-01-01', NULL)");
                }
                String a = refs.get(0);
                String b = refs.get(1);
                String c = refs.get(2);
                String d = refs.get(3);
                String e = refs.get(4);
                sql.executeUpdate("INSERT INTO member_absence (member_ref, kind, starts_on, ends_on) VALUES ('" + a
                        + "', 'PAUSE', '2019-05-01', '2019-05-31')");

                long c1 = consultation(db, "Annual report test consultation one " + tag);
                long c2 = consultation(db, "Annual report test consultation two " + tag);
                long section = id(db, "INSERT INTO consultation_section (consultation_id, draft_version, number, "
                        + "heading, body) VALUES (" + c1 + ", 1, 1, 'Article 1', 'Text')");
                long a1 = comment(db, c1, a, "2019-03-01 10:00:00", false);
                long a2 = comment(db, c1, a, "2019-03-02 10:00:00", false);
                long b1 = comment(db, c1, b, "2019-03-03 10:00:00", false);
                long cc = comment(db, c1, c, "2019-03-04 10:00:00", false);
                long d1 = comment(db, c2, d, "2019-03-05 10:00:00", false);
                comment(db, c1, e, "2019-03-06 10:00:00", true);
                comment(db, c1, e, "2018-12-31 22:30:00", false);
                comment(db, c2, e, "2019-12-31 23:30:00", false);
                answer(sql, a1, "ACCEPTED", section);
                answer(sql, b1, "ACCEPTED", section);
                answer(sql, cc, "ACCEPTED", section);
                answer(sql, a2, "PARTLY_ACCEPTED", null);
                answer(sql, d1, "NOTED", null);
                sql.executeUpdate("INSERT INTO council_position (consultation_id, body, drafted_by, drafted_at, "
                        + "submitted_at, disposition, reason, answered_by, answered_at) VALUES (" + c1 + ", 'The "
                        + "council asks for more.', 'oak', '2019-03-20 10:00:00', '2019-04-01 10:00:00', 'ACCEPTED', "
                        + "NULL, 'justice', '2019-06-10 10:00:00')");
                sql.executeUpdate("UPDATE consultation SET outcome = 'ADOPTED', outcome_at = '2019-09-01 10:00:00', "
                        + "outcome_by = 'justice' WHERE id = " + c1);

                long plenary = meeting(db, "PLENARY", "2019-03-10 09:00:00", "PLANNED", tag);
                long group = meeting(db, "WORKING_GROUP", "2019-04-10 09:00:00", "PLANNED", tag);
                meeting(db, "PLENARY", "2019-05-10 09:00:00", "CANCELLED", tag);
                for (String ref : refs) {
                    invite(sql, plenary, ref);
                }
                invite(sql, group, d);
                invite(sql, group, e);
                for (String ref : List.of(a, b, c)) {
                    attend(sql, plenary, ref, "PRESENT");
                }
                attend(sql, group, d, "PRESENT");
                attend(sql, group, e, "ABSENT");

                long task = id(db, "INSERT INTO task (title, outcome, kind, estimated_hours, pay_basis, currency, "
                        + "deadline, state, created_by, created_at) VALUES ('Annual report test task " + tag
                        + "', 'A summary', 'REVIEW_DRAFT', 4, 'HOURLY', 'RSD', '2019-06-30', 'ACCEPTED', "
                        + "'secretariat', '2019-06-01 09:00:00')");
                offer(sql, task, a, "ACCEPTED");
                offer(sql, task, b, "DECLINED");
                offer(sql, task, c, "ACCEPTED");
                offer(sql, task, d, "EXPIRED");

                long learning = id(db, "INSERT INTO learning_opportunity (title, provider, start_date, end_date, "
                        + "language, places, created_by, created_at) VALUES ('Annual report test training " + tag
                        + "', 'Test academy', '2019-07-15', '2019-07-20', 'en', 10, 'secretariat', "
                        + "'2019-06-20 09:00:00')");
                learn(sql, learning, a, "COMPLETED", "'2019-07-01 09:00:00'", "'2019-08-01'");
                learn(sql, learning, b, "ACCEPTED", "'2019-07-01 09:00:00'", "NULL");
                learn(sql, learning, c, "ACCEPTED", "'2019-07-02 09:00:00'", "NULL");
                learn(sql, learning, d, "DECLINED", "'2019-07-03 09:00:00'", "NULL");

                pay(db, a, "ATTENDANCE", "MEETING_DAY", "4000.00", tag, false);
                pay(db, b, "ATTENDANCE", "MEETING_DAY", "4000.00", tag, false);
                pay(db, c, "ATTENDANCE", "MEETING_DAY", "4000.00", tag, false);
                pay(db, a, "TASK", "TASK_HOUR", "1500.00", tag, false);
                pay(db, c, "TASK", "TASK_HOUR", "3000.00", tag, false);
                pay(db, b, "TASK", "TASK_HOUR", "2000.00", tag, true);
            }
            return new Year2019(names);
        }

        private static long consultation(Connection db, String title) throws Exception {
            return id(db, "INSERT INTO consultation (organisation_code, title, summary, phase, opens_at, closes_at, "
                    + "answers_due_at, created_by, created_at, opened_at, closed_at, answered_at, published_at) "
                    + "SELECT organisation_code, '" + title + "', 'A test draft', 'REPORT_PUBLISHED', "
                    + "'2019-02-20 09:00:00', '2019-03-31 20:00:00', '2019-06-30 20:00:00', 'justice', "
                    + "'2019-02-10 09:00:00', '2019-02-20 09:00:00', '2019-03-31 20:00:00', '2019-06-15 09:00:00', "
                    + "'2019-06-20 09:00:00' FROM organisation_official WHERE login = 'justice'");
        }

        private static long comment(Connection db, long consultation, String author, String at, boolean withdrawn)
                throws Exception {
            long id = id(db, "INSERT INTO consultation_comment (consultation_id, author_ref, attribution, body, "
                    + "posted_at, withdrawn) VALUES (" + consultation + ", '" + author + "', 'COUNCIL', 'A comment', '"
                    + at + "', " + withdrawn + ")");
            try (Statement sql = db.createStatement()) {
                sql.executeUpdate("UPDATE consultation_comment SET thread_id = id WHERE id = " + id);
            }
            return id;
        }

        private static void answer(Statement sql, long comment, String disposition, Long section) throws Exception {
            sql.executeUpdate("INSERT INTO comment_answer (comment_id, disposition, reason, changed_section_id, "
                    + "answered_by, answered_at) VALUES (" + comment + ", '" + disposition + "', 'Because', "
                    + section + ", 'justice', '2019-06-05 10:00:00')");
        }

        private static long meeting(Connection db, String kind, String starts, String state, String tag)
                throws Exception {
            return id(db, "INSERT INTO meeting (kind, title, agenda, starts_at, ends_at, online, venue, language, "
                    + "meeting_days, preparation_hours, per_diem_days, travel_km, state, created_by, created_at) "
                    + "VALUES ('" + kind + "', 'Annual report test meeting " + tag + "', 'Agenda', '" + starts
                    + "', DATE_ADD('" + starts + "', INTERVAL 3 HOUR), FALSE, 'Belgrade', 'sr', 1, 0, 0, 0, '"
                    + state + "', 'secretariat', '2019-02-15 09:00:00')");
        }

        private static void invite(Statement sql, long meeting, String ref) throws Exception {
            sql.executeUpdate("INSERT INTO meeting_invitation (meeting_id, member_ref, state, invited_at, "
                    + "responded_at) VALUES (" + meeting + ", '" + ref + "', 'ACCEPTED', '2019-02-20 09:00:00', "
                    + "'2019-02-21 09:00:00')");
        }

        private static void attend(Statement sql, long meeting, String ref, String presence) throws Exception {
            sql.executeUpdate("INSERT INTO meeting_attendance (meeting_id, member_ref, presence, hours, prepared, "
                    + "travelled, recorded_by, recorded_at) VALUES (" + meeting + ", '" + ref + "', '" + presence
                    + "', NULL, FALSE, FALSE, 'secretariat', '2019-04-20 09:00:00')");
        }

        private static void offer(Statement sql, long task, String ref, String state) throws Exception {
            sql.executeUpdate("INSERT INTO task_offer (task_id, member_ref, state, offered_at, offered_by, expires_at) "
                    + "VALUES (" + task + ", '" + ref + "', '" + state + "', '2019-06-02 09:00:00', 'secretariat', "
                    + "'2019-06-09 09:00:00')");
        }

        private static void learn(Statement sql, long opportunity, String ref, String state, String responded,
                String completedOn) throws Exception {
            sql.executeUpdate("INSERT INTO learning_offer (opportunity_id, member_ref, state, offered_at, offered_by, "
                    + "responded_at, completed_on) VALUES (" + opportunity + ", '" + ref + "', '" + state + "', "
                    + "'2019-06-25 09:00:00', 'secretariat', " + responded + ", " + completedOn + ")");
        }

        private static void pay(Connection db, String ref, String source, String activity, String amount, String tag,
                boolean rejected) throws Exception {
            long payable = id(db, "INSERT INTO payable (member_ref, source, source_key, activity, quantity, work_date, "
                    + "period, amount, currency, created_by, created_at) VALUES ('" + ref + "', '" + source
                    + "', 'annual-report-it:" + tag + ":" + UUID.randomUUID() + "', '" + activity + "', 1, "
                    + "'2019-03-10', '2019-03-01', " + amount + ", 'RSD', 'secretariat', '2019-03-11 09:00:00')");
            try (Statement sql = db.createStatement()) {
                sql.executeUpdate("INSERT INTO ledger_entry (payable_id, member_ref, period, state, amount, currency, "
                        + "booked_by, booked_at) VALUES (" + payable + ", '" + ref + "', '2019-03-01', 'ACCRUED', "
                        + amount + ", 'RSD', 'secretariat', '2019-03-11 09:00:00')");
                if (!rejected) {
                    sql.executeUpdate("INSERT INTO ledger_entry (payable_id, member_ref, period, state, amount, "
                            + "currency, booked_by, booked_at) VALUES (" + payable + ", '" + ref + "', '2019-03-01', "
                            + "'APPROVED', " + amount + ", 'RSD', 'finance', '2019-03-12 09:00:00')");
                    sql.executeUpdate("INSERT INTO ledger_entry (payable_id, member_ref, period, state, amount, "
                            + "currency, booked_by, booked_at, payment_date, payment_method, bank_reference) VALUES ("
                            + payable + ", '" + ref + "', '2019-03-01', 'PAID', " + amount + ", 'RSD', 'finance', "
                            + "'2019-03-20 09:00:00', '2019-03-20', 'BANK_TRANSFER', 'TEST-2019')");
                } else {
                    sql.executeUpdate("INSERT INTO ledger_entry (payable_id, member_ref, period, state, amount, "
                            + "currency, booked_by, booked_at, reason) VALUES (" + payable + ", '" + ref + "', "
                            + "'2019-03-01', 'REJECTED', " + amount + ", 'RSD', 'finance', '2019-03-12 09:00:00', "
                            + "'Not owed')");
                }
            }
        }

        private static long id(Connection db, String insert) throws Exception {
            try (PreparedStatement sql = db.prepareStatement(insert, Statement.RETURN_GENERATED_KEYS)) {
                sql.executeUpdate();
                try (var keys = sql.getGeneratedKeys()) {
                    assertTrue(keys.next(), insert);
                    return keys.getLong(1);
                }
            }
        }
    }
}
