package org.nstac.portal.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nstac.portal.it.Browser;
import org.nstac.portal.it.PortalStack;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A paid task in a real browser: the secretariat creates it and offers it to the top suggestion; the member
 * accepts, logs more hours than estimated and hands the work in; the secretariat accepts it; the fairness view shows
 * the member's earnings.
 */
@ExtendWith(PortalStack.class)
class TaskFlowIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void secretariatOffersToTheTopSuggestionMemberWorksOverTheEstimateSecretariatAcceptsFairnessShowsIt() {
        String title = "Brief the council on the hearing rules " + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn("secretariat", "secretariat");
        browser.open("/secretariat/tasks");
        // However many tasks the suite made, the list shows twenty at a time and the new-task form is one link away.
        assertTrue(browser.driver().findElements(By.cssSelector("[id='list-form:list'] tbody tr")).size() <= 20,
                "twenty rows at most");
        assertTrue(browser.textOf(By.id("list-form:count")).contains("twenty to a page"),
                browser.textOf(By.id("list-form:count")));
        WebElement active = browser.find(By.id("list-form:list"));
        browser.choose("list-form:show", "Finished or called off");
        browser.waitFor(d -> {
            try {
                active.isDisplayed();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                return true;
            }
        });
        for (WebElement state : browser.driver().findElements(By.cssSelector("[id='list-form:list'] tbody tr td:last-child"))) {
            assertTrue(java.util.Set.of("Accepted", "Cancelled", "No tasks yet.").contains(state.getText().strip()),
                    "only finished tasks: " + state.getText());
        }
        browser.find(By.id("go-new")).click();
        type("new:title", title);
        type("new:outcome", "Two pages that a member can read before the hearing.");
        type("new:hours", "2");
        type("new:rate", "1200");
        type("new:deadline", LocalDate.now(java.time.ZoneId.of("Europe/Belgrade")).plusDays(10).toString());
        browser.find(By.id("new:create")).click();
        // Below the rate card: refused with the card's amount, and nothing typed is lost.
        browser.waitFor(d -> browser.text().contains("The rate card pays 1,500.00 RSD for this work"));
        assertEquals(title, browser.find(By.id("new:title")).getAttribute("value"));
        assertTrue(browser.find(By.id("rate-hint")).getText().contains("1,500.00 RSD for an hour of task work"));
        type("new:rate", "");
        browser.find(By.id("new:create")).click();
        browser.waitFor(d -> browser.has(By.id("task-title")));
        assertTrue(browser.find(By.id("task-pay")).getText().contains("1,500.00 RSD per unit, as on the rate card"),
                browser.find(By.id("task-pay")).getText());
        // The highest-ranked demo member (other tests admit members who have no demo password).
        int row = 0;
        while (!java.util.List.of("Sunflower", "River", "Lark", "Oak").contains(
                browser.find(By.id("suggestion-" + row)).getText().strip())) {
            row++;
        }
        String top = browser.find(By.id("suggestion-" + row)).getText().strip();
        browser.find(By.id("task-form:sug:" + row + ":offer")).click();
        browser.waitFor(d -> browser.text().contains("The task is offered."));
        browser.signOut();

