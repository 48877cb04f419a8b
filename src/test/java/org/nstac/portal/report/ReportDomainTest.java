package org.nstac.portal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nstac.portal.report.domain.AnnualFigures;
import org.nstac.portal.report.domain.Count;
import org.nstac.portal.report.domain.Foreword;
import org.nstac.portal.report.domain.ReportRules;
import org.nstac.portal.report.domain.ReportRules.Action;
import org.nstac.portal.report.domain.ReportRules.Caller;
import org.nstac.portal.report.domain.ReportYear;
import org.nstac.portal.report.domain.Share;
import org.nstac.portal.report.domain.SmallNumbers;
import org.nstac.portal.shared.DomainRuleViolation;

/** The annual report's rules, written out: who may do what, when a figure is hidden, which years and forewords. */
class ReportDomainTest {

    @Test
    void theWholeTruthTableOfWhoMayDoWhat() {
        StringBuilder table = new StringBuilder();
        for (Caller caller : Caller.values()) {
            table.append(caller).append(':');
            for (Action action : Action.values()) {
                if (ReportRules.allows(caller, action)) {
                    table.append(' ').append(action);
                }
            }
            table.append('\n');
        }
        assertEquals("""
                ANONYMOUS: READ_PUBLISHED
                MEMBER: READ_DRAFT TAKE_STANCE READ_PUBLISHED
                CHAIR: READ_DRAFT WRITE_FOREWORD READ_PUBLISHED
                SECRETARIAT: DRAFT READ_DRAFT PUBLISH READ_PUBLISHED
                CUSTODIAN: READ_PUBLISHED
                FINANCE: READ_PUBLISHED
                MINISTRY: READ_PUBLISHED
                PARTNER: READ_PUBLISHED
                OBSERVER: READ_PUBLISHED
                ADMIN: READ_PUBLISHED
                """, table.toString());
    }

    @Test
    void aFigureAboutOneOrTwoMembersIsHiddenAndOneAboutNobodyOrThreeIsShown() {
        boolean[] hidden = new boolean[6];
        for (int members = 0; members < hidden.length; members++) {
            hidden[members] = SmallNumbers.hides(members);
        }
        assertEquals("[false, true, true, false, false, false]", java.util.Arrays.toString(hidden));
        assertThrows(IllegalArgumentException.class, () -> SmallNumbers.hides(-1));
        assertNull(Count.of(7, 2).shown(), "seven comments by two members say too much about the two");
        assertEquals(7L, Count.of(7, 3).shown());
        assertEquals(0L, Count.of(0, 0).shown());
        assertNull(Share.of(new BigDecimal("0.50"), 1).shown());
        assertEquals(new BigDecimal("0.50"), Share.of(new BigDecimal("0.50"), 3).shown());
    }

    @Test
    void aTotalIsHiddenWhenExactlyOneOfItsPartsIsSoThatSubtractionCannotFindIt() {
        assertEquals(false, SmallNumbers.hidesTotal(false, 0));
        assertEquals(true, SmallNumbers.hidesTotal(false, 1));
        assertEquals(false, SmallNumbers.hidesTotal(false, 2), "two hidden parts: the total gives only their sum");
        assertEquals(true, SmallNumbers.hidesTotal(true, 0));
    }

    @Test
    void theSuppressedListNamesEveryHiddenFigureByItsApiPlace() {
        Count shown = Count.of(5, 4);
        Count hidden = Count.of(2, 2);
        AnnualFigures f = new AnnualFigures(2019, LocalDate.of(2019, 12, 31), shown, hidden,
                Map.of("NOTED", hidden), shown, Share.of(BigDecimal.ONE, 1), shown.hiddenToo(),
                Map.of("HEARING", hidden), Count.ofMembers(4), Count.ofMembers(1), Share.of(BigDecimal.ZERO, 4),
                Share.of(BigDecimal.ZERO, 4), "RSD", Share.of(BigDecimal.ZERO, 4), shown, shown, shown, shown, shown,
                0, Map.of(), Map.of(), List.of(AnnualFigures.Payment.of("TASK_HOUR", "RSD", BigDecimal.TEN, 2),
                        AnnualFigures.Payment.of("MEETING_DAY", "RSD", BigDecimal.TEN, 3)));
        assertEquals(List.of("comments", "answers.NOTED", "adoptedShare", "meetings", "meetingsByKind.HEARING",
                "members.paused", "payments.TASK_HOUR.RSD"), new ArrayList<>(f.suppressed()));
    }

    @Test
    void aReportIsForThisYearOrAnEarlierOneNeverAFutureYear() {
        LocalDate today = LocalDate.of(2026, 12, 4);
        assertEquals(2026, ReportYear.require(2026, today));
        assertEquals(2025, ReportYear.require(2025, today));
        assertEquals("report.year.future",
                assertThrows(DomainRuleViolation.class, () -> ReportYear.require(2027, today)).key());
        assertEquals("report.year.invalid",
                assertThrows(DomainRuleViolation.class, () -> ReportYear.require(1999, today)).key());
        assertEquals(LocalDate.of(2025, 12, 31), ReportYear.lastDay(2025, today));
        assertEquals(today, ReportYear.lastDay(2026, today), "the running year: figures up to today");
    }

    @Test
    void aForewordHasRealWordsAndALimit() {
        assertEquals("report.foreword.required",
                assertThrows(DomainRuleViolation.class, () -> Foreword.require("  ")).key());
        assertEquals("report.foreword.tooShort",
                assertThrows(DomainRuleViolation.class, () -> Foreword.require("Our year.")).key());
        assertEquals("report.foreword.tooLong",
                assertThrows(DomainRuleViolation.class, () -> Foreword.require("x".repeat(10_001))).key());
        assertEquals("A year of work, told by the council.", Foreword.require("  A year of work, told by the council. "));
    }
}
