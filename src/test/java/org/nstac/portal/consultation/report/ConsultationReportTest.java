package org.nstac.portal.consultation.report;

import org.nstac.portal.consultation.domain.Disposition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nstac.portal.consultation.report.ReportFixtures.day;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nstac.portal.consultation.report.ConsultationReport.CouncilPosition;
import org.nstac.portal.consultation.report.ConsultationReport.Section;

class ConsultationReportTest {

    @Test
    void commentsReadWholeDraftFirstThenBySectionThenOldestFirst() {
        ConsultationReport report = ReportFixtures.report(ReportFixtures.SERBIAN);
        List<ReportComment> ordered = report.commentsInReadingOrder();
        assertEquals(java.util.Arrays.asList(null, 1, 2, 2, 3, 9),
                ordered.stream().map(ReportComment::sectionNumber).toList());
        assertEquals(day(2), ordered.get(2).postedAt());
        assertEquals(day(3), ordered.get(3).postedAt());
    }

    @Test
    void twoSectionsWithOneNumberAreRefused() {
        ConsultationReport report = ReportFixtures.report(ReportFixtures.ENGLISH);
        assertThrows(IllegalArgumentException.class, () -> new ConsultationReport(report.title(), "",
                report.ministryName(), List.of(), List.of(new Section(1, "A"), new Section(1, "B")), List.of(),
                null, report.labels()));
    }

    @Test
    void anAnswerNeedsBothADispositionAndADate() {
        assertThrows(IllegalArgumentException.class,
                () -> new ReportComment(1, "Zora", "x", day(0), Disposition.ACCEPTED, "Da.", null));
        assertThrows(IllegalArgumentException.class,
                () -> new ReportComment(1, "Zora", "x", day(0), null, null, day(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new ReportComment(1, "Zora", "x", day(0), null, "Razlog bez odgovora", null));
    }

    @Test
    void anAnswerCannotPredateItsComment() {
        assertThrows(IllegalArgumentException.class,
                () -> ReportComment.unanswered(1, "Zora", "x", day(2)).answered(Disposition.NOTED, null, day(1)));
    }

    @Test
    void aCouncilPositionCountsPeople() {
        assertThrows(IllegalArgumentException.class, () -> new CouncilPosition("Stav", -1, 0, null));
    }
}