        String login = top.toLowerCase(Locale.ROOT);
        browser.signIn(login, login);
        browser.open("/member/tasks");
        assertTrue(browser.find(By.id("mine")).getText().contains(title));
        browser.find(By.id("mine:list:0:accept")).click();
        browser.waitFor(d -> browser.text().contains("You accepted the task."));
        // The form names its task and has nothing pre-filled for a typed day to be appended to.
        browser.find(By.id("mine:list:0:log-time")).click();
        browser.waitFor(d -> browser.has(By.id("mine:hours")));
        assertTrue(browser.find(By.id("mine:log-form")).getText().contains("Log time: " + title), "the form names the task");
        assertEquals("", browser.find(By.id("mine:date")).getAttribute("value"), "the day is empty: today unless typed");
        // Refused: no 31 November, and more hours than a day has. Each said at its field, listed at the top of the
        // form with focus there, and nothing typed is lost.
        browser.find(By.id("mine:date")).sendKeys("31.11.2026");
        browser.find(By.id("mine:hours")).sendKeys("1,5");
        type("mine:note", "Read the rules and wrote the brief.");
        browser.find(By.id("mine:save-log")).click();
        browser.waitFor(d -> browser.has(By.cssSelector("#mine .error-summary a[href='#mine:date']")));
        assertTrue(browser.textOf(By.cssSelector("#mine .error-summary")).contains("Day"), "the summary names the field");
        assertTrue((Boolean) browser.driver().executeScript(
                "return document.activeElement.closest('.error-summary') !== null"), "focus is on the summary");
        assertEquals("1,5", browser.find(By.id("mine:hours")).getAttribute("value"), "the hours typed stay");
        type("mine:date", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Belgrade")).format(
                java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy")));
        type("mine:hours", "30");
        browser.find(By.id("mine:save-log")).click();
        browser.waitFor(d -> browser.has(By.cssSelector("#mine .error-summary a[href='#mine:hours']")));
        assertTrue(browser.textOf(By.id("mine:log-form")).contains("at most 24"), "the hours' own message, at the field");
        assertEquals("Read the rules and wrote the brief.", browser.find(By.id("mine:note")).getAttribute("value"));
        // The day as people type it (d.M.yyyy) and hours with a decimal comma are read as meant.
        logTime("1,5", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Belgrade")) + ": 1.50 h");
        logTime("1", ": 1.00 h");
        browser.find(By.id("mine:list:0:submit")).click();
        browser.waitFor(d -> browser.has(By.id("mine:hand-in-note")));
        assertTrue(browser.find(By.id("mine:hand-in-form")).getText().contains(title), "the form names the task");
        type("mine:hand-in-note", "Wrote the brief; article 9 is still open.");
        type("mine:hand-in-link", "javascript:alert(1)");
        browser.find(By.id("mine:hand-in")).click();
        browser.waitFor(d -> browser.text().contains("The link must be a web address"));
        assertEquals("Wrote the brief; article 9 is still open.",
                browser.find(By.id("mine:hand-in-note")).getAttribute("value"), "nothing typed is lost");
        type("mine:hand-in-link", "https://docs.example.org/shared/brief");
        browser.find(By.id("mine:hand-in")).click();
        browser.waitFor(d -> browser.text().contains("The work is handed in for review."));
        browser.signOut();

        browser.signIn("secretariat", "secretariat");
        browser.open("/secretariat/tasks");
        browser.find(By.linkText(title)).click();
        browser.waitFor(d -> browser.has(By.id("task-form:off:0:accept-work")));
        String handedIn = browser.find(By.id("task-form:off:0:hand-in")).getText();
        assertTrue(handedIn.contains("Wrote the brief; article 9 is still open."), handedIn);
        assertEquals("https://docs.example.org/shared/brief", browser.find(By.linkText("Open the work handed in"))
                .getAttribute("href"), "the reviewer opens the work from the page");
        browser.find(By.id("task-form:off:0:accept-work")).click();
        browser.waitFor(d -> browser.text().contains("The work is accepted and payable."));
        String payables = browser.find(By.id("payables")).getText();
        assertTrue(payables.contains("3,750.00 RSD for 2.5 h") && payables.contains("more hours than estimated")
                && payables.contains("Accrued"), "2.5 hours at the card's 1500: " + payables);
        browser.open("/secretariat/fairness");
        String table = browser.find(By.id("fairness-table")).getText();
        assertTrue(table.contains(top), table);
        assertTrue(browser.has(By.id("chart")), "the chart is drawn");
        browser.signOut();
    }

    @Test
    void cancellingATaskAsksFirstAndGoingBackLeavesItOpen() throws Exception {
        var created = org.nstac.portal.it.Api.send("secretariat", "POST", "/api/tasks", jakarta.json.Json.createObjectBuilder()
                .add("title", "Read the by-law " + UUID.randomUUID().toString().substring(0, 6))
                .add("outcome", "Written comments on every article.").add("kind", "REVIEW_DRAFT")
                .add("estimatedHours", new java.math.BigDecimal("1")).add("payBasis", "HOURLY")
                .add("rate", new java.math.BigDecimal("1750")).add("rateReason", "The by-law needs a lawyer's reading.")
                .add("deadline", org.nstac.portal.it.PortalTime.today().plusDays(14).toString()).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        long task = org.nstac.portal.it.Tokens.json(created.body()).getJsonNumber("id").longValue();
        assertEquals("1750.00 RSD", org.nstac.portal.it.Db.text("SELECT CONCAT(rate, ' ', currency) FROM task "
                + "WHERE id = " + task), "an agreed rate is kept with its currency");

        browser.signIn("secretariat", "secretariat");
        browser.open("/secretariat/task?id=" + task);
        String pay = browser.textOf(By.id("task-pay"));
        assertTrue(pay.contains("1,750.00 RSD per unit, agreed above the card (1,500.00 RSD): The by-law needs a "
                + "lawyer's reading."), "the task's page states the agreed rate and why: " + pay);
        browser.find(By.id("task-form:cancel")).click();
        browser.waitFor(d -> browser.has(By.id("task-form:cancel-confirm")));
        assertTrue(browser.textOf(By.id("cancel-question")).contains("Cancel this task?"));
        assertTrue(browser.find(By.id("task-form:cancel-yes")).getAttribute("class").contains("ui-button-danger"));
        browser.waitFor(d -> browser.find(By.id("task-form:cancel-confirm"))
                .equals(browser.driver().switchTo().activeElement()));
        browser.find(By.id("task-form:cancel-no")).click();
        browser.waitFor(d -> browser.has(By.id("task-form:cancel")) && !browser.has(By.id("task-form:cancel-confirm")));
        assertEquals("OPEN", org.nstac.portal.it.Db.text("SELECT state FROM task WHERE id = " + task),
                "No, go back leaves the task open");

        browser.find(By.id("task-form:cancel")).click();
        browser.find(By.id("task-form:cancel-yes")).click();
        browser.waitFor(d -> browser.text().contains("The task is cancelled."));
        assertEquals("CANCELLED", org.nstac.portal.it.Db.text("SELECT state FROM task WHERE id = " + task));
        browser.signOut();
    }

    private static void logTime(String hours, String listed) {
        if (!browser.has(By.id("mine:hours"))) {
            browser.find(By.id("mine:list:0:log-time")).click();
            browser.waitFor(d -> browser.has(By.id("mine:hours")));
        }
        type("mine:hours", hours);
        type("mine:note", "Read the rules and wrote the brief.");
        browser.find(By.id("mine:save-log")).click();
        browser.waitFor(d -> browser.text().contains(listed));
    }

    private static void type(String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
