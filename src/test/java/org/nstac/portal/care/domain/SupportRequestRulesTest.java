package org.nstac.portal.care.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;

/** What a request may say, how long it waits, and how its state moves. */
class SupportRequestRulesTest {

    @Test
    void theNoteIsOptionalAndShort() {
        assertNull(SupportNote.of(null));
        assertNull(SupportNote.of("   "));
        assertEquals("Call me", SupportNote.of("  Call me \n"));
        assertEquals(300, SupportNote.of("ž".repeat(300)).length(), "300 characters, whatever their bytes");
        DomainRuleViolation tooLong = assertThrows(DomainRuleViolation.class, () -> SupportNote.of("a".repeat(301)));
        assertEquals("care.support.note.tooLong", tooLong.key());
        assertEquals(List.of(300), tooLong.args());
        assertEquals(1, SupportNote.of("\uD83D\uDE42".repeat(300)).codePointCount(0, 600) / 300,
                "an emoji is one character");
        for (String contact : List.of("call 064 123 4567", "write to me@example.org", "My JMBG is 0101990710008")) {
            assertEquals("care.support.note.contactDetails", assertThrows(DomainRuleViolation.class,
                    () -> SupportNote.of(contact)).key(), contact);
        }
        assertEquals("A quiet room would help", SupportNote.of("A quiet room would help"));
    }

    @Test
    void urgencyDecidesWhenTheChairIsTold() {
        assertEquals(Duration.ofHours(2), Urgency.NOW.escalateAfter());
        assertEquals(Duration.ofDays(2), Urgency.SOON.escalateAfter());
        assertEquals(Urgency.NOW, Urgency.parse(" now "));
        assertEquals("care.support.urgency.required", assertThrows(DomainRuleViolation.class,
                () -> Urgency.parse("")).key());
        assertEquals("care.support.urgency.invalid", assertThrows(DomainRuleViolation.class,
                () -> Urgency.parse("LATER")).key());
        assertEquals(SupportAbout.MEETING, SupportAbout.parse("MEETING"));
        assertEquals("care.support.about.required", assertThrows(DomainRuleViolation.class,
                () -> SupportAbout.parse(null)).key());
        assertEquals("care.support.about.invalid", assertThrows(DomainRuleViolation.class,
                () -> SupportAbout.parse("STORY")).key());
    }

    @Test
    void everyStateMoveWrittenOut() {
        for (SupportState from : SupportState.values()) {
            for (SupportState to : SupportState.values()) {
                boolean allowed = (from == SupportState.OPEN && to != SupportState.OPEN)
                        || (from == SupportState.ESCALATED && to == SupportState.ACKNOWLEDGED);
                assertEquals(allowed, from.canMoveTo(to), from + " -> " + to);
                if (!allowed) {
                    assertEquals(SupportState.NOT_ALLOWED, assertThrows(DomainRuleViolation.class,
                            () -> from.moveTo(to)).key());
                }
            }
        }
        assertEquals(false, SupportState.ACKNOWLEDGED.isWaiting());
        assertEquals(true, SupportState.ESCALATED.isWaiting());
    }
}
