package org.nstac.portal.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nstac.portal.it.Browser;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.Tokens;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A consultation in a real browser, as each role meets it: the Ministry of Justice imports a draft from a DOCX,
 * previews it and opens it; sunflower comments as "Council", river by pseudonym; the ministry answers both; the
 * report shows the answers, "A council member" and River, never Sunflower.
 */
@ExtendWith(PortalStack.class)
class ConsultationFlowIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Test
    void justiceOpensADocxDraftMembersCommentJusticeAnswersTheReportKeepsTheChosenNames() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String title = "Draft law on shelters <b>" + tag + "</b>";
        Path docx = docx(tag);

        // 1. Justice writes the draft, imports its sections from a Word file, saves and previews it.
        browser.signIn("justice", "justice");
        browser.open("/ministry/consultation");
        type("form:title", title);
        type("form:summary", "Who may run a shelter, and what a shelter must offer.");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        type("form:opensAt", now.format(FIELD));
        type("form:closesAt", now.plusDays(10).format(FIELD));
        type("form:answersDueAt", now.plusDays(30).format(FIELD));
        browser.find(By.id("form:file")).sendKeys(docx.toString());
        browser.find(By.id("form:import-button")).click();
        browser.waitFor(d -> browser.text().contains("Imported 2 sections"));
        assertEquals(title, browser.find(By.id("form:title")).getAttribute("value"), "what was typed stays");
        browser.find(By.id("form:save")).click();
        browser.waitFor(d -> browser.has(By.id("preview-notice")));
        String url = browser.url();
        long id = Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertTrue(browser.text().contains("Shelters must offer interpretation"), "the imported section");
        assertEquals(title, browser.find(By.id("consultation-title")).getText(), "markup in a title stays text");
        browser.find(By.id("actions:move")).click();
        browser.waitFor(d -> browser.has(By.cssSelector("#consultation-phase.phase--OPEN")));
        browser.signOut();

        // 2. Sunflower comments as "Council", River by pseudonym.
        comment("sunflower", id, "Interpretation must be free of charge, day and night.", 1);
        comment("river", id, "The draft should name the support person a member may bring.", 0);

        // 3. Justice answers both on the answer screen.
        browser.signIn("justice", "justice");
        browser.open("/ministry/answers?id=" + id);
        String table = browser.find(By.id("answers-form:table")).getText();
        assertTrue(table.contains("A council member") && table.contains("River"), table);
        assertFalse(table.contains("Sunflower"), "the ministry never sees a Council author's pseudonym");
        answer(0, "Added to article 1 of the next version.");
        answer(2, "Support persons are set out in the by-law instead.");
        browser.waitFor(d -> browser.text().contains("Comments still without an answer: 0"));
        browser.open("/consultations/view?id=" + id);
        for (String phase : new String[] {"CLOSED", "ANSWERED", "REPORT_PUBLISHED"}) {
            browser.find(By.id("actions:move")).click();
            browser.waitFor(d -> browser.has(By.cssSelector("#consultation-phase.phase--" + phase)));
        }

        // 4. The report, as the ministry downloads it.
        String report = pdfText("/consultations/report?id=" + id + "&format=pdf");
        assertTrue(report.contains("A council member"), report);
        assertTrue(report.contains("River"), report);
        assertTrue(report.contains("Support persons are set out in the by-law instead."), report);
        assertFalse(report.contains("Sunflower"), report);
        browser.signOut();
    }

    @Test
    void avoidedTopicsFoldThePersonalDetailsCheckWarnsTheChairDraftsAndANewVersionShowsWhatChanged() throws Exception {
        HttpResponse<String> created = ConsultationApiIT.send("justice", "POST", "/api/consultations",
                ConsultationApiIT.draft("Draft on hearings " + UUID.randomUUID().toString().substring(0, 6), 0, 10)
                        .toString());
        long id = Tokens.json(created.body()).getJsonNumber("id").longValue();
        assertEquals(200, ConsultationApiIT.send("justice", "POST", "/api/consultations/" + id + "/phase",
                "{\"phase\":\"OPEN\"}").statusCode());
        ConsultationApiIT.send("lark", "PUT", "/api/me/profile",
                "{\"avoidedTopics\":[\"violence\"],\"hoursPerMonth\":4,\"contactChannel\":\"PORTAL\"}");

        // Lark avoids "violence": article 2 carries that note and is folded behind a question.
        browser.signIn("lark", "lark");
        browser.open("/consultations/view?id=" + id);
        assertTrue(browser.has(By.id("folded-2")), "the section is folded");
        assertFalse(browser.find(By.id("folded-2")).getText().contains("Text of article 2."), "its text is hidden");
        assertTrue(browser.find(By.id("folded-2")).getText().contains("chose not to see"));
        browser.find(By.cssSelector("#folded-2 summary")).click();
        assertTrue(browser.find(By.id("folded-2")).getText().contains("Text of article 2."), "shown on request");
        assertFalse(browser.has(By.id("folded-1")), "other sections are open");

        // The gentle check: a phone number draws a warning; the member may still post, and the text stays.
        String text = "Call the shelter line on +381 64 123 4567 before the hearing.";
        type("new:body", text);
        browser.find(By.id("new:post")).click();
        browser.waitFor(d -> browser.text().contains("It seems to contain a phone number."));
        assertEquals(text, browser.find(By.id("new:body")).getAttribute("value"), "nothing typed is lost");
        browser.find(By.id("new:post")).click();
        browser.waitFor(d -> browser.text().contains("Your comment is posted."));
        browser.signOut();

        // The chair drafts the council position on the page.
        browser.signIn("oak", "oak");
        browser.open("/consultations/view?id=" + id);
        type("position:positionText", "The council asks that hearings never require a member to testify twice.");
        browser.find(By.id("position:save-position")).click();
        browser.waitFor(d -> browser.text().contains("The position is saved."));
        browser.signOut();

        // Justice publishes a new version through the form; members see what changed, word by word.
        browser.signIn("justice", "justice");
        browser.open("/ministry/consultation?id=" + id);
        type("form:sections:0:text", "Text of article 1, now with a support person at every hearing.");
        browser.find(By.id("form:save")).click();
        browser.waitFor(d -> browser.has(By.id("changes-2")));
        browser.signOut();
        browser.signIn("lark", "lark");
        browser.open("/consultations/changes?id=" + id + "&version=2");
        assertTrue(browser.find(By.id("change-1")).getText().contains("changed"));
        assertTrue(browser.find(By.cssSelector("#change-1 ins")).getText().contains("support person"));
        browser.signOut();
    }

    private static void comment(String member, long id, String text, int attribution) {
        browser.signIn(member, member);
        browser.open("/consultations/view?id=" + id);
        type("new:body", text);
        browser.find(By.id("new:attribution:" + attribution)).click();
        browser.find(By.id("new:post")).click();
        browser.waitFor(d -> browser.text().contains("Your comment is posted."));
        assertTrue(browser.find(By.id("comments:list")).getText().contains(text));
        browser.signOut();
    }

    private static void answer(int disposition, String reason) {
        browser.waitFor(d -> browser.has(By.id("answers-form:table:0:choose")));
        browser.find(By.id("answers-form:table:0:choose")).click();
        browser.waitFor(d -> browser.has(By.id("answers-form:reason")));
        browser.find(By.id("answers-form:disposition:" + disposition)).click();
        type("answers-form:reason", reason);
        browser.find(By.id("answers-form:save-answer")).click();
        browser.waitFor(d -> browser.text().contains("The answer is saved"));
    }

    private static String pdfText(String path) throws Exception {
        var session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> pdf = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                URI.create(PortalStack.portalUrl() + path)).header("Cookie", "JSESSIONID=" + session.getValue())
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        PdfReader reader = new PdfReader(pdf.body());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append(' ');
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    private static Path docx(String tag) throws Exception {
        Path file = Files.createTempFile("draft-" + tag, ".docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            heading(doc, "Article 1. Shelters");
            doc.createParagraph().createRun().setText("Shelters must offer interpretation.");
            heading(doc, "Article 2. Support persons");
            doc.createParagraph().createRun().setText("A member may be accompanied.");
            doc.write(out);
        }
        return file;
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading1");
        p.createRun().setText(text);
    }

    private static void type(String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
