package org.nstac.portal.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nstac.portal.it.Api;
import org.nstac.portal.it.Browser;
import org.nstac.portal.it.Db;
import org.nstac.portal.it.LedgerCheck;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * In a real browser: a member claims travel with a receipt photo; finance, a second person, approves it and records
 * the payment; the member's statement shows it paid.
 */
@ExtendWith({PortalStack.class, LedgerCheck.class})
class PaymentFlowIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aMemberClaimsTravelWithAReceiptFinanceApprovesAndPaysTheStatementShowsItPaid() throws Exception {
        String note = "Train to the hearing " + UUID.randomUUID().toString().substring(0, 6);
        Path photo = Files.createTempFile("receipt", ".jpg");
        Files.write(photo, Base64.getDecoder().decode(PaymentApiIT.jpeg()));

        browser.signIn("lark", "lark");
        browser.open("/member/payments");
        assertTrue(browser.find(By.id("benefits-note")).getText().contains("social benefits"));
        type("claim:amount", "1e3");
        type("claim:date", LocalDate.now(java.time.ZoneId.of("Europe/Belgrade")).toString());
        type("claim:description", note);
        browser.find(By.id("claim:send-claim")).click();
        browser.waitFor(d -> browser.text().contains("without a thousands separator"));
        assertEquals(note, browser.find(By.id("claim:description")).getAttribute("value"), "nothing typed is lost");
        type("claim:amount", "1280,40");
        browser.find(By.id("claim:receipt")).sendKeys(photo.toString());
        browser.find(By.id("claim:send-claim")).click();
        browser.waitFor(d -> browser.text().contains("Your claim is recorded."));
        browser.waitFor(d -> browser.textOf(By.id("lines")).contains(note));
        assertTrue(browser.find(By.id("lines")).getText().contains("1,280.40 RSD"));
        // The same amount as Serbian writes it: dots group thousands, a comma before the decimals.
        browser.find(By.id("lang-sr")).click();
        browser.waitFor(d -> "sr-Latn".equals(browser.find(By.tagName("html")).getAttribute("lang")));
        assertTrue(browser.find(By.id("lines")).getText().contains("1.280,40 RSD"), browser.textOf(By.id("lines")));
        browser.find(By.id("lang-en")).click();
        browser.waitFor(d -> "en".equals(browser.find(By.tagName("html")).getAttribute("lang")));
        browser.signOut();

        long id = payableWith(note);
        browser.signIn("finance", "finance");
        browser.open("/finance/payables");
        WebElement row = browser.find(By.id("payable-" + id));
        assertTrue(row.getText().contains("Lark") && row.getText().contains("Accrued"), row.getText());
        assertTrue(browser.has(By.cssSelector("#payable-" + id + " [id$=':receipt']")), "the receipt is there");
        row.findElement(By.cssSelector("[id$=':choose']")).click();
        browser.waitFor(d -> browser.has(By.id("ledger:approve")));
        browser.find(By.id("ledger:approve")).click();
        browser.waitFor(d -> browser.text().contains("Approved."));
        browser.find(By.cssSelector("#payable-" + id + " [id$=':choose']")).click();
        browser.waitFor(d -> browser.has(By.id("ledger:pay")));
        type("ledger:reference", "BANK-" + id);
        browser.find(By.id("ledger:pay")).click();
        browser.waitFor(d -> browser.text().contains("The payment is recorded."));
        browser.waitFor(d -> browser.textOf(By.id("payable-" + id)).contains("Paid"));
        // Reversing asks first (naming the payment); "No, go back" leaves the ledger as it was.
        long entries = Db.number("SELECT COUNT(*) FROM ledger_entry WHERE payable_id = " + id);
        browser.find(By.cssSelector("#payable-" + id + " [id$=':choose']")).click();
        browser.waitFor(d -> browser.has(By.id("ledger:reverse")));
        type("ledger:reason", "Paid twice by mistake");
        browser.find(By.id("ledger:reverse")).click();
        browser.waitFor(d -> browser.has(By.id("ledger:reverse-confirm")));
        assertTrue(browser.textOf(By.id("reverse-question")).contains("Reverse payment " + id + "?"),
                browser.textOf(By.id("reverse-question")));
        assertTrue(browser.find(By.id("ledger:reverse-yes")).getAttribute("class").contains("ui-button-danger"));
        browser.waitFor(d -> browser.find(By.id("ledger:reverse-confirm"))
                .equals(browser.driver().switchTo().activeElement()));
        browser.find(By.id("ledger:reverse-no")).click();
        browser.waitFor(d -> browser.has(By.id("ledger:reverse")) && !browser.has(By.id("ledger:reverse-confirm")));
        assertEquals(entries, Db.number("SELECT COUNT(*) FROM ledger_entry WHERE payable_id = " + id),
                "nothing was reversed");
        assertTrue(browser.textOf(By.id("payable-" + id)).contains("Paid"));
        assertFalse(browser.text().contains("Reversed. The ledger keeps both entries."));

