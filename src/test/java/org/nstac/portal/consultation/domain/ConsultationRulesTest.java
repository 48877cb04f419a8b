package org.nstac.portal.consultation.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The phase truth table, written out in full: every relation, every action, every phase. A change to the rules
 * must change this table too, on purpose.
 */
class ConsultationRulesTest {

    /** Columns: REQUESTED, DRAFT, OPEN, CLOSED, ANSWERED, REPORT_PUBLISHED, DECLINED; x = allowed. */
    private static final String TABLE = """
            VIEW             OWNING_MINISTRY  x  x  x  x  x  x  x
            VIEW             OTHER_MINISTRY   .  .  .  .  .  .  .
            VIEW             SECRETARIAT      x  x  x  x  x  x  x
            VIEW             CHAIR            .  .  x  x  x  x  .
            VIEW             MEMBER           .  .  x  x  x  x  .
            VIEW             OBSERVER         .  .  x  x  x  x  .
            VIEW             ADMIN            .  .  .  .  .  .  .

            EDIT_DRAFT       OWNING_MINISTRY  x  x  .  .  .  .  .
            EDIT_DRAFT       OTHER_MINISTRY   .  .  .  .  .  .  .
            EDIT_DRAFT       SECRETARIAT      .  .  .  .  .  .  .
            EDIT_DRAFT       CHAIR            .  .  .  .  .  .  .
            EDIT_DRAFT       MEMBER           .  .  .  .  .  .  .
            EDIT_DRAFT       OBSERVER         .  .  .  .  .  .  .
            EDIT_DRAFT       ADMIN            .  .  .  .  .  .  .

            MOVE_PHASE       OWNING_MINISTRY  .  x  x  x  x  .  .
            MOVE_PHASE       OTHER_MINISTRY   .  .  .  .  .  .  .
            MOVE_PHASE       SECRETARIAT      x  x  x  x  x  .  .
            MOVE_PHASE       CHAIR            .  .  .  .  .  .  .
            MOVE_PHASE       MEMBER           .  .  .  .  .  .  .
            MOVE_PHASE       OBSERVER         .  .  .  .  .  .  .
            MOVE_PHASE       ADMIN            .  .  .  .  .  .  .

            COMMENT          OWNING_MINISTRY  .  .  .  .  .  .  .
            COMMENT          OTHER_MINISTRY   .  .  .  .  .  .  .
            COMMENT          SECRETARIAT      .  .  .  .  .  .  .
            COMMENT          CHAIR            .  .  .  .  .  .  .
            COMMENT          MEMBER           .  .  x  .  .  .  .
            COMMENT          OBSERVER         .  .  .  .  .  .  .
            COMMENT          ADMIN            .  .  .  .  .  .  .

            EDIT_OWN_COMMENT OWNING_MINISTRY  .  .  .  .  .  .  .
            EDIT_OWN_COMMENT OTHER_MINISTRY   .  .  .  .  .  .  .
            EDIT_OWN_COMMENT SECRETARIAT      .  .  .  .  .  .  .
            EDIT_OWN_COMMENT CHAIR            .  .  .  .  .  .  .
            EDIT_OWN_COMMENT MEMBER           .  .  x  .  .  .  .
            EDIT_OWN_COMMENT OBSERVER         .  .  .  .  .  .  .
            EDIT_OWN_COMMENT ADMIN            .  .  .  .  .  .  .

            ANSWER           OWNING_MINISTRY  .  .  x  x  .  .  .
            ANSWER           OTHER_MINISTRY   .  .  .  .  .  .  .
            ANSWER           SECRETARIAT      .  .  .  .  .  .  .
            ANSWER           CHAIR            .  .  .  .  .  .  .
            ANSWER           MEMBER           .  .  .  .  .  .  .
            ANSWER           OBSERVER         .  .  .  .  .  .  .
            ANSWER           ADMIN            .  .  .  .  .  .  .

            PUBLISH_VERSION  OWNING_MINISTRY  .  .  x  x  x  .  .
            PUBLISH_VERSION  OTHER_MINISTRY   .  .  .  .  .  .  .
            PUBLISH_VERSION  SECRETARIAT      .  .  .  .  .  .  .
            PUBLISH_VERSION  CHAIR            .  .  .  .  .  .  .
            PUBLISH_VERSION  MEMBER           .  .  .  .  .  .  .
            PUBLISH_VERSION  OBSERVER         .  .  .  .  .  .  .
            PUBLISH_VERSION  ADMIN            .  .  .  .  .  .  .

            DRAFT_POSITION   OWNING_MINISTRY  .  .  .  .  .  .  .
            DRAFT_POSITION   OTHER_MINISTRY   .  .  .  .  .  .  .
            DRAFT_POSITION   SECRETARIAT      .  .  .  .  .  .  .
            DRAFT_POSITION   CHAIR            .  .  x  x  .  .  .
            DRAFT_POSITION   MEMBER           .  .  .  .  .  .  .
            DRAFT_POSITION   OBSERVER         .  .  .  .  .  .  .
            DRAFT_POSITION   ADMIN            .  .  .  .  .  .  .

            ENDORSE_POSITION OWNING_MINISTRY  .  .  .  .  .  .  .
            ENDORSE_POSITION OTHER_MINISTRY   .  .  .  .  .  .  .
            ENDORSE_POSITION SECRETARIAT      .  .  .  .  .  .  .
            ENDORSE_POSITION CHAIR            .  .  .  .  .  .  .
            ENDORSE_POSITION MEMBER           .  .  x  x  .  .  .
            ENDORSE_POSITION OBSERVER         .  .  .  .  .  .  .
            ENDORSE_POSITION ADMIN            .  .  .  .  .  .  .

            HIDE_COMMENT     OWNING_MINISTRY  .  .  .  .  .  .  .
            HIDE_COMMENT     OTHER_MINISTRY   .  .  .  .  .  .  .
            HIDE_COMMENT     SECRETARIAT      .  .  x  x  x  x  .
            HIDE_COMMENT     CHAIR            .  .  .  .  .  .  .
            HIDE_COMMENT     MEMBER           .  .  .  .  .  .  .
            HIDE_COMMENT     OBSERVER         .  .  .  .  .  .  .
            HIDE_COMMENT     ADMIN            .  .  .  .  .  .  .

            REPORT_COMMENT   OWNING_MINISTRY  .  .  .  .  .  .  .
            REPORT_COMMENT   OTHER_MINISTRY   .  .  .  .  .  .  .
            REPORT_COMMENT   SECRETARIAT      .  .  .  .  .  .  .
            REPORT_COMMENT   CHAIR            .  .  .  .  .  .  .
            REPORT_COMMENT   MEMBER           .  .  x  x  x  x  .
            REPORT_COMMENT   OBSERVER         .  .  .  .  .  .  .
            REPORT_COMMENT   ADMIN            .  .  .  .  .  .  .

            READ_REPORT      OWNING_MINISTRY  .  .  .  .  x  x  .
            READ_REPORT      OTHER_MINISTRY   .  .  .  .  .  .  .
            READ_REPORT      SECRETARIAT      .  .  .  .  x  x  .
            READ_REPORT      CHAIR            .  .  .  .  .  x  .
            READ_REPORT      MEMBER           .  .  .  .  .  x  .
            READ_REPORT      OBSERVER         .  .  .  .  .  x  .
            READ_REPORT      ADMIN            .  .  .  .  .  .  .

            READ_COMMENTS    OWNING_MINISTRY  .  .  x  x  x  x  .
            READ_COMMENTS    OTHER_MINISTRY   .  .  .  .  .  .  .
            READ_COMMENTS    SECRETARIAT      .  .  x  x  x  x  .
            READ_COMMENTS    CHAIR            .  .  x  x  x  x  .
            READ_COMMENTS    MEMBER           .  .  x  x  x  x  .
            READ_COMMENTS    OBSERVER         .  .  .  .  .  x  .
            READ_COMMENTS    ADMIN            .  .  .  .  .  .  .

            CREATE           OWNING_MINISTRY  x  x  .  .  .  .  .
            CREATE           OTHER_MINISTRY   .  .  .  .  .  .  .
            CREATE           SECRETARIAT      .  .  .  .  .  .  .
            CREATE           CHAIR            .  .  .  .  .  .  .
            CREATE           MEMBER           .  .  .  .  .  .  .
            CREATE           OBSERVER         .  .  .  .  .  .  .
            CREATE           ADMIN            .  .  .  .  .  .  .

            ATTACH_DOCUMENT  OWNING_MINISTRY  x  x  x  x  x  .  .
            ATTACH_DOCUMENT  OTHER_MINISTRY   .  .  .  .  .  .  .
            ATTACH_DOCUMENT  SECRETARIAT      .  .  .  .  .  .  .
            ATTACH_DOCUMENT  CHAIR            .  .  .  .  .  .  .
            ATTACH_DOCUMENT  MEMBER           .  .  .  .  .  .  .
            ATTACH_DOCUMENT  OBSERVER         .  .  .  .  .  .  .
            ATTACH_DOCUMENT  ADMIN            .  .  .  .  .  .  .

            TRACK_ANSWERS    OWNING_MINISTRY  .  x  x  x  x  x  .
            TRACK_ANSWERS    OTHER_MINISTRY   .  .  .  .  .  .  .
            TRACK_ANSWERS    SECRETARIAT      .  x  x  x  x  x  .
            TRACK_ANSWERS    CHAIR            .  .  .  .  .  .  .
            TRACK_ANSWERS    MEMBER           .  .  .  .  .  .  .
            TRACK_ANSWERS    OBSERVER         .  .  .  .  .  .  .
            TRACK_ANSWERS    ADMIN            .  .  .  .  .  .  .

            CLAIM_PREPARATION OWNING_MINISTRY .  .  .  .  .  .  .
            CLAIM_PREPARATION OTHER_MINISTRY  .  .  .  .  .  .  .
            CLAIM_PREPARATION SECRETARIAT     .  .  .  .  .  .  .
            CLAIM_PREPARATION CHAIR           .  .  .  .  .  .  .
            CLAIM_PREPARATION MEMBER          .  .  x  x  x  x  .
            CLAIM_PREPARATION OBSERVER        .  .  .  .  .  .  .
            CLAIM_PREPARATION ADMIN           .  .  .  .  .  .  .

            CLAIM_DRAFTING   OWNING_MINISTRY  .  .  .  .  .  .  .
            CLAIM_DRAFTING   OTHER_MINISTRY   .  .  .  .  .  .  .
            CLAIM_DRAFTING   SECRETARIAT      .  .  .  .  .  .  .
            CLAIM_DRAFTING   CHAIR            .  .  x  x  x  x  .
            CLAIM_DRAFTING   MEMBER           .  .  .  .  .  .  .
            CLAIM_DRAFTING   OBSERVER         .  .  .  .  .  .  .
            CLAIM_DRAFTING   ADMIN            .  .  .  .  .  .  .

            RECORD_OUTCOME   OWNING_MINISTRY  .  .  .  .  .  x  .
            RECORD_OUTCOME   OTHER_MINISTRY   .  .  .  .  .  .  .
            RECORD_OUTCOME   SECRETARIAT      .  .  .  .  .  .  .
            RECORD_OUTCOME   CHAIR            .  .  .  .  .  .  .
            RECORD_OUTCOME   MEMBER           .  .  .  .  .  .  .
            RECORD_OUTCOME   OBSERVER         .  .  .  .  .  .  .
            RECORD_OUTCOME   ADMIN            .  .  .  .  .  .  .

            PUBLISH_FINAL    OWNING_MINISTRY  .  .  .  x  .  .  .
            PUBLISH_FINAL    OTHER_MINISTRY   .  .  .  .  .  .  .
            PUBLISH_FINAL    SECRETARIAT      .  .  .  .  .  .  .
            PUBLISH_FINAL    CHAIR            .  .  .  .  .  .  .
            PUBLISH_FINAL    MEMBER           .  .  .  .  .  .  .
            PUBLISH_FINAL    OBSERVER         .  .  .  .  .  .  .
            PUBLISH_FINAL    ADMIN            .  .  .  .  .  .  .
            """;

