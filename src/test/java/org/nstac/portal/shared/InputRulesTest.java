package org.nstac.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.nstac.portal.shared.Refusals.refusal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nstac.portal.meeting.application.MeetingPlanning;
import org.nstac.portal.payment.application.ExpenseClaims;
import org.nstac.portal.task.application.TaskCatalogue;

/**
 * Bean Validation on the services' input records answers in the portal's terms: the bundle key the hand-written
 * checks used, the rule's limit as the only argument (never the typed value), the first wrong field in the order the
 * record (and its form) lists them.
 */
class InputRulesTest {

    @Test
    void aMissingOrOverlongTitleIsRefusedWithTheKeyAndTheLimitButNotTheValue() {
        assertEquals(List.of("task.title.required", List.of()), refusal(task("  ", "Outcome")));
        assertEquals(List.of("task.title.tooLong", List.of(TaskCatalogue.MAX_TITLE)),
                refusal(task("x".repeat(TaskCatalogue.MAX_TITLE + 1), "Outcome")));
        assertEquals(List.of("task.outcome.required", List.of()), refusal(task("A title", null)));
        assertEquals(List.of("task.outcome.tooLong", List.of(TaskCatalogue.MAX_OUTCOME)),
                refusal(task("A title", "y".repeat(TaskCatalogue.MAX_OUTCOME + 1))));
    }

    @Test
    void theFirstWrongFieldInTheRecordsOrderIsReported() {
        assertEquals("task.title.required", refusal(task(null, null)).get(0));
        assertEquals("meeting.title.required", refusal(meeting(null, "", "x".repeat(61), 0)).get(0));
        assertEquals("meeting.agenda.required", refusal(meeting("Plenary", " ", "x".repeat(61), 0)).get(0));
        assertEquals("meeting.language.tooLong", refusal(meeting("Plenary", "1. Welcome", "x".repeat(61), 0)).get(0));
        assertEquals(List.of("meeting.capacity.invalid", List.of(1L)),
                refusal(meeting("Plenary", "1. Welcome", "Serbian", 0)));
        assertEquals(List.of("meeting.capacity.invalid", List.of((long) MeetingPlanning.MAX_CAPACITY)),
                refusal(meeting("Plenary", "1. Welcome", "Serbian", MeetingPlanning.MAX_CAPACITY + 1)));
        assertEquals(List.of("payment.claim.descriptionTooLong", List.of(ExpenseClaims.MAX_DESCRIPTION)),
                refusal(new ExpenseClaims.Claim("TRAVEL", LocalDate.of(2026, 12, 1), "100", "RSD", null,
                        "z".repeat(ExpenseClaims.MAX_DESCRIPTION + 1))));
    }

    @Test
    void goodInputPassesUnchanged() {
        TaskCatalogue.NewTask ok = task("Read the draft", "Five comments");
        assertSame(ok, InputRules.check(ok));
        MeetingPlanning.Draft meeting = meeting("Plenary", "1. Welcome", null, null);
        assertSame(meeting, InputRules.check(meeting));
        assertEquals(null, InputRules.check((Object) null));
    }


    private static TaskCatalogue.NewTask task(String title, String outcome) {
        return new TaskCatalogue.NewTask(title, outcome, "TRANSLATION", null, BigDecimal.ONE, "TASK_HOUR", null, null,
                "RSD", LocalDate.of(2026, 12, 31), Set.of(), Set.of(), false, false);
    }

    private static MeetingPlanning.Draft meeting(String title, String agenda, String language, Integer capacity) {
        return new MeetingPlanning.Draft("PLENARY", title, agenda, Instant.parse("2026-12-10T09:00:00Z"),
                Instant.parse("2026-12-10T12:00:00Z"), false, "Room 4", language, null, capacity, null, null, "1",
                "0", 0, "0");
    }
}
