package org.nstac.portal.consultation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;

class AnswerTest {

    @Test
    void aFullAcceptanceNeedsNoReason() {
        Answer accepted = new Answer(Disposition.ACCEPTED, "  ");
        assertNull(accepted.reason());
        assertEquals(Optional.empty(), accepted.optionalReason());
        assertEquals(Optional.of("Added to Article 12."),
                new Answer(Disposition.ACCEPTED, " Added to Article 12. ").optionalReason());
    }

    @Test
    void everyOtherDispositionOwesTheCouncilAReason() {
        for (Disposition disposition : Disposition.values()) {
            if (disposition == Disposition.ACCEPTED) {
                continue;
            }
            for (String missing : new String[] {null, "", " \n "}) {
                DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class,
                        () -> new Answer(disposition, missing), disposition.name());
                assertEquals("consultation.answer.reasonRequired", refusal.key());
                assertEquals(List.of(), refusal.args());
            }
            assertEquals("The budget does not allow it this year.",
                    new Answer(disposition, "The budget does not allow it this year.").reason());
        }
    }

    @Test
    void anAnswerNeedsADisposition() {
        assertEquals("consultation.answer.dispositionRequired",
                assertThrows(DomainRuleViolation.class, () -> new Answer(null, "Because.")).key());
    }

    @Test
    void aReasonIsLimitedLikeAComment() {
        new Answer(Disposition.NOTED, "r".repeat(Answer.MAX_REASON_LENGTH));
        DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class,
                () -> new Answer(Disposition.NOT_ACCEPTED, "r".repeat(Answer.MAX_REASON_LENGTH + 1)));
        assertEquals("consultation.answer.reasonTooLong", refusal.key());
        assertEquals(List.of(Answer.MAX_REASON_LENGTH), refusal.args());
        assertEquals("consultation.answer.reasonTooLong", assertThrows(DomainRuleViolation.class,
                () -> new Answer(Disposition.ACCEPTED, "r".repeat(Answer.MAX_REASON_LENGTH + 1))).key());
    }

    @Test
    void onlyAcceptanceSpeaksForItself() {
        assertEquals(List.of(false, true, true, true), List.of(Disposition.ACCEPTED.needsReason(),
                Disposition.PARTLY_ACCEPTED.needsReason(), Disposition.NOT_ACCEPTED.needsReason(),
                Disposition.NOTED.needsReason()));
    }
}
