package org.nstac.portal.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nstac.portal.report.application.AnnualReports;
import org.nstac.portal.report.domain.AnnualFigures;
import org.nstac.portal.report.domain.Count;
import org.nstac.portal.report.domain.Share;

/**
 * The annual report's charts draw only what the report shows: a figure about fewer than three members is never a bar
 * (its height would give it away), and a section with nothing above zero has no chart.
 */
class ReportChartsTest {

    @Test
    void hiddenFiguresAreNeverDrawn() {
        Map<String, Count> answers = new LinkedHashMap<>();
        answers.put("ACCEPTED", Count.of(3, 3));
        answers.put("PARTLY_ACCEPTED", Count.of(1, 1));
        answers.put("NOT_ACCEPTED", Count.of(0, 0));
        answers.put("NOTED", Count.of(2, 2));
        Map<String, Count> kinds = new LinkedHashMap<>();
        kinds.put("PLENARY", Count.of(1, 3));
        kinds.put("WORKING_GROUP", Count.of(1, 1));
        ReportLines.Shown shown = ReportLines.of(view(answers, kinds, List.of(
                AnnualFigures.Payment.of("MEETING_DAY", "RSD", new BigDecimal("12000"), 3),
                AnnualFigures.Payment.of("TASK_HOUR", "RSD", new BigDecimal("4500"), 2))), Locale.ENGLISH);

        JsonObject answered = chart(shown, "consultations");
        assertEquals(List.of("Accepted", "Not accepted"), labels(answered));
        assertEquals("[3,0]", data(answered));
        JsonObject meetings = chart(shown, "meetings");
        assertEquals(1, labels(meetings).size(), "the working group (one member) is not drawn: " + meetings);
        JsonObject paid = chart(shown, "payments");
        assertEquals("[12000.00]", data(paid), "the task hours (two members) are not drawn: " + paid);
        assertFalse(shown.charts().get("payments").contains("4500"));
    }

    @Test
    void aSectionWithNothingAboveZeroHasNoChart() {
        Map<String, Count> answers = new LinkedHashMap<>();
        answers.put("ACCEPTED", Count.of(0, 0));
        ReportLines.Shown shown = ReportLines.of(view(answers, Map.of("PLENARY", Count.of(0, 0)), List.of()),
                Locale.ENGLISH);
        assertTrue(shown.charts().isEmpty(), shown.charts().toString());
        assertEquals(List.of("consultations", "meetings", "tasks", "participation", "payments", "review"),
                shown.sections().stream().map(ReportLines.Section::id).toList(), "the tables are all still there");
    }

    @Test
    void participationMonthByMonthLeavesAGapWhereFewerThanThreeTookPartAndReadsAsATable() {
        Map<String, Count> answers = Map.of("ACCEPTED", Count.of(0, 0));
        AnnualFigures base = view(answers, Map.of(), List.of()).figures();
        AnnualFigures f = new AnnualFigures(base.year(), base.asOf(), base.consultations(), base.comments(),
                base.answers(), base.changes(), base.adoptedShare(), base.meetings(), base.meetingsByKind(),
                base.membersActive(), base.membersPaused(), base.giniOffers(), base.giniEarnings(),
                base.earningsCurrency(), base.giniInvitations(), base.tasksOffered(), base.tasksAccepted(),
                base.learningOffered(), base.learningAccepted(), base.learningCompleted(), base.positions(),
                base.positionAnswers(), base.outcomes(), base.payments(), Count.ZERO, Map.of(), List.of(
                        AnnualFigures.Month.of(java.time.YearMonth.of(2019, 1), 4, 2, 0),
                        AnnualFigures.Month.of(java.time.YearMonth.of(2019, 2), 3, 5, 6)));
        assertTrue(f.suppressed().contains("participation.2019-01.commented"), f.suppressed().toString());
        ReportLines.Shown shown = ReportLines.of(new AnnualReports.View(f, true, null, null, "Foreword", null,
                Count.of(0, 0), Count.of(0, 0), List.of(), null, false), Locale.ENGLISH);

        JsonObject months = chart(shown, "months");
        assertEquals("line", months.getString("type"));
        assertEquals(List.of("2019-01", "2019-02"), labels(months));
        var series = months.getJsonObject("data").getJsonArray("datasets");
        assertEquals("[4,3]", series.getJsonObject(0).getJsonArray("data").toString(), "offered a task");
        assertEquals("[null,5]", series.getJsonObject(1).getJsonArray("data").toString(),
                "two members commenting in January are a gap, never a point");
        assertEquals("[0,6]", series.getJsonObject(2).getJsonArray("data").toString(), "attended");
        Map<String, String> table = ReportLines.flat(shown);
        assertEquals("offered a task: 4; commented on a draft: fewer than 3; attended a meeting: 0",
                table.get("Members taking part, month by month / January 2019"), table.toString());

        ReportLines.Shown serbian = ReportLines.of(new AnnualReports.View(f, true, null, null, "Foreword", null,
                Count.of(0, 0), Count.of(0, 0), List.of(), null, false), Locale.forLanguageTag("sr-Latn"));
        assertTrue(ReportLines.flat(serbian).keySet().stream().anyMatch(k -> k.startsWith(
                "Članovi koji učestvuju, mesec po mesec / ")), ReportLines.flat(serbian).toString());
    }

    private static JsonObject chart(ReportLines.Shown shown, String section) {
        assertTrue(shown.charts().containsKey(section), section + " has a chart: " + shown.charts());
        return Json.createReader(new StringReader(shown.charts().get(section))).readObject();
    }

    private static List<String> labels(JsonObject chart) {
        return chart.getJsonObject("data").getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString);
    }

    private static String data(JsonObject chart) {
        return chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data").toString();
    }

    private static AnnualReports.View view(Map<String, Count> answers, Map<String, Count> kinds,
            List<AnnualFigures.Payment> payments) {
        Share none = Share.of(null, 0);
        AnnualFigures f = new AnnualFigures(2019, LocalDate.of(2019, 12, 31), Count.of(2, 4), Count.of(5, 4),
                answers, Count.of(3, 3), none, Count.of(2, 4), kinds, Count.of(5, 5), Count.of(1, 1), none, none,
                "RSD", none, Count.of(4, 4), Count.of(2, 2), Count.of(4, 4), Count.of(3, 3), Count.of(1, 1), 1,
                Map.of("ACCEPTED", 1L), Map.of("ADOPTED", 1L), payments);
        return new AnnualReports.View(f, true, null, null, "Foreword", null, Count.of(0, 0), Count.of(0, 0),
                List.of(), null, false);
    }
}
