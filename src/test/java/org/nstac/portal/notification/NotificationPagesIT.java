package org.nstac.portal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nstac.portal.it.Browser;
import org.nstac.portal.it.Db;
import org.nstac.portal.it.PortalStack;
import org.openqa.selenium.By;

/**
 * The notifications page shows twenty to a page, newest first, with Previous / Next links, and can show only the
 * ones not yet read; the address keeps both, so Back, reload and bookmarks show the same page.
 */
@ExtendWith(PortalStack.class)
class NotificationPagesIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void twentyToAPageNewestFirstAndTheUnreadOnesOnTheirOwn() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        // 25 notices for the observer, newest last; the even ones already read.
        try (Connection db = Db.connectAsOwner(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO notification (recipient, message_key, link, created_at, read_at, subject) "
                        + "VALUES ('observer', 'notification.consultation.opened', '/consultations', ?, ?, ?)")) {
            for (int n = 0; n < 25; n++) {
                Timestamp at = Timestamp.from(Instant.now().plusMillis(n));
                insert.setTimestamp(1, at);
                insert.setTimestamp(2, n % 2 == 0 ? at : null);
                insert.setString(3, "Notice " + n + " of " + tag);
                insert.executeUpdate();
            }
        }

        browser.signIn("observer", "observer");
        browser.open("/notifications");
        assertEquals("page", browser.find(By.id("show-all")).getAttribute("aria-current"));
        assertEquals(20, browser.driver().findElements(By.cssSelector("ul.notifications > li")).size(), "twenty to a page");
        assertTrue(browser.has(By.linkText("Notice 24 of " + tag)), "newest first");
        assertFalse(browser.has(By.linkText("Notice 4 of " + tag)), "the oldest five are on the next page");
        browser.find(By.id("notification-pager-next")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("page=2"));
        assertTrue(browser.has(By.linkText("Notice 4 of " + tag)) && browser.has(By.linkText("Notice 0 of " + tag)));
        assertTrue(browser.textOf(By.id("notification-pager")).contains("Page 2 of"));

        browser.open("/notifications");
        browser.find(By.id("show-unread")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("show=unread"));
        assertEquals("page", browser.find(By.id("show-unread")).getAttribute("aria-current"));
        assertTrue(browser.has(By.linkText("Notice 23 of " + tag)), "an unread notice");
        assertFalse(browser.has(By.linkText("Notice 24 of " + tag)), "a read one is not among the unread");
        browser.driver().navigate().refresh();
        assertTrue(browser.has(By.linkText("Notice 23 of " + tag)), "a reload keeps the choice");
        assertFalse(browser.has(By.linkText("Notice 24 of " + tag)));
        browser.signOut();
    }
}
