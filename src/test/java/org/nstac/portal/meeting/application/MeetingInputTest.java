package org.nstac.portal.meeting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.nstac.portal.shared.Refusals.refusal;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.InputRules;

/** A correction to the minutes and a member's needs are checked with the keys and limits members have always seen. */
class MeetingInputTest {

    @Test
    void aCorrectionToTheMinutesIsRequiredAndWithinItsLimit() {
        for (String blank : new String[] {null, "", " \n "}) {
            assertEquals(List.of("meeting.minutes.correction.required", List.of()),
                    refusal(new Minutes.Correction(blank)));
        }
        assertEquals(List.of("meeting.minutes.correction.tooLong", List.of(Minutes.MAX_CORRECTION)),
                refusal(new Minutes.Correction("c".repeat(Minutes.MAX_CORRECTION + 1))));
        assertEquals("c".repeat(Minutes.MAX_CORRECTION),
                InputRules.check(new Minutes.Correction(" " + "c".repeat(Minutes.MAX_CORRECTION) + " ")).text());
    }

    @Test
    void needsAreOptionalAndWithinTheirLimit() {
        assertNull(InputRules.check(new Invitations.Needs("  ")).text(), "blank is no need");
        assertEquals("Step-free access", InputRules.check(new Invitations.Needs(" Step-free access ")).text());
        assertEquals(List.of("meeting.needs.tooLong", List.of(Invitations.MAX_NEEDS)),
                refusal(new Invitations.Needs("n".repeat(Invitations.MAX_NEEDS + 1))));
    }
}