    private record Cell(Action action, Relation relation, Phase phase) {
    }

    private static Map<Cell, Boolean> expected() {
        Map<Cell, Boolean> cells = new HashMap<>();
        for (String line : TABLE.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            String[] columns = line.split("\\s+");
            assertEquals(2 + Phase.values().length, columns.length, "table row: " + line);
            Action action = Action.valueOf(columns[0]);
            Relation relation = Relation.valueOf(columns[1]);
            for (Phase phase : Phase.values()) {
                String mark = columns[2 + phase.ordinal()];
                assertTrue(mark.equals("x") || mark.equals("."), "table row: " + line);
                Boolean previous = cells.put(new Cell(action, relation, phase), mark.equals("x"));
                assertEquals(null, previous, "row written twice: " + line);
            }
        }
        return cells;
    }

    @Test
    void theTableCoversEveryRelationActionAndPhase() {
        assertEquals(Relation.values().length * Action.values().length * Phase.values().length, expected().size());
    }

    @Test
    void everyCellOfTheTableHolds() {
        Map<Cell, Boolean> expected = expected();
        List<String> wrong = new ArrayList<>();
        for (Action action : Action.values()) {
            for (Relation relation : Relation.values()) {
                for (Phase phase : Phase.values()) {
                    boolean shouldAllow = expected.get(new Cell(action, relation, phase));
                    if (ConsultationRules.allows(relation, action, phase) != shouldAllow) {
                        wrong.add(action + " " + relation + " " + phase + " expected " + shouldAllow);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void requireRefusesExactlyWhatTheTableRefusesWithTheRightKey() {
        expected().forEach((cell, allowed) -> {
            if (allowed) {
                assertDoesNotThrow(() -> ConsultationRules.require(cell.relation(), cell.action(), cell.phase()),
                        cell.toString());
                return;
            }
            DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class,
                    () -> ConsultationRules.require(cell.relation(), cell.action(), cell.phase()), cell.toString());
            boolean memberWritingOutsideOpen = cell.relation() == Relation.MEMBER
                    && (cell.action() == Action.COMMENT || cell.action() == Action.EDIT_OWN_COMMENT);
            assertEquals(memberWritingOutsideOpen ? "consultation.comment.notOpen" : "consultation.action.notAllowed",
                    refusal.key(), cell.toString());
            assertEquals(List.of(), refusal.args(), cell.toString());
        });
    }

    @Test
    void anotherMinistryAndTheAdministratorCanDoNothingAtAll() {
        for (Phase phase : Phase.values()) {
            assertEquals(Set.of(), ConsultationRules.allowedActions(Set.of(Relation.OTHER_MINISTRY), phase));
            assertEquals(Set.of(), ConsultationRules.allowedActions(Set.of(Relation.ADMIN), phase));
        }
    }

    @Test
    void theChairWhoIsAlsoAMemberMayCommentAndDraftThePosition() {
        Set<Relation> oak = EnumSet.of(Relation.CHAIR, Relation.MEMBER);
        assertTrue(ConsultationRules.allowsAny(oak, Action.COMMENT, Phase.OPEN));
        assertTrue(ConsultationRules.allowsAny(oak, Action.DRAFT_POSITION, Phase.OPEN));
        assertFalse(ConsultationRules.allows(Relation.CHAIR, Action.COMMENT, Phase.OPEN));
        assertEquals(EnumSet.of(Action.VIEW, Action.COMMENT, Action.EDIT_OWN_COMMENT, Action.DRAFT_POSITION,
                Action.ENDORSE_POSITION, Action.REPORT_COMMENT, Action.READ_COMMENTS, Action.CLAIM_PREPARATION,
                Action.CLAIM_DRAFTING), ConsultationRules.allowedActions(oak, Phase.OPEN));
        assertEquals("consultation.comment.notOpen", assertThrows(DomainRuleViolation.class,
                () -> ConsultationRules.require(oak, Action.COMMENT, Phase.CLOSED)).key());
        assertDoesNotThrow(() -> ConsultationRules.require(oak, Action.COMMENT, Phase.OPEN));
    }

    @Test
    void nobodyWorksOnAPositionOnceItIsSubmitted() {
        Set<Relation> member = Set.of(Relation.MEMBER);
        Set<Relation> chair = Set.of(Relation.CHAIR);
        assertDoesNotThrow(() -> ConsultationRules.requireForPosition(member, Action.ENDORSE_POSITION,
                Phase.CLOSED, false));
        assertDoesNotThrow(() -> ConsultationRules.requireForPosition(chair, Action.DRAFT_POSITION,
                Phase.OPEN, false));
        assertEquals("consultation.position.submitted", assertThrows(DomainRuleViolation.class,
                () -> ConsultationRules.requireForPosition(member, Action.ENDORSE_POSITION, Phase.OPEN, true)).key());
        assertEquals("consultation.position.submitted", assertThrows(DomainRuleViolation.class,
                () -> ConsultationRules.requireForPosition(chair, Action.DRAFT_POSITION, Phase.CLOSED, true)).key());
        assertEquals("consultation.action.notAllowed", assertThrows(DomainRuleViolation.class,
                () -> ConsultationRules.requireForPosition(member, Action.ENDORSE_POSITION, Phase.ANSWERED,
                        false)).key());
        assertEquals("consultation.action.notAllowed", assertThrows(DomainRuleViolation.class,
                () -> ConsultationRules.requireForPosition(member, Action.DRAFT_POSITION, Phase.OPEN, false)).key());
        assertThrows(IllegalArgumentException.class,
                () -> ConsultationRules.requireForPosition(member, Action.COMMENT, Phase.OPEN, false));
    }

    @Test
    void aPersonWithNoRelationMayDoNothing() {
        for (Phase phase : Phase.values()) {
            if (!ConsultationRules.allowedActions(Set.of(), phase).isEmpty()) {
                fail("an empty set of relations was allowed something in " + phase);
            }
        }
        assertEquals("consultation.action.notAllowed", assertThrows(DomainRuleViolation.class,
                () -> ConsultationRules.require(Set.of(), Action.VIEW, Phase.OPEN)).key());
    }
}
