package org.nstac.portal.task.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Whether a task may be offered as far as its safety plan goes, written out in full: every kind, public-facing or
 * not, media or not, with or without a plan. A change to the rule must change this table too, on purpose.
 */
class TaskSafetyRulesTest {

    /**
     * Columns: public-facing / media present, as "--" (neither), "p-" (public), "-m" (media), "pm" (both); each
     * cell is two characters: offer allowed without a plan, offer allowed with one (x = allowed).
     */
    private static final String TABLE = """
            kind                    --   p-   -m   pm
            REVIEW_DRAFT            xx   .x   .x   .x
            PREPARE_BRIEFING        xx   .x   .x   .x
            SPEAK_AT_EVENT          .x   .x   .x   .x
            CO_FACILITATE_TRAINING  .x   .x   .x   .x
            PEER_SUPPORT            xx   .x   .x   .x
            TRANSLATION             xx   .x   .x   .x
            OTHER                   xx   .x   .x   .x
            """;

    @Test
    void theWholeTruthTable() {
        Map<TaskKind, String[]> rows = new HashMap<>();
        TABLE.lines().skip(1).map(String::strip).filter(l -> !l.isEmpty()).forEach(line -> {
            String[] cells = line.split("\\s+");
            rows.put(TaskKind.valueOf(cells[0]), new String[] {cells[1], cells[2], cells[3], cells[4]});
        });
        assertEquals(EnumSet.allOf(TaskKind.class), rows.keySet(), "every kind has its row");
        for (TaskKind kind : TaskKind.values()) {
            for (int column = 0; column < 4; column++) {
                boolean publicFacing = column == 1 || column == 3;
                boolean media = column == 2 || column == 3;
                String cell = rows.get(kind)[column];
                for (int plan = 0; plan < 2; plan++) {
                    boolean hasPlan = plan == 1;
                    boolean expected = cell.charAt(plan) == 'x';
                    String where = kind + " public=" + publicFacing + " media=" + media + " plan=" + hasPlan;
                    assertEquals(expected, TaskSafetyRules.mayOffer(kind, publicFacing, media, hasPlan), where);
                    if (expected) {
                        assertDoesNotThrow(() -> TaskSafetyRules.requireCanOffer(kind.name(), publicFacing, media,
                                hasPlan), where);
                    } else {
                        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                                () -> TaskSafetyRules.requireCanOffer(kind.name(), publicFacing, media, hasPlan),
                                where);
                        assertEquals(TaskSafetyRules.PLAN_REQUIRED, refused.key(), where);
                    }
                }
            }
        }
    }

    @Test
    void anUnknownStoredKindIsJudgedByItsFlagsAlone() {
        assertEquals(false, TaskSafetyRules.needsPlan("NO_SUCH_KIND", false, false));
        assertEquals(true, TaskSafetyRules.needsPlan("NO_SUCH_KIND", true, false));
    }

    @Test
    void aPlanNamesSupportContactAndContentNotesAndPromisesPseudonyms() {
        assertEquals(TaskSafetyPlan.SUPPORT_PERSON_REQUIRED, refusal(" ", "phone", "notes", true));
        assertEquals(TaskSafetyPlan.SUPPORT_CONTACT_REQUIRED, refusal("Duty psychologist", null, "notes", true));
        assertEquals(TaskSafetyPlan.CONTENT_NOTES_REQUIRED, refusal("Duty psychologist", "phone", "", true));
        assertEquals(TaskSafetyPlan.PSEUDONYM_REQUIRED, refusal("Duty psychologist", "phone", "notes", false));
        assertEquals(TaskSafetyPlan.TOO_LONG, refusal("x".repeat(301), "phone", "notes", true));
        TaskSafetyPlan plan = new TaskSafetyPlan(" Duty psychologist ", "phone", "notes", false, false, true);
        assertEquals("Duty psychologist", plan.supportPersonName());
    }

    @Test
    void photographsOrRecordingNeedTheMembersConsentToPhotographs() {
        assertEquals(Set.of(), plan(false, false).consentsNeeded());
        assertEquals(Set.of(ConsentPurpose.PHOTOGRAPHS), plan(true, false).consentsNeeded());
        assertEquals(Set.of(ConsentPurpose.PHOTOGRAPHS), plan(false, true).consentsNeeded());
    }

    private static TaskSafetyPlan plan(boolean photographs, boolean recording) {
        return new TaskSafetyPlan("Duty psychologist", "phone", "notes", photographs, recording, true);
    }

    private static String refusal(String person, String contact, String notes, boolean pseudonym) {
        return assertThrows(DomainRuleViolation.class,
                () -> new TaskSafetyPlan(person, contact, notes, false, false, pseudonym)).key();
    }
}
