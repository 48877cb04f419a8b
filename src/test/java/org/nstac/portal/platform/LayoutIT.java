package org.nstac.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.nstac.portal.it.Api;
import org.nstac.portal.it.Browser;
import org.nstac.portal.it.Db;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.PortalTime;
import org.nstac.portal.it.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.logging.LogType;

/**
 * The public landing page, the language switch, Quick exit, error pages and security headers; every role's dashboard
 * as a to-do list (counts and links to the items a test made), and the look every page shares: axe-core (WCAG
 * 2.0/2.1 A and AA) finds no serious or critical failure on the dashboards and the pages issue 17 changed, and no
 * dashboard scrolls sideways on a 360 px phone.
 */
@ExtendWith(PortalStack.class)
class LayoutIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void theLanguageSwitchTurnsThePageSerbianAndIsRemembered() {
        browser.open("/");
        browser.clearCookies();
        browser.open("/");
        assertEquals("en", browser.find(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.text().contains("Quick exit"));

        browser.find(By.id("lang-sr")).click();
        browser.waitFor(d -> "sr-Latn".equals(browser.find(By.tagName("html")).getAttribute("lang")));
        assertEquals("/", browser.path(), "back on the same page");
        assertTrue(browser.text().contains("Brzi izlaz"), "the Quick exit button speaks Serbian");
        assertTrue(browser.text().contains("Prijava"), "the sign-in link speaks Serbian");

        browser.open("/");
        assertEquals("sr-Latn", browser.find(By.tagName("html")).getAttribute("lang"), "the choice is remembered");
        browser.find(By.id("lang-en")).click();
        browser.waitFor(d -> "en".equals(browser.find(By.tagName("html")).getAttribute("lang")));
    }

    @Test
    void quickExitReplacesThePageSoBackDoesNotReturnToThePortal() {
        browser.open("about:blank");
        browser.open("/");
        browser.find(By.id("quick-exit")).click();
        browser.waitFor(d -> d.getCurrentUrl().startsWith(PortalStack.QUICK_EXIT_URL));

        browser.driver().navigate().back();
        browser.waitFor(d -> !d.getCurrentUrl().startsWith(PortalStack.QUICK_EXIT_URL));
        assertFalse(browser.url().startsWith(PortalStack.portalUrl()), "Back skips the portal page: " + browser.url());
    }

    @Test
    void quickExitEndsTheSignInSoNeitherThePortalAddressNorBackShowsHerPayments() throws Exception {
        browser.signIn("sunflower", "sunflower");
        browser.open("/member/payments");
        assertTrue(browser.has(By.id("my-payments")), "signed in, her payments are shown");
        assertTrue(browser.holdsPortalSession(), "the browser holds her session, which Quick exit will end");
        long ended = Db.number("SELECT COUNT(*) FROM revoked_session");

        browser.find(By.id("quick-exit")).click();
        browser.waitFor(d -> d.getCurrentUrl().startsWith(PortalStack.QUICK_EXIT_URL));
        waitForEndedSessions(ended);

        // Back first: the page before the payments (her dashboard) must not come back with her data.
        browser.driver().navigate().back();
        browser.waitFor(d -> !d.getCurrentUrl().startsWith(PortalStack.QUICK_EXIT_URL)
                && "complete".equals(browser.driver().executeScript("return document.readyState")));
        assertFalse(browser.has(By.id("signed-in-as")), "Back shows no signed-in portal page: " + browser.url());
        assertFalse(browser.has(By.id("my-payments")));
        assertTrue(browser.onKeycloakLogin(), "Back lands on the sign-in page: " + browser.url());

        // The portal's address asks for the password again: the beacon ended the portal and the Keycloak session.
        browser.open("/member/payments");
        assertTrue(browser.onKeycloakLogin(), "the portal's address asks to sign in: " + browser.url());
        assertFalse(browser.has(By.id("my-payments")));
    }

    @Test
    void escapeThreeTimesAlsoEndsTheSignIn() throws Exception {
        browser.signIn("river", "river");
        browser.open("/member/payments");
        assertTrue(browser.holdsPortalSession(), "the browser holds her session, which Quick exit will end");
        long ended = Db.number("SELECT COUNT(*) FROM revoked_session");
        var body = browser.find(By.tagName("body"));
        for (int i = 0; i < 3; i++) {
            body.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        }
        browser.waitFor(d -> d.getCurrentUrl().startsWith(PortalStack.QUICK_EXIT_URL));
        waitForEndedSessions(ended);
        browser.open("/member/payments");
        assertTrue(browser.onKeycloakLogin(), "the portal's address asks to sign in: " + browser.url());
    }

