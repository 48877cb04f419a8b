package org.nstac.portal.task.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nstac.portal.task.domain.TaskFixtures.TODAY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;

class WorkLogTest {

    private static final LocalDate ACCEPTED = TODAY.minusDays(10);

    @Test
    void workIsLoggedFromTheDayOfAcceptanceUpToToday() {
        for (LocalDate day : List.of(ACCEPTED, ACCEPTED.plusDays(4), TODAY)) {
            WorkLog log = log(day, "2.5", null);
            assertSame(log, log.checkedOn(ACCEPTED, TODAY));
        }
    }

    @Test
    void workCannotBeLoggedForTomorrow() {
        DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class,
                () -> log(TODAY.plusDays(1), "2", null).checkedOn(ACCEPTED, TODAY));
        assertEquals("task.worklog.future", refusal.key());
        assertEquals(List.of(), refusal.args());
    }

    @Test
    void workBeforeTheTaskWasAcceptedIsNotWorkOnTheTask() {
        DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class,
                () -> log(ACCEPTED.minusDays(1), "2", null).checkedOn(ACCEPTED, TODAY));
        assertEquals("task.worklog.beforeAcceptance", refusal.key());
        assertEquals(List.of(), refusal.args());
    }

    @Test
    void aDayIsRequired() {
        assertEquals("task.worklog.date.required",
                assertThrows(DomainRuleViolation.class, () -> log(null, "2", null)).key());
    }

    @Test
    void hoursAreMoreThanZeroAtMost24InHundredths() {
        for (String bad : new String[] {null, "0", "-1", "0.005", "24.01", "25", "1E+3"}) {
            DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class, () -> log(TODAY, bad, null),
                    String.valueOf(bad));
            assertEquals("task.worklog.hours.invalid", refusal.key());
            assertEquals(List.of(new BigDecimal("24")), refusal.args());
        }
        assertEquals(new BigDecimal("24.00"), log(TODAY, "24", null).hours());
        assertEquals(new BigDecimal("0.01"), log(TODAY, "0.01", null).hours());
        assertEquals(log(TODAY, "2.5", null), log(TODAY, "2.50", null), "equal hours make equal entries");
    }

    @Test
    void hoursAreReadAsPeopleTypeThem() {
        assertEquals(new BigDecimal("2.00"), WorkLog.parseHours("2"));
        assertEquals(new BigDecimal("2.50"), WorkLog.parseHours("2.5"));
        assertEquals(new BigDecimal("2.50"), WorkLog.parseHours("2,5"));
        assertEquals(new BigDecimal("0.25"), WorkLog.parseHours("0,25"));
        assertEquals(new BigDecimal("24.00"), WorkLog.parseHours("24"));
        assertEquals(new BigDecimal("7.75"), WorkLog.parseHours(" 7.75 "), "surrounding white space is ignored");
    }

    /**
     * Among them "2,000", two hours to a Serbian reader and two thousand to an English one: three decimals are never
     * read.
     */
    @Test
    void anythingElseThatLooksLikeANumberIsRefused() {
        for (String bad : new String[] {null, "", " ", "1e3", "1E3", "2e0", "-2", "+2", "2.555", "0,005", "2.500",
                "2,000", "0", "0.00", "24.01", "25", "100", "2.", ".5", ",5", "2,5,0", "2.5.1", "1 000", "1,000.5",
                "two", "2h", "NaN", "Infinity", "0x10", "٢", "2\u00A05", "2;5"}) {
            DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class, () -> WorkLog.parseHours(bad),
                    String.valueOf(bad));
            assertEquals("task.worklog.hours.invalid", refusal.key());
            assertEquals(List.of(new BigDecimal("24")), refusal.args(), "the limit, never the typed text");
        }
    }

    @Test
    void aNoteIsOptionalTidiedAndAtMost500Characters() {
        assertNull(log(TODAY, "1", "   ").note());
        assertEquals(Optional.empty(), log(TODAY, "1", null).optionalNote());
        assertEquals("Read sections 3 to 5.\nNotes sent.", log(TODAY, "1", "  Read sections 3 to 5.\r\nNotes sent. ")
                .note());
        assertEquals(500, log(TODAY, "1", "č".repeat(500)).note().codePointCount(0, 500));
        assertEquals("e\u0301".length() * 300, "e\u0301".repeat(300).length());
        assertEquals(300, log(TODAY, "1", "e\u0301".repeat(300)).note().length(), "NFC joins accents first");
        DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class,
                () -> log(TODAY, "1", "x".repeat(501)));
        assertEquals("task.worklog.note.tooLong", refusal.key());
        assertEquals(List.of(500), refusal.args());
    }

    @Test
    void aLoggedEntryNeverPrintsItsNote() {
        String note = "Went through sections 3 to 5 with Ana";
        String printed = log(TODAY, "3", note).toString();
        assertFalse(printed.contains("Ana"), printed);
        assertTrue(printed.contains("3.00"), printed);
        assertTrue(printed.contains(note.length() + "-character note"), printed);
    }

    private static WorkLog log(LocalDate day, String hours, String note) {
        return new WorkLog(day, hours == null ? null : new BigDecimal(hours), note);
    }
}
