package org.nstac.portal.member.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;

/** Readiness over time: "not yet" carries a later day to assess again; "ready" carries none. */
class ReadinessReviewTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 1);

    @Test
    void notYetNeedsALaterDayToAssessAgain() {
        assertEquals(ReadinessReview.REASSESS_REQUIRED, assertThrows(DomainRuleViolation.class,
                () -> new ReadinessReview(notYet(), null)).key());
        assertEquals(ReadinessReview.REASSESS_NOT_AFTER, assertThrows(DomainRuleViolation.class,
                () -> new ReadinessReview(notYet(), DAY)).key());
        assertEquals(ReadinessReview.REASSESS_TOO_FAR, assertThrows(DomainRuleViolation.class,
                () -> new ReadinessReview(notYet(), DAY.plusYears(2).plusDays(1))).key());
        assertEquals(DAY.plusMonths(3), new ReadinessReview(notYet(), DAY.plusMonths(3)).reassessOn());
    }

    @Test
    void itIsDueFromItsDayOnAndReadyIsNeverDue() {
        ReadinessReview review = new ReadinessReview(notYet(), DAY.plusDays(10));
        assertFalse(review.dueOn(DAY.plusDays(9)));
        assertTrue(review.dueOn(DAY.plusDays(10)));
        assertTrue(review.dueOn(DAY.plusDays(40)));
        ReadinessReview ready = new ReadinessReview(new ReadinessAssessment(DAY, "Counselling centre",
                ReadinessAssessment.Outcome.READY), DAY.plusDays(10));
        assertNull(ready.reassessOn(), "a ready outcome keeps no day to assess again");
        assertFalse(ready.dueOn(DAY.plusYears(5)));
    }

    private static ReadinessAssessment notYet() {
        return new ReadinessAssessment(DAY, "Counselling centre", ReadinessAssessment.Outcome.NOT_YET);
    }
}