    /**
     * The beacon travels while the browser leaves: wait until the portal has recorded the ended Keycloak session (it
     * does so after Keycloak confirmed the end) and the beacon's answer has reached the browser, as for a person opening
     * the portal again seconds later. The answer also deletes the session cookie: opened before it arrived, the portal
     * starts a sign-in whose cookie that late answer deletes, and the sign-in comes back without a session (CI run 36,
     * with three suites on two cores: "A sign-in came back without a session", and the home page signed out).
     */
    private static void waitForEndedSessions(long before) {
        browser.waitFor(d -> {
            try {
                return Db.number("SELECT COUNT(*) FROM revoked_session") > before && !browser.holdsPortalSession();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void theLandingPageShowsNoScriptErrorsUnderTheContentSecurityPolicy() {
        browser.open("/");
        var errors = browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(e -> e.getMessage())
                .toList();
        assertTrue(errors.isEmpty(), "no blocked scripts or script errors: " + errors);
        assertTrue(browser.has(By.id("home")));
    }

    @Test
    void thePageIsReadableOnAPhone() {
        browser.driver().manage().window().setSize(new Dimension(360, 740));
        try {
            browser.open("/");
            Long scrollWidth = (Long) browser.driver().executeScript("return document.documentElement.scrollWidth");
            assertTrue(scrollWidth <= 360, "no sideways scrolling at 360 px: " + scrollWidth);
            assertTrue(browser.find(By.id("quick-exit")).isDisplayed());
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void anUnknownPageShowsTheFriendlyNotFoundPageWithoutInternals() throws Exception {
        HttpResponse<String> response = get("/no/such/page");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("id=\"error-404\""));
        for (String internal : new String[] {"Caused by", "\tat ", "at org.", "at java.", "Stack trace", "Payara"}) {
            assertFalse(response.body().contains(internal), "the page shows no internals: " + internal);
        }
        assertEquals(1, response.headers().allValues("Content-Security-Policy").size(), "one policy, with nonces");
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("org.nstac.portal"), "the page source names none of the portal's classes");
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.matches(".*script-src 'self' 'nonce-[^']+'.*"), "script nonces: " + csp);
        assertFalse(csp.contains("unsafe-eval"), csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        String nonce = csp.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertTrue(page.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the header's nonce");

        HttpResponse<String> protectedPage = get("/member/dashboard");
        assertEquals(302, protectedPage.statusCode(), "a protected page sends the visitor to sign in");
        assertEquals("no-store", protectedPage.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(protectedPage.headers().firstValue("Content-Security-Policy").orElse("")
                .contains("frame-ancestors 'none'"));

        HttpResponse<String> api = get("/api/me");
        assertEquals("nosniff", api.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(api.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
    }

    /**
     * Browsers keep the portal's style sheet and scripts a week: their addresses carry a digest of the files as
     * built ({@code ?v=}), so a changed script reaches everyone at once. PrimeFaces' own keep their version.
     */
    @Test
    void theStyleSheetAndScriptsAreAddressedByTheirContentSoAChangeReachesBrowsersAtOnce() throws Exception {
        java.util.SortedMap<String, byte[]> built = new java.util.TreeMap<>();
        java.nio.file.Path webapp = java.nio.file.Path.of("src/main/webapp");
        try (var files = java.nio.file.Files.walk(webapp.resolve("resources/portal"))) {
            for (var file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                built.put("/" + webapp.relativize(file).toString().replace('\\', '/'),
                        java.nio.file.Files.readAllBytes(file));
            }
        }
        String version = ResourceVersion.of(built);
        String page = get("/").body();
        for (String own : List.of("portal/css/portal.css", "portal/js/portal.js", "portal/js/feedback.js")) {
            var address = java.util.regex.Pattern.compile("\"(/jakarta\\.faces\\.resource/" + own.replace(".", "\\.")
                    + "\\.xhtml\\?v=([0-9a-f]{12}))\"").matcher(page);
            assertTrue(address.find(), own + " with its version in " + page);
            assertEquals(version, address.group(2), own + ": the digest of the portal's resources as built");
            HttpResponse<String> served = get(address.group(1));
            assertEquals(200, served.statusCode(), address.group(1));
            assertEquals(new String(built.get("/resources/" + own), java.nio.charset.StandardCharsets.UTF_8),
                    served.body(), "the file itself");
        }
        assertTrue(page.contains("ln=primefaces&amp;v="), "PrimeFaces' own resources keep their version");
        assertFalse(page.matches("(?s).*v=[^\"&]*&amp;v=.*"), "no address carries two versions");
    }

    @Test
    void aTaskOfferAndAMeetingInvitationWaitingForSunflowerAreFirstOnHerDashboardWithLinks() throws Exception {
        String title = "Dashboard offer " + UUID.randomUUID().toString().substring(0, 6);
        long task = task(title);
        var offered = Api.send("secretariat", "POST", "/api/tasks/" + task + "/offers",
                "{\"memberRef\":\"" + Db.memberRef("sunflower") + "\"}");
        assertEquals(201, offered.statusCode(), offered.body());
        String meetingTitle = "Dashboard invitation " + UUID.randomUUID().toString().substring(0, 6);
        long meeting = meetingWithoutPlan(meetingTitle);
        var planned = Api.send("secretariat", "PUT", "/api/meetings/" + meeting + "/safety-plan", Json.createObjectBuilder()
                .add("supportPersonName", "Kristina from the secretariat").add("supportContact", "+381 60 000 0000")
                .add("quietRoom", "Room 4").add("noStoriesRuleAcknowledged", true).build().toString());
        assertEquals(200, planned.statusCode(), planned.body());
        var invited = Api.send("secretariat", "POST", "/api/meetings/" + meeting + "/invitations",
                "{\"memberRef\":\"" + Db.memberRef("sunflower") + "\"}");
        assertEquals(201, invited.statusCode(), invited.body());

        browser.signIn("sunflower", "sunflower");
        browser.open("/member/dashboard");
        var invitation = browser.find(By.id("todo-meeting-invitations"));
        assertTrue(Long.parseLong(invitation.getAttribute("data-count")) >= 1, "the invitation is counted");
        assertTrue(invitation.getAttribute("class").contains("todo__line--waiting"), "waiting for her answer");
        assertTrue(invitation.findElements(By.tagName("a")).stream().anyMatch(a -> a.getText().equals(meetingTitle)
                && a.getAttribute("href").endsWith("/member/meetings")), "the meeting is named and linked: "
                + invitation.getText());
        var line = browser.find(By.id("todo-task-offers"));
        assertTrue(Long.parseLong(line.getAttribute("data-count")) >= 1, "the offer is counted");
        assertTrue(line.getAttribute("class").contains("todo__line--waiting"), "marked as waiting for her");
        assertEquals(PortalStack.portalUrl() + "/member/tasks",
                browser.find(By.id("todo-task-offers-link")).getAttribute("href"));
        assertTrue(line.findElements(By.tagName("a")).stream().anyMatch(a -> a.getText().equals(title)),
                "the offer itself is named and linked: " + line.getText());
        assertFalse(browser.has(By.id("todo-terms")), "she accepted the engagement terms: nothing to do there");
        assertTrue(browser.find(By.id("todo-participation")).getText().contains("taking part"), "not paused");
        assertFalse(browser.text().contains("What you will find here"), "no brochure");
        List<String> lines = lineIds();
        assertTrue(lines.indexOf("todo-task-offers") < lines.indexOf("todo-participation"), "waiting lines first: " + lines);
        assertTrue(lines.indexOf("todo-meeting-invitations") < lines.indexOf("todo-participation"), "waiting first: " + lines);
        assertDashboardIsAccessibleAndFitsAPhone();
        long header = browser.heightOnAPhone("header.portal-header");
        assertTrue(header <= 135, "on a phone the header leaves the screen to the page (212 px before): " + header);

        // Keyboard only: accepting the offer leaves focus on the message it produced, which is also read out.
        browser.open("/member/tasks");
        // Waited for, so that a miss names the page and what it showed: CI run 34 found no article with the offer
        // here, right after the dashboard had listed it, and the portal logged nothing.
        browser.waitFor(d -> browser.textOf(By.id("my-tasks")).contains(title));
        var article = browser.driver().findElements(By.cssSelector("article.task")).stream()
                .filter(a -> a.getText().contains(title)).findFirst().orElseThrow();
        article.findElement(By.cssSelector("button[id$=':accept']")).sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitFor(d -> Boolean.TRUE.equals(browser.driver().executeScript("var a = document.activeElement;"
                + "return !!(a && a.closest('.ui-messages, .feedback') && a.textContent.trim().length > 0);")));
        browser.waitFor(d -> !browser.textOf(By.id("live-feedback")).isBlank()
                || !String.valueOf(browser.driver().executeScript(
                        "return document.getElementById('live-feedback').textContent")).isBlank());

        for (String page : List.of("/member/payments", "/member/tasks", "/member/meetings")) {
            browser.open(page);
            assertNoSeriousOrCriticalFailures();
            long width = browser.widthOnAPhone();
            assertTrue(width <= 360, page + " scrolls sideways at 360 px: " + width);
        }
        browser.signOut();
    }

    @Test
    void theSecretariatSeesWorkToDoWithLinksAndItsPagesHaveLabelledControls() throws Exception {
        String title = "Meeting without a plan " + UUID.randomUUID().toString().substring(0, 6);
        long meeting = meetingWithoutPlan(title);
        long task = task("Offer names " + UUID.randomUUID().toString().substring(0, 6));

        browser.signIn("secretariat", "secretariat");
        browser.open("/secretariat/dashboard");
        var line = browser.find(By.id("todo-meeting-no-plan"));
        long count = Long.parseLong(line.getAttribute("data-count"));
        assertTrue(count >= 1, "the meeting without a safety plan is counted");
        assertTrue(count > 5 || browser.has(By.cssSelector("#todo-meeting-no-plan a[href$='/secretariat/meeting?id="
                + meeting + "']")), "and linked: " + line.getText());
        for (String id : List.of("todo-task-review", "todo-task-not-offered", "todo-comments-reported",
                "todo-members-admitted")) {
            assertTrue(browser.has(By.id(id)), id);
        }
        assertDashboardIsAccessibleAndFitsAPhone();

        browser.open("/secretariat/task?id=" + task);
        var offers = browser.driver().findElements(By.cssSelector("button[id$=':offer']"));
        assertFalse(offers.isEmpty(), "members are suggested");
        for (var offer : offers) {
            assertTrue(offer.getAttribute("aria-label").matches("Offer to \\S.*"),
                    "each Offer button names its member: " + offer.getAttribute("aria-label"));
        }
        assertNoSeriousOrCriticalFailures();
        // Keyboard only: Enter on an Offer button offers the task, and focus lands on the message that says so.
        offers.get(0).sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitFor(d -> Boolean.TRUE.equals(browser.driver().executeScript("var a = document.activeElement;"
                + "return !!(a && a.closest('.ui-messages, .feedback')"
                + " && a.textContent.indexOf('The task is offered.') >= 0);")));
        // A refused form: a summary at its top, focused, with one link per field in error that moves focus there.
        browser.open("/secretariat/admit");
        browser.find(By.id("admission:admit-button")).sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitFor(d -> browser.has(By.cssSelector("#admission > .error-summary")));
        assertEquals(Boolean.TRUE, browser.driver().executeScript(
                "return document.activeElement === document.querySelector('#admission > .error-summary')"));
        var toPseudonym = browser.find(By.cssSelector("#admission > .error-summary a[href='#admission:pseudonym']"));
        assertTrue(toPseudonym.getText().startsWith("Pseudonym"), toPseudonym.getText());
        assertTrue(browser.has(By.cssSelector("#admission > .error-summary a[href='#admission:legalName']")));
        toPseudonym.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitFor(d -> "admission:pseudonym".equals(browser.driver()
                .executeScript("return document.activeElement.id")));
        assertNoSeriousOrCriticalFailures();

        for (String page : List.of("/secretariat/tasks", "/secretariat/meeting?id=" + meeting,
                "/secretariat/meeting?id=" + demoMeetingWithAcceptedMembers())) {
            browser.open(page);
            assertNoSeriousOrCriticalFailures();
        }
        var presence = browser.driver().findElements(By.cssSelector("select[id$=':presence']"));
        assertFalse(presence.isEmpty(), "the demo meeting lists members who accepted");
        for (var field : presence) {
            assertTrue(field.getAttribute("aria-label").matches("Presence of \\S.*"), field.getAttribute("aria-label"));
        }
        browser.signOut();
    }

    @Test
    void financeSeesExactlyThePayablesWaitingForApproval() throws Exception {
        browser.signIn("finance", "finance");
        browser.open("/finance/dashboard");
        long waiting = Db.number("SELECT COUNT(*) FROM payable p WHERE NOT EXISTS "
                + "(SELECT 1 FROM ledger_entry e WHERE e.payable_id = p.id)");
        var line = browser.find(By.id("todo-payments-accrued"));
        assertEquals(String.valueOf(waiting), line.getAttribute("data-count"));
        assertEquals(PortalStack.portalUrl() + "/finance/payables",
                browser.find(By.id("todo-payments-accrued-link")).getAttribute("href"));
        assertTrue(browser.has(By.id("todo-payments-late")));
        assertDashboardIsAccessibleAndFitsAPhone();

        // Choosing a payable, by keyboard, puts focus in the panel that opened for it, however far below the row;
        // choosing another one moves focus there again.
        browser.find(By.id("todo-payments-accrued-link")).click();
        var choose = browser.driver().findElements(By.cssSelector("button[id$=':choose']"));
        assertTrue(choose.size() >= 2, "the demo's payables");
        for (int row : new int[] {0, 1}) {
            String id = browser.driver().findElements(By.cssSelector("button[id$=':choose']")).get(row).getAttribute("id");
            browser.find(By.id(id)).sendKeys(org.openqa.selenium.Keys.ENTER);
            browser.waitFor(d -> Boolean.TRUE.equals(browser.driver().executeScript(
                    "var p = document.querySelector('[id$=\\':chosen\\']');"
                    + "return !!(p && p.contains(document.activeElement));")));
        }
        browser.signOut();
    }

    @Test
    void theMinistrySeesCommentsWaitingForItsAnswerAndHasOneConsultationsLink() throws Exception {
        browser.signIn("justice", "justice");
        browser.open("/ministry/dashboard");
        assertFalse(browser.find(By.id("menu-ministry")).getText()
                .equals(browser.find(By.id("menu-consultations")).getText()), "two menu links, two names");
        var line = browser.find(By.id("todo-comments-waiting"));
        assertTrue(Long.parseLong(line.getAttribute("data-count")) >= 1, "the demo consultation has comments waiting");
        assertTrue(browser.has(By.cssSelector("#todo-comments-waiting a[href*='/ministry/answers?id=']")),
                "linked to the answer screen: " + line.getText());
        assertTrue(browser.has(By.id("todo-consultation-drafts")));
        assertTrue(browser.has(By.id("todo-answers-overdue")));
        assertDashboardIsAccessibleAndFitsAPhone();
        browser.open("/ministry/consultation");
        assertNoSeriousOrCriticalFailures();
        browser.signOut();
    }

    @Test
    void everyOtherRolesDashboardIsAToDoListThatPassesAxeAndFitsAPhone() throws Exception {
        record Seen(String user, String area, String line) {
        }
        for (Seen seen : List.of(new Seen("oak", "chair", "todo-positions-to-submit"),
                new Seen("custodian", "custodian", "todo-identity-reveals"),
                new Seen("observer", "observer", "todo-reports-published"),
                new Seen("admin", "admin", "todo-audit-chain"),
                new Seen("union", "partner", "todo-comments-waiting"))) {
            browser.signIn(seen.user(), seen.user());
            browser.open("/" + seen.area() + "/dashboard");
            assertTrue(browser.has(By.id("dashboard-" + seen.area())), seen.area());
            assertTrue(browser.has(By.id(seen.line())), seen.area() + " shows " + seen.line());
            assertFalse(browser.text().contains("What you will find here"), "no brochure on " + seen.area());
            assertDashboardIsAccessibleAndFitsAPhone();
            if ("observer".equals(seen.area())) {
                assertTrue(Long.parseLong(browser.find(By.id(seen.line())).getAttribute("data-count")) >= 1,
                        "the demo's published report");
                assertTrue(browser.has(By.cssSelector("#todo-reports-published a[href*='/consultations/view?id=']")));
                // The annual report it links to exists: the demo data publishes last year's.
                browser.find(By.id("go-annual-report")).click();
                browser.waitFor(d -> browser.path().startsWith("/annual-report"));
                assertTrue(browser.text().contains(String.valueOf(PortalTime.today().getYear() - 1)),
                        "last year's published report opens from the observer's dashboard");
                browser.open("/observer/dashboard");
            }
            if ("chair".equals(seen.area())) {
                // The chair's position field on an open consultation is labelled.
                browser.open("/consultations/view?id="
                        + Db.number("SELECT id FROM consultation WHERE phase = 'OPEN' ORDER BY id LIMIT 1"));
                if (browser.has(By.cssSelector("textarea[id$='positionText']"))) {
                    assertNoSeriousOrCriticalFailures();
                }
                browser.open("/chair/dashboard");
                long toSubmit = Db.number("SELECT COUNT(*) FROM consultation k WHERE k.phase IN ('OPEN', 'CLOSED') "
                        + "AND NOT EXISTS (SELECT 1 FROM council_position p WHERE p.consultation_id = k.id "
                        + "AND p.submitted_at IS NOT NULL)");
                assertEquals(String.valueOf(toSubmit), browser.find(By.id(seen.line())).getAttribute("data-count"));
            }
            browser.signOut();
        }
    }

    /**
     * Issue 17's sweep: for every demo role, each page its menu and its dashboard link to is checked with axe-core
     * (WCAG 2.0/2.1 A and AA: no serious or critical failure) and on a 360 px phone (no sideways scrolling). All
     * failures are gathered and reported together, with the axe totals per page printed to the test output.
     */
    @Test
    void everyPageOnEachRolesMenuAndDashboardPassesAxeAndFitsAPhone() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String user : List.of("sunflower", "oak", "secretariat", "custodian", "finance", "justice", "union",
                "observer", "admin")) {
            browser.signIn(user, user);
            java.util.Set<String> pages = new java.util.LinkedHashSet<>();
            pages.add(browser.path());
            pages.addAll(linkedPages());
            for (String page : pages) {
                // Loaded once, on a phone; axe then runs on it at a desktop's width.
                long width = browser.openOnAPhone(page);
                Browser.Axe axe = browser.axe();
                if (!axe.seriousOrCritical().isEmpty()) {
                    failures.add(user + " " + page + ": " + axe.seriousOrCritical());
                }
                if (width > 360) {
                    failures.add(user + " " + page + ": " + width + " px wide at 360 px");
                }
                checked++;
            }
            browser.signOut();
        }
        System.out.println("issue 17 sweep: " + checked + " pages checked, " + failures.size() + " failures");
        assertTrue(checked >= 40, "the sweep reached the roles' pages: " + checked);
        assertEquals(List.of(), failures, "pages failing axe or the phone width");
    }

    /** The portal pages linked from the menu and the page now shown, without downloads, sign-out or language links. */
    private static List<String> linkedPages() {
        String origin = PortalStack.portalUrl();
        List<String> found = new ArrayList<>();
        for (var a : browser.driver().findElements(By.cssSelector("nav a[href], main a[href]"))) {
            String href = a.getAttribute("href");
            if (href == null || !href.startsWith(origin + "/")) {
                continue;
            }
            String path = href.substring(origin.length()).replaceAll("#.*$", "");
            if (path.isEmpty() || path.equals("/") || path.matches(".*(logout|sign-out|/language|/export|format=|"
                    + "\\.pdf|\\.csv|/download|quick-exit).*")) {
                continue;
            }
            if (!found.contains(path)) {
                found.add(path);
            }
        }
        return found;
    }

    private static void assertDashboardIsAccessibleAndFitsAPhone() {
        assertTrue(browser.has(By.id("todo")), "a to-do list");
        assertNoSeriousOrCriticalFailures();
        String page = browser.path();
        long width = browser.widthOnAPhone();
        assertTrue(width <= 360, page + " scrolls sideways at 360 px: " + width);
    }

    private static void assertNoSeriousOrCriticalFailures() {
        Browser.Axe axe = browser.axe();
        assertTrue(axe.passes() > 10, "axe-core ran: " + axe.totals());
        assertEquals(List.of(), axe.seriousOrCritical(), "axe-core on " + axe.page());
    }

    @Test
    void aPausedMemberIsToldFirstOnHerDashboardThatSheHasPausedAndNothingIsOffered() throws Exception {
        var paused = Api.send("lark", "POST", "/api/me/pause", "{}");
        assertEquals(200, paused.statusCode(), paused.body());
        try {
            browser.signIn("lark", "lark");
            browser.open("/member/dashboard");
            var line = browser.find(By.id("todo-participation"));
            assertTrue(line.getText().contains("You have paused"), line.getText());
            List<String> lines = lineIds();
            long waiting = browser.driver().findElements(By.cssSelector("#todo > li.todo__line--waiting")).size();
            assertEquals(waiting, lines.indexOf("todo-participation"), "right after what waits for her answer, "
                    + "before everything else: " + lines);
            assertEquals(PortalStack.portalUrl() + "/member/participation",
                    line.findElement(By.tagName("a")).getAttribute("href"), "where she comes back");

            // Whatever the keyboard reaches shows it plainly: a 3 px dark outline (the pale glow was about 1.5:1).
            var keys = new org.openqa.selenium.interactions.Actions(browser.driver());
            java.util.Set<String> checked = new java.util.TreeSet<>();
            for (int i = 0; i < 25 && checked.size() < 2; i++) {
                keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
                @SuppressWarnings("unchecked")
                var focus = (java.util.Map<String, Object>) browser.driver().executeScript("var a = document.activeElement,"
                        + " s = getComputedStyle(a); return {tag: a.tagName, text: a.textContent.trim(),"
                        + " style: s.outlineStyle, width: s.outlineWidth, color: s.outlineColor};");
                if (List.of("A", "BUTTON").contains(focus.get("tag"))) {
                    assertEquals("solid 3px rgb(31, 41, 51)", focus.get("style") + " " + focus.get("width") + " "
                            + focus.get("color"), "the focus outline of " + focus.get("tag") + " " + focus.get("text"));
                    checked.add((String) focus.get("tag"));
                }
            }
            assertEquals(java.util.Set.of("A", "BUTTON"), checked, "a link and a button were reached by Tab");
            browser.signOut();
        } finally {
            assertEquals(200, Api.send("lark", "DELETE", "/api/me/pause", "").statusCode(), "lark takes part again");
        }
    }

    private static List<String> lineIds() {
        List<String> ids = new ArrayList<>();
        for (var li : browser.driver().findElements(By.cssSelector("#todo > li"))) {
            ids.add(li.getAttribute("id"));
        }
        return ids;
    }

    /** A demo meeting with members who accepted: its page shows the attendance fields, one pair per member. */
    private static long demoMeetingWithAcceptedMembers() throws Exception {
        return Db.number("SELECT i.meeting_id FROM meeting_invitation i JOIN meeting m ON m.id = i.meeting_id "
                + "WHERE i.state = 'ACCEPTED' AND m.state = 'PLANNED' ORDER BY i.meeting_id LIMIT 1");
    }

    private static long task(String title) throws Exception {
        var created = Api.send("secretariat", "POST", "/api/tasks", Json.createObjectBuilder()
                .add("title", title).add("outcome", "Written comments on every article.").add("kind", "REVIEW_DRAFT")
                .add("estimatedHours", new java.math.BigDecimal("1")).add("payBasis", "HOURLY")
                .add("deadline", PortalTime.today().plusDays(14).toString()).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return Tokens.json(created.body()).getJsonNumber("id").longValue();
    }

    private static long meetingWithoutPlan(String title) throws Exception {
        var start = PortalTime.today().plusDays(1).atTime(LocalTime.NOON).atZone(ZoneId.of("Europe/Belgrade"))
                .toInstant();
        var created = Api.send("secretariat", "POST", "/api/meetings", Json.createObjectBuilder()
                .add("kind", "PLENARY").add("title", title).add("agenda", "1. Welcome\n2. The draft")
                .add("start", start.toString()).add("end", start.plusSeconds(3 * 3600).toString())
                .add("online", false).add("venueOrLink", "Room 2").add("language", "sr-Latn")
                .add("meetingDays", "1").add("preparationHours", "2").add("perDiemDays", 1).add("travelKm", "0")
                .build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return Tokens.json(created.body()).getJsonNumber("id").longValue();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(PortalStack.portalUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
