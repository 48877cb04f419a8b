package org.nstac.portal.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nstac.portal.it.Browser;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.PortalTime;
import org.openqa.selenium.By;

/**
 * In the browser: sunflower asks for support from her page (told that no story is needed; a mistake keeps what she
 * typed), the secretariat's support duty acknowledges it from its list, and sunflower sees that someone has it.
 */
@ExtendWith({PortalStack.class, PortalTime.class})
class SupportFlowIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void sunflowerAsksForSupportAndSeesThatSomeoneHasIt() {
        String note = "After six is best " + MemberDataExportIT.letters();
        browser.signIn("sunflower", "sunflower");
        browser.open("/member/dashboard");
        browser.find(By.id("go-support")).click();
        browser.waitFor(d -> browser.has(By.id("ask:send")));
        assertTrue(browser.textOf(By.id("no-story")).contains("No story is needed"), browser.text());

        browser.find(By.xpath("//label[contains(., 'A meeting')]")).click();
        browser.find(By.xpath("//label[normalize-space(.)='Now']")).click();
        browser.find(By.id("ask:note")).sendKeys(note);
        browser.find(By.id("ask:send")).click();
        browser.waitFor(d -> browser.text().contains("Choose the meeting the request is about."));
        assertEquals(note, browser.find(By.id("ask:note")).getAttribute("value"), "nothing typed is lost");

        browser.find(By.xpath("//label[contains(., 'Something else')]")).click();
        browser.find(By.id("ask:send")).click();
        browser.waitFor(d -> browser.text().contains("Your request was sent to the support person now."));
        assertTrue(browser.textOf(By.id("requests")).contains("Sent, waiting for the support person"),
                browser.textOf(By.id("requests")));
        browser.signOut();

        browser.signIn("secretariat", "secretariat");
        browser.open("/support/requests");
        browser.waitFor(d -> browser.text().contains(note));
        browser.find(By.xpath("//tr[contains(., '" + note + "')]//button")).click();
        browser.waitFor(d -> browser.text().contains("Acknowledged. The member sees that you have it."));
        browser.signOut();

        browser.signIn("sunflower", "sunflower");
        browser.open("/member/support");
        assertTrue(browser.textOf(By.id("requests")).contains("Someone has it"), browser.textOf(By.id("requests")));
        browser.signOut();

        browser.signIn("river", "river");
        browser.open("/support/requests");
        assertTrue(!browser.text().contains(note), "another member sees nothing of it");
    }
}
