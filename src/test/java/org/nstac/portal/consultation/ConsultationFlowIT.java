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
import java.util.List;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nstac.portal.it.Browser;
import org.nstac.portal.it.Db;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.Tokens;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

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
        // The message is shown once, beside the actions, not once for every form on the page.
        assertEquals(List.of("actions"), formsShowing("The consultation is saved."));
        String url = browser.url();
        long id = Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertTrue(browser.text().contains("Shelters must offer interpretation"), "the imported section");
        assertEquals(title, browser.find(By.id("consultation-title")).getText(), "markup in a title stays text");
        // "Open for comments" asks first; "No, go back" leaves the draft as it was.
        browser.find(By.id("actions:move")).click();
        browser.waitFor(d -> browser.has(By.id("actions:move-confirm")));
        assertTrue(browser.textOf(By.id("move-question")).contains("Move this consultation to \u201cOpen for comments\u201d"),
                browser.textOf(By.id("move-question")));
        assertTrue(browser.find(By.id("actions:move-yes")).getAttribute("class").contains("ui-button-danger"));
        browser.waitFor(d -> browser.find(By.id("actions:move-confirm"))
                .equals(browser.driver().switchTo().activeElement()));
        browser.find(By.id("actions:move-no")).click();
        browser.waitFor(d -> !browser.has(By.id("actions:move-confirm")) && browser.has(By.id("actions:move")));
        assertTrue(browser.has(By.cssSelector("#consultation-phase.phase--DRAFT")), "Cancel leaves the draft unchanged");
        assertEquals("DRAFT", Db.text("SELECT phase FROM consultation WHERE id = " + id));

        movePhase("OPEN");
        assertTrue(browser.url().contains("id=" + id), "the address keeps the consultation: " + browser.url());
        assertTrue(browser.text().contains("The consultation has moved on."), "the message survives the redirect");
        assertEquals(List.of("actions"), formsShowing("The consultation has moved on."));
        browser.driver().navigate().refresh();
        browser.waitFor(d -> browser.has(By.cssSelector("#consultation-phase.phase--OPEN")));
        assertEquals(title, browser.find(By.id("consultation-title")).getText(), "reloading shows the consultation");
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
            movePhase(phase);
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

    @Test
    void commentOnThisSectionLandsUnderItsHeadingARepliesFollowsItsParentAndTheAnswerScreenShowsBoth()
            throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = ConsultationApiIT.send("justice", "POST", "/api/consultations",
                ConsultationApiIT.draft("Draft on sections " + tag, 0, 10).toString());
        long id = Tokens.json(created.body()).getJsonNumber("id").longValue();
        assertEquals(200, ConsultationApiIT.send("justice", "POST", "/api/consultations/" + id + "/phase",
                "{\"phase\":\"OPEN\"}").statusCode());
        var sections = Tokens.json("{\"a\":" + ConsultationApiIT.send("justice", "GET", "/api/consultations/" + id
                + "/sections", null).body() + "}").getJsonArray("a");
        long section2 = sections.getJsonObject(1).getJsonNumber("id").longValue();

        // Sunflower, by keyboard only: Enter on "Comment on this section" under section 2 opens the form on it, with
        // focus in its text; she types, Tabs to the attribution, chooses "Council" with the arrow keys and Space, Tabs
        // to "Post" and presses Enter. Focus lands on the message that says the comment is posted.
        browser.signIn("sunflower", "sunflower");
        browser.open("/consultations/view?id=" + id);
        assertEquals("Section 2: Article 2", browser.find(By.cssSelector("#section-2 h3")).getText());
        browser.find(By.id("comment-on-2")).sendKeys(Keys.ENTER);
        browser.waitFor(d -> "new:body".equals(focused()));
        assertEquals("Your comment on section 2: Article 2", browser.find(By.id("target-heading")).getText());
        browser.waitFor(d -> browser.find(By.id("live-feedback")).getAttribute("textContent")
                .contains("Your comment on section 2: Article 2"));
        String text = "Hearings need interpreters booked a week ahead " + tag + ".";
        press(text);
        press(Keys.TAB);
        browser.waitFor(d -> focused().startsWith("new:attribution:"));
        String first = focused();
        // Council is the second of the three choices; the arrow keys move the choice within the group.
        if (first.endsWith(":0")) {
            press(Keys.ARROW_DOWN);
        } else if (first.endsWith(":2")) {
            press(Keys.ARROW_UP);
        } else {
            press(Keys.ARROW_DOWN);
            press(Keys.ARROW_UP);
        }
        press(Keys.SPACE);
        assertEquals("new:attribution:1", focused());
        assertTrue(browser.find(By.id("new:attribution:1")).isSelected(), "Council is chosen by keyboard");
        press(Keys.TAB);
        assertEquals("new:post", focused());
        press(Keys.ENTER);
        browser.waitFor(d -> Boolean.TRUE.equals(browser.driver().executeScript("var a = document.activeElement;"
                + "return !!(a && a.closest('.ui-messages, .feedback')"
                + " && a.textContent.indexOf('Your comment is posted.') >= 0);")));
        assertEquals(List.of("new"), formsShowing("Your comment is posted."), "once, beside the form");
        WebElement group = browser.find(By.id("comments-on-" + section2));
        assertEquals("Section 2: Article 2", group.findElement(By.tagName("h3")).getText());
        assertTrue(group.getText().contains(text), "the comment is under its section's heading");
        long mine = commentId(id, text);
        assertEquals("COUNCIL", Db.text("SELECT attribution FROM consultation_comment WHERE id = " + mine),
                "the attribution chosen by keyboard");
        assertEquals("\u00B7 Section 2: Article 2", browser.find(By.id("section-of-" + mine)).getText(),
                "and shows its section");
        // Her own comment's actions are separate words, each its own list item: not "ReplyEditWithdraw".
        WebElement actions = browser.find(By.cssSelector("#comment-" + mine + " ul.comment__actions"));
        assertEquals(List.of("Reply", "Edit", "Withdraw"), actions.findElements(By.cssSelector(":scope > li")).stream()
                .map(li -> li.findElement(By.tagName("button")).getText()).toList());
        assertTrue(actions.getText().matches("Reply\\s+Edit\\s+Withdraw"), actions.getText());
        assertFalse(browser.find(By.id("comment-" + mine)).getText().contains("ReplyEdit"));

        browser.signOut();

        // River comments on the same section, then Lark replies to Sunflower on the page (Enter on the comment's
        // Reply): the form opens as a reply with focus in its text, and the reply still follows its parent. Lark
        // reports River's comment with its Report button: the secretariat is asked to look at it.
        long between = commentVia("river", id, "{\"sectionId\":" + section2 + ",\"body\":\"A quiet room " + tag
                + ".\",\"attribution\":\"PSEUDONYM\"}");
        browser.signIn("lark", "lark");
        browser.open("/consultations/view?id=" + id);
        assertFalse(browser.has(By.id("edit-" + mine)), "only the author may edit");
        browser.find(By.id("reply-" + mine)).sendKeys(Keys.ENTER);
        browser.waitFor(d -> "new:body".equals(focused()));
        assertEquals("Your reply, on section 2: Article 2", browser.find(By.id("target-heading")).getText());
        press("And one for the evening " + tag + ".");
        browser.find(By.id("new:post")).click();
        browser.waitFor(d -> browser.text().contains("Your comment is posted."));
        // Right after the post, with the message shown: its list is still a list (an alert role on the item took
        // it out of the list, axe's serious "list" failure), and the message is still an alert for screen readers.
        assertEquals("Your comment is posted.", browser.find(By.cssSelector(
                "[id='new:new-messages'] ul > li > span[role='alert']")).getText());
        Browser.Axe posted = browser.axe();
        assertEquals(List.of(), posted.seriousOrCritical(), posted.totals());
        long reply = commentId(id, "And one for the evening " + tag + ".");
        assertEquals(String.valueOf(mine), Db.text("SELECT parent_id FROM consultation_comment WHERE id = " + reply));
        browser.find(By.id("report-" + between)).click();
        browser.waitFor(d -> browser.text().contains("Thank you. The secretariat will look at it."));
        assertEquals("1", Db.text("SELECT reported + 0 FROM consultation_comment WHERE id = " + between));
        assertEquals("0", Db.text("SELECT reported + 0 FROM consultation_comment WHERE id = " + mine));
        browser.open("/consultations/view?id=" + id);
        List<String> order = browser.find(By.id("comments-on-" + section2)).findElements(By.cssSelector("li.comment"))
                .stream().map(li -> li.getAttribute("id")).toList();
        assertEquals(List.of("comment-" + mine, "comment-" + reply, "comment-" + between), order);
        assertTrue(browser.find(By.id("comment-" + reply)).getAttribute("class").contains("level-2"), "indented");
        Browser.Axe axe = browser.axe();
        assertEquals(List.of(), axe.seriousOrCritical(), axe.totals());
        long width = browser.widthOnAPhone();
        assertTrue(width <= 360, "the consultation page scrolls sideways at 360 px: " + width);
        browser.signOut();

        // The ministry's view of the same page is grouped too; on the answer screen the reply comes with its
        // section and the comment it answers.
        browser.signIn("justice", "justice");
        browser.open("/notifications");
        WebElement told = browser.driver().findElements(By.cssSelector("#notifications a.notification__subject"))
                .stream().filter(a -> a.getText().equals("Draft on sections " + tag)).findFirst()
                .orElseThrow(() -> new AssertionError("the new-comments notice names the consultation"));
        assertTrue(told.getAttribute("href").endsWith("/consultations/view?id=" + id + "#comments-heading"),
                told.getAttribute("href"));
        told.click();
        browser.waitFor(d -> browser.has(By.id("comments-on-" + section2)));
        assertTrue(browser.find(By.id("comments-on-" + section2)).getText().contains("And one for the evening " + tag));
        Browser.Axe ministryAxe = browser.axe();
        assertEquals(List.of(), ministryAxe.seriousOrCritical(), ministryAxe.totals());
        browser.open("/ministry/answers?id=" + id);
        browser.waitFor(d -> browser.has(By.id("answers-form:table:2:choose")));
        assertEquals("Section 2: Article 2", browser.find(By.id("section-" + reply)).getText());
        browser.find(By.id("answers-form:table:2:choose")).click();
        browser.waitFor(d -> browser.has(By.id("context-section-title")));
        assertEquals("Section 2: Article 2", browser.find(By.id("context-section-title")).getText());
        assertTrue(browser.find(By.id("context-section-text")).getText().contains("Text of article 2."));
        String thread = browser.find(By.id("context-thread")).getText();
        assertTrue(thread.contains(text), "the parent comment is beside the reply: " + thread);
        assertTrue(thread.contains("And one for the evening " + tag), thread);
        assertFalse(thread.contains("A quiet room " + tag), "another thread is not part of this one");
        assertTrue(browser.find(By.id("thread-" + reply)).getAttribute("class").contains("answering"));
        browser.signOut();

        // The secretariat hides River's reported comment with the Hide under it: the form for the reason opens.
        browser.signIn("secretariat", "secretariat");
        browser.open("/consultations/view?id=" + id);
        browser.find(By.id("hide-" + between)).click();
        browser.waitFor(d -> browser.has(By.id("hide-form:hideReason")));
        type("hide-form:hideReason", "Off the topic of this draft " + tag + ".");
        browser.find(By.id("hide-form:confirm-hide")).click();
        browser.waitFor(d -> browser.text().contains("The comment is hidden and its author is told."));
        assertEquals("Off the topic of this draft " + tag + ".",
                Db.text("SELECT hidden_reason FROM consultation_comment WHERE id = " + between));
        assertFalse(browser.has(By.id("hide-" + between)), "a hidden comment has no Hide any more");
        browser.signOut();
    }

    /** The id of the element that has keyboard focus. */
    private static String focused() {
        return String.valueOf(browser.driver().executeScript(
                "return document.activeElement ? document.activeElement.id : ''"));
    }

    /** Keys sent to whatever has focus, as a keyboard does: no element is picked or clicked. */
    private static void press(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    /**
     * The forms in which a text is shown, once for each visible element that holds it (the innermost one): a message
     * shown twice on the page appears twice here. The page's live region (read out, not shown) does not count.
     */
    @SuppressWarnings("unchecked")
    private static List<String> formsShowing(String text) {
        return (List<String>) browser.driver().executeScript("var t = arguments[0];"
                + "return Array.prototype.filter.call(document.querySelectorAll('body *'), function (el) {"
                + "  return (el.offsetWidth || el.offsetHeight) && !el.closest('.visually-hidden')"
                + "    && el.textContent.indexOf(t) >= 0"
                + "    && !Array.prototype.some.call(el.children, function (c) { return c.textContent.indexOf(t) >= 0; });"
                + "}).map(function (el) { var f = el.closest('form'); return f ? f.id : el.tagName; });", text);
    }

    private static long commentVia(String member, long id, String json) throws Exception {
        HttpResponse<String> posted = ConsultationApiIT.send(member, "POST", "/api/consultations/" + id + "/comments",
                json);
        assertEquals(201, posted.statusCode(), posted.body());
        return Tokens.json(posted.body()).getJsonNumber("id").longValue();
    }

    private static long commentId(long id, String body) throws Exception {
        var page = Tokens.json(ConsultationApiIT.send("secretariat", "GET", "/api/consultations/" + id
                + "/comments?size=200", null).body()).getJsonArray("comments");
        for (int i = 0; i < page.size(); i++) {
            if (body.equals(page.getJsonObject(i).getString("body"))) {
                return page.getJsonObject(i).getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("no comment " + body);
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

    @Test
    void theConsultationsListFiltersByPhaseTwentyToAPageAndTheAddressKeepsBoth() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        List<String> drafts = new java.util.ArrayList<>();
        for (int n = 0; n < 21; n++) {
            drafts.add("Draft " + n + " of " + tag);
            created(ConsultationApiIT.draft(drafts.get(n), 1, 10).toString());
        }
        String open = "Open one of " + tag;
        long openId = created(ConsultationApiIT.draft(open, 0, 10).toString());
        var moved = org.nstac.portal.it.Api.send("justice", "POST", "/api/consultations/" + openId + "/phase",
                "{\"phase\":\"OPEN\"}");
        assertEquals(200, moved.statusCode(), moved.body());

        browser.signIn("justice", "justice");
        browser.open("/consultations");
        browser.find(By.id("phase-OPEN")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("phase=OPEN"));
        assertEquals("page", browser.find(By.id("phase-OPEN")).getAttribute("aria-current"));
        assertTrue(browser.has(By.linkText(open)), "the open consultation is listed");
        assertFalse(browser.text().contains(drafts.get(20)), "no draft among the open ones");

        browser.find(By.id("phase-DRAFT")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("phase=DRAFT"));
        assertEquals(20, browser.driver().findElements(By.cssSelector("[id$='list'] tbody tr")).size(), "twenty to a page");
        assertTrue(browser.has(By.linkText(drafts.get(20))), "newest first");
        assertFalse(browser.has(By.linkText(open)));
        assertFalse(browser.has(By.linkText(drafts.get(0))), "the oldest of the 21 is on the next page");
        browser.find(By.id("list-pager-next")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("page=2"));
        assertTrue(browser.url().contains("phase=DRAFT"), "the next page keeps the filter: " + browser.url());
        assertTrue(browser.has(By.linkText(drafts.get(0))), "the oldest draft is on page two");
        assertTrue(browser.has(By.id("list-pager-previous")));
        browser.driver().navigate().refresh();
        assertTrue(browser.has(By.linkText(drafts.get(0))), "a reload shows the same page");
        browser.signOut();
    }

    @Test
    void aLongConsultationPagesThreadByThreadAtTheCostOfAShortOne() throws Exception {
        long small = ConsultationApiIT.synthetic(100);
        long large = ConsultationApiIT.synthetic(3000);
        browser.signIn("secretariat", "secretariat");
        browser.open("/consultations/view?id=" + small);
        int smallQueries = queryCount();
        browser.open("/consultations/view?id=" + large);
        int largeQueries = queryCount();
        assertEquals(smallQueries, largeQueries, "drawing the page takes the same queries with 100 and 3,000 comments");

        // The synthetic comments are a thread each, on articles 1 to 20 in turn: article 1 holds numbers 0, 20, 40...
        assertEquals("Page 1 of 150", browser.textOf(By.id("comments-page")));
        assertEquals(List.of(0, 20, 380), numbers(0, 1, 19), "the first twenty threads of article 1, oldest first");
        browser.find(By.id("comments:next")).click();
        browser.waitFor(d -> browser.textOf(By.id("comments-page")).equals("Page 2 of 150"));
        assertEquals(List.of(400, 420, 780), numbers(0, 1, 19), "the next twenty, none skipped or shown twice");
        browser.find(By.id("comments:next")).click();
        browser.waitFor(d -> browser.textOf(By.id("comments-page")).equals("Page 3 of 150"));
        assertEquals(List.of(800, 820, 1180), numbers(0, 1, 19));
        browser.find(By.id("comments:previous")).click();
        browser.waitFor(d -> browser.textOf(By.id("comments-page")).equals("Page 2 of 150"));
        assertEquals(List.of(400, 420, 780), numbers(0, 1, 19), "back to the same page two");
        browser.find(By.id("comments:previous")).click();
        browser.waitFor(d -> browser.textOf(By.id("comments-page")).equals("Page 1 of 150"));
        assertEquals(List.of(0, 20, 380), numbers(0, 1, 19));
        browser.signOut();
    }

    /** The numbers of the synthetic comments at these places among those the page shows. */
    private static List<Integer> numbers(int... at) {
        List<Integer> all = browser.driver().findElements(By.cssSelector("li.comment")).stream()
                .map(li -> li.getText().replaceAll("(?s).*Synthetic comment number (\\d+).*", "$1"))
                .map(Integer::valueOf).toList();
        assertEquals(20, all.size(), "twenty threads to a page");
        return java.util.Arrays.stream(at).mapToObj(all::get).toList();
    }

    private static int queryCount() {
        // Waited for, so that a page without it names itself: in CI run 31 the first page after signing in had no
        // #query-count, the portal logged nothing, and NoSuchElementException said nothing of where the browser was.
        browser.waitFor(d -> browser.has(By.id("query-count")));
        return Integer.parseInt(browser.driver().findElement(By.id("query-count")).getAttribute("textContent").strip());
    }

    private static long created(String draft) throws Exception {
        var response = org.nstac.portal.it.Api.send("justice", "POST", "/api/consultations", draft);
        assertEquals(201, response.statusCode(), response.body());
        return Tokens.json(response.body()).getJsonNumber("id").longValue();
    }

    /** Moves the consultation on through its confirmation step, and waits for the page to show the new phase. */
    private static void movePhase(String phase) {
        browser.find(By.id("actions:move")).click();
        browser.waitFor(d -> browser.has(By.id("actions:move-yes")));
        browser.find(By.id("actions:move-yes")).click();
        browser.waitFor(d -> browser.has(By.cssSelector("#consultation-phase.phase--" + phase)));
    }
}
