package org.nstac.portal.consultation.report;

import org.nstac.portal.consultation.domain.Disposition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.nstac.portal.consultation.report.ReportFixtures.day;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportStatisticsTest {

    @Test
    void theMedianOfAnEvenNumberOfAnswersIsTheMeanOfTheMiddleTwo() {
        ReportStatistics statistics = ReportStatistics.of(ReportFixtures.comments());
        assertEquals(new BigDecimal("2.5"), statistics.medianDaysToAnswer());
    }

    @Test
    void theMedianOfAnOddNumberOfAnswersIsTheMiddleOne() {
        List<ReportComment> comments = List.of(
                answeredAfter(Duration.ofDays(1)),
                answeredAfter(Duration.ofDays(30)),
                answeredAfter(Duration.ofHours(60)));
        assertEquals(new BigDecimal("2.5"), ReportStatistics.of(comments).medianDaysToAnswer());
    }

    @Test
    void daysAreRoundedHalfUpToOneDecimalOnlyAtTheEnd() {
        // About 1.06 and 1.16 days: rounded first they would average 1.15 and give 1.2; the exact median is 1.11
        List<ReportComment> comments = List.of(
                answeredAfter(Duration.ofMinutes(1526)),
                answeredAfter(Duration.ofMinutes(1670)));
        assertEquals(new BigDecimal("1.1"), ReportStatistics.of(comments).medianDaysToAnswer());
        // 2 and 2.5 days: the median 2.25 rounds half up
        assertEquals(new BigDecimal("2.3"), ReportStatistics.of(List.of(
                answeredAfter(Duration.ofHours(48)), answeredAfter(Duration.ofHours(60)))).medianDaysToAnswer());
    }

    @Test
    void withoutAnswersThereIsNoMedian() {
        assertNull(ReportStatistics.of(List.of(ReportComment.unanswered(1, "Zora", "x", day(0))))
                .medianDaysToAnswer());
        assertNull(ReportStatistics.of(List.of()).medianDaysToAnswer());
    }

    @Test
    void sharesAreOfAllCommentsSoTheUnansweredOnesShow() {
        ReportStatistics statistics = ReportStatistics.of(ReportFixtures.comments());
        assertEquals(6, statistics.commentCount());
        assertEquals(Map.of(
                Disposition.ACCEPTED, new BigDecimal("16.7"),
                Disposition.PARTLY_ACCEPTED, new BigDecimal("16.7"),
                Disposition.NOT_ACCEPTED, new BigDecimal("16.7"),
                Disposition.NOTED, new BigDecimal("16.7")), statistics.dispositionShares());
        assertEquals(2, statistics.unansweredCount());
        assertEquals(new BigDecimal("33.3"), statistics.unansweredShare());
    }

    @Test
    void everyDispositionHasAShareEvenWhenNoCommentGotIt() {
        List<ReportComment> comments = List.of(
                answeredAfter(Duration.ofDays(1)),
                answeredAfter(Duration.ofDays(1)),
                ReportComment.unanswered(1, "Zora", "x", day(0)));
        ReportStatistics statistics = ReportStatistics.of(comments);
        assertEquals(new BigDecimal("66.7"), statistics.dispositionShares().get(Disposition.ACCEPTED));
        assertEquals(new BigDecimal("0.0"), statistics.dispositionShares().get(Disposition.NOTED));
        assertEquals(new BigDecimal("33.3"), statistics.unansweredShare());
    }

    @Test
    void noCommentsMeanZeroSharesNotADivisionByZero() {
        ReportStatistics statistics = ReportStatistics.of(List.of());
        assertEquals(new BigDecimal("0.0"), statistics.dispositionShares().get(Disposition.ACCEPTED));
        assertEquals(new BigDecimal("0.0"), statistics.unansweredShare());
    }

    @Test
    void commentsAreCountedPerSectionAndOnTheWholeDraft() {
        ReportStatistics statistics = ReportStatistics.of(ReportFixtures.comments());
        assertEquals(1, statistics.commentsOnWholeDraft());
        assertEquals(Map.of(1, 1, 2, 2, 3, 1, 9, 1), statistics.commentsPerSection());
        assertEquals(List.of(1, 2, 3, 9), List.copyOf(statistics.commentsPerSection().keySet()));
    }

    private static ReportComment answeredAfter(Duration wait) {
        return ReportComment.unanswered(1, "Zora", "x", day(0))
                .answered(Disposition.ACCEPTED, "Da.", day(0).plus(wait));
    }
}
