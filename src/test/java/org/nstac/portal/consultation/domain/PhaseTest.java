package org.nstac.portal.consultation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nstac.portal.consultation.domain.Phase.ANSWERED;
import static org.nstac.portal.consultation.domain.Phase.CLOSED;
import static org.nstac.portal.consultation.domain.Phase.DECLINED;
import static org.nstac.portal.consultation.domain.Phase.DRAFT;
import static org.nstac.portal.consultation.domain.Phase.OPEN;
import static org.nstac.portal.consultation.domain.Phase.REPORT_PUBLISHED;
import static org.nstac.portal.consultation.domain.Phase.REQUESTED;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;

class PhaseTest {

    /** The only moves there are. */
    private static final Set<List<Phase>> ALLOWED = Set.of(
            List.of(DRAFT, OPEN), List.of(OPEN, CLOSED), List.of(CLOSED, ANSWERED),
            List.of(ANSWERED, REPORT_PUBLISHED), List.of(REQUESTED, DRAFT), List.of(REQUESTED, DECLINED));

    @Test
    void aConsultationMovesOneStepForwardAndNeverBackOrAcross() {
        for (Phase from : Phase.values()) {
            for (Phase to : Phase.values()) {
                boolean allowed = ALLOWED.contains(List.of(from, to));
                assertEquals(allowed, from.canMoveTo(to), from + " -> " + to);
                if (allowed) {
                    assertEquals(to, from.moveTo(to, 0));
                } else {
                    DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class, () -> from.moveTo(to, 0),
                            from + " -> " + to);
                    assertEquals("consultation.phase.notAllowed", refusal.key());
                    assertEquals(List.of(), refusal.args());
                }
            }
        }
    }

    @Test
    void theMinistryCannotCallAConsultationAnsweredWhileAVisibleCommentWaits() {
        DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class, () -> CLOSED.moveTo(ANSWERED, 3));
        assertEquals("consultation.phase.unanswered", refusal.key());
        assertEquals(List.of(3), refusal.args());
        assertEquals(List.of(1), assertThrows(DomainRuleViolation.class, () -> CLOSED.moveTo(ANSWERED, 1)).args());
        assertEquals(ANSWERED, CLOSED.moveTo(ANSWERED, 0));
    }

    @Test
    void unansweredCommentsDoNotHoldUpOtherMoves() {
        assertEquals(OPEN, DRAFT.moveTo(OPEN, 5));
        assertEquals(CLOSED, OPEN.moveTo(CLOSED, 5));
        assertEquals(REPORT_PUBLISHED, ANSWERED.moveTo(REPORT_PUBLISHED, 5));
    }

    @Test
    void aWrongMoveIsRefusedAsSuchEvenWithUnansweredComments() {
        assertEquals("consultation.phase.notAllowed",
                assertThrows(DomainRuleViolation.class, () -> OPEN.moveTo(ANSWERED, 2)).key());
    }

    @Test
    void theReportIsTheEnd() {
        assertEquals(Optional.empty(), REPORT_PUBLISHED.next());
        assertEquals(Optional.of(OPEN), DRAFT.next());
    }

    @Test
    void aNegativeCountIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> CLOSED.moveTo(ANSWERED, -1));
    }

    @Test
    void onlyTheDraftIsBeforeTheConsultationGoesPublic() {
        assertEquals(List.of(false, true, true, true, true),
                List.of(DRAFT.isPastDraft(), OPEN.isPastDraft(), CLOSED.isPastDraft(), ANSWERED.isPastDraft(),
                        REPORT_PUBLISHED.isPastDraft()));
    }
}
