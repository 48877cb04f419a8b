package org.nstac.portal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NotificationSubjectTest {

    @Test
    void aNoticeKeepsItsItemsTitleStrippedAndWithinTheColumn() {
        Notification named = new Notification("justice", "notification.comment.new", "/consultations/view?id=1",
                "  Draft law on shelters  ", Instant.EPOCH);
        assertEquals("Draft law on shelters", named.getSubject());
        String long301 = "x".repeat(301);
        String kept = new Notification("r", "k", "/", long301, Instant.EPOCH).getSubject();
        assertEquals(Notification.MAX_SUBJECT, kept.length(), "cut to the column's size");
        assertEquals('…', kept.charAt(kept.length() - 1), "and says it was cut");
        assertEquals("x".repeat(300), new Notification("r", "k", "/", "x".repeat(300), Instant.EPOCH).getSubject());
    }

    @Test
    void aNoticeAboutNoNamedItemHasNoTitle() {
        assertNull(new Notification("r", "k", "/member/payments", Instant.EPOCH).getSubject());
        assertNull(new Notification("r", "k", "/", "   ", Instant.EPOCH).getSubject(), "blank is none");
    }
}