        // The bank file asks too (after a step-up, unless the sign-in with the code was a moment ago); going back
        // makes no batch.
        if (browser.has(By.id("batch-confirm"))) {
            browser.find(By.id("batch-confirm")).click();
            browser.giveSignInAgain("finance", "finance");
        }
        browser.waitFor(d -> d.getCurrentUrl().startsWith(PortalStack.portalUrl() + "/finance/payables")
                && browser.has(By.id("ledger:export")));
        long batches = Db.number("SELECT COUNT(*) FROM payment_batch");
        type("ledger:batch-reason", "Monthly transfer");
        browser.find(By.id("ledger:export")).click();
        browser.waitFor(d -> browser.has(By.id("ledger:export-confirm")));
        assertTrue(browser.textOf(By.id("export-question")).contains("Create the bank file now?"));
        browser.find(By.id("ledger:export-no")).click();
        browser.waitFor(d -> browser.has(By.id("ledger:export")) && !browser.has(By.id("ledger:export-confirm")));
        assertEquals(batches, Db.number("SELECT COUNT(*) FROM payment_batch"), "no bank file was made");

        // Twenty to a page, newest first; the next page keeps the chosen state in its address.
        long total = Db.number("SELECT COUNT(*) FROM payable");
        long newest = Db.number("SELECT MAX(id) FROM payable");
        browser.open("/finance/payables");
        assertEquals(Math.min(20, total), browser.driver().findElements(By.cssSelector("#payables tbody tr")).size());
        assertEquals("payable-" + newest, browser.find(By.cssSelector("#payables tbody tr")).getAttribute("id"),
                "the newest first");
        if (total > 20) {
            browser.find(By.id("payable-pager-next")).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("page=2"));
            assertTrue(browser.url().contains("state="), browser.url());
            assertFalse(browser.has(By.id("payable-" + newest)), "page 2 holds older payables");
        } else {
            assertFalse(browser.has(By.id("payable-pager-next")), "one page needs no pager");
        }
        browser.signOut();

        browser.signIn("lark", "lark");
        browser.open("/member/payments");
        String lines = browser.find(By.id("lines")).getText();
        assertTrue(lines.contains(note) && lines.contains("Paid on " + LocalDate.now(java.time.ZoneId.of("Europe/Belgrade")) + " · BANK-" + id), lines);
        browser.open("/notifications");
        assertTrue(browser.text().contains("A payment to you was recorded as paid."));
        browser.signOut();

        browser.signIn("justice", "justice");
        browser.open("/member/payments");
        assertFalse(browser.text().contains(note), "a ministry never sees a member's payments");
        browser.open("/finance/payables");
        assertFalse(browser.text().contains(note));
        browser.signOut();
    }

    private static long payableWith(String description) throws Exception {
        var list = Tokens.json("{\"a\":" + Api.send("finance", "GET", "/api/payables", null).body() + "}")
                .getJsonArray("a");
        for (JsonValue v : list) {
            JsonObject p = v.asJsonObject();
            if (description.equals(p.getString("description", ""))) {
                return p.getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("no payable " + description);
    }

    private static void type(String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
