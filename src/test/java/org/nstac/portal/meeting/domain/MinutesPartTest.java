package org.nstac.portal.meeting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;

class MinutesPartTest {

    @Test
    void aPartHasTextTidiedAndLimited() {
        assertEquals("Item 1\nDecided", new MinutesPart("  Item 1\r\nDecided \n", false).text());
        for (String blank : new String[] {null, "", " \n "}) {
            assertEquals("meeting.minutes.part.required",
                    assertThrows(DomainRuleViolation.class, () -> new MinutesPart(blank, false)).key());
        }
        assertEquals(20_000, new MinutesPart("đ".repeat(20_000), false).text().length());
        DomainRuleViolation tooLong = assertThrows(DomainRuleViolation.class,
                () -> new MinutesPart("đ".repeat(20_001), false));
        assertEquals("meeting.minutes.part.tooLong", tooLong.key());
        assertEquals(List.of(20_000), tooLong.args());
    }

    @Test
    void onlyAHearingHasPartsForTheMinistry() {
        MinutesPart forMinistry = new MinutesPart("The council's points on article 12", true);
        assertSame(forMinistry, forMinistry.checkedFor(MeetingKind.HEARING));
        for (MeetingKind kind : MeetingKind.values()) {
            if (kind != MeetingKind.HEARING) {
                assertEquals("meeting.minutes.forMinistry.hearingOnly",
                        assertThrows(DomainRuleViolation.class, () -> forMinistry.checkedFor(kind)).key());
            }
            MinutesPart councilOnly = new MinutesPart("Internal", false);
            assertSame(councilOnly, councilOnly.checkedFor(kind));
        }
    }

    @Test
    void aLogLineNeverCarriesWhatWasSaid() {
        String printed = new MinutesPart("Maple said the draft ignores article 12", true).toString();
        assertFalse(printed.contains("Maple"), printed);
        assertFalse(printed.contains("article"), printed);
    }
}
