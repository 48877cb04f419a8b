package org.nstac.portal.consent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;

/** The rule for consent to each public event: when accepting records one, what it covers, until when it is taken back. */
class EventConsentScopeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void theWholeTableOfWhatAnEventAsksFor() {
        // needs appearance, needs photographs, plan allows photographs, plan allows recording -> scope, required
        record Row(boolean appearanceNeeded, boolean photographsNeeded, boolean photographsAllowed,
                boolean recordingAllowed) {
        }
        for (int bits = 0; bits < 16; bits++) {
            Row r = new Row((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0);
            Set<ConsentPurpose> needed = EnumSet.of(ConsentPurpose.COUNCIL_WORK);
            if (r.appearanceNeeded()) {
                needed.add(ConsentPurpose.PUBLIC_APPEARANCE);
            }
            if (r.photographsNeeded()) {
                needed.add(ConsentPurpose.PHOTOGRAPHS);
            }
            EventConsentScope scope = EventConsentScope.of(needed, r.photographsAllowed(), r.recordingAllowed());
            assertEquals(r.appearanceNeeded(), scope.appearance(), r.toString());
            assertEquals(r.photographsNeeded() || r.photographsAllowed(), scope.photographs(),
                    "photographs when needed or allowed: " + r);
            assertEquals(r.recordingAllowed(), scope.recording(), r.toString());
            assertEquals(r.appearanceNeeded() || r.photographsNeeded() || r.photographsAllowed()
                    || r.recordingAllowed(), scope.required(), "a consent is recorded when the event exposes: " + r);
        }
    }

    @Test
    void aClosedMeetingWithoutCamerasAsksForNothing() {
        assertFalse(EventConsentScope.of(Set.of(ConsentPurpose.COUNCIL_WORK), false, false).required());
        assertFalse(EventConsentScope.NONE.required());
    }

    @Test
    void itMayBeTakenBackBeforeTheEventsDayOnlyAndOnce() {
        EventConsentScope.requireMayWithdraw(TODAY.plusDays(1), false, TODAY);
        assertEquals(EventConsentScope.WITHDRAW_TOO_LATE, assertThrows(DomainRuleViolation.class,
                () -> EventConsentScope.requireMayWithdraw(TODAY, false, TODAY)).key(), "on the day");
        assertEquals(EventConsentScope.WITHDRAW_TOO_LATE, assertThrows(DomainRuleViolation.class,
                () -> EventConsentScope.requireMayWithdraw(TODAY.minusDays(1), false, TODAY)).key(), "after it");
        assertEquals(EventConsentScope.ALREADY_WITHDRAWN, assertThrows(DomainRuleViolation.class,
                () -> EventConsentScope.requireMayWithdraw(TODAY.plusDays(5), true, TODAY)).key());
    }

    @Test
    void acceptingAgainGivesItAfreshAndAWithdrawalKeepsItsDay() {
        EventConsent c = new EventConsent("m-1", EventConsent.About.TASK, 7);
        EventConsentScope scope = new EventConsentScope(true, false, true);
        c.give("Speak at the forum", TODAY.plusDays(3), scope, "en", "sr", Instant.parse("2026-12-04T10:00:00Z"));
        assertTrue(c.withdrawableOn(TODAY));
        c.withdraw(TODAY, Instant.parse("2026-12-04T11:00:00Z"));
        assertTrue(c.isWithdrawn());
        assertFalse(c.withdrawableOn(TODAY));
        assertThrows(DomainRuleViolation.class, () -> c.withdraw(TODAY, Instant.now()));
        c.give("Speak at the forum", TODAY.plusDays(3), scope, "en", "sr", Instant.parse("2026-12-04T12:00:00Z"));
        assertFalse(c.isWithdrawn(), "accepted again: given afresh");
        assertEquals(scope, c.scope());
        assertThrows(IllegalArgumentException.class, () -> c.give("x", TODAY, EventConsentScope.NONE, "en", "sr",
                Instant.now()), "nothing to consent to is never recorded");
    }
}
