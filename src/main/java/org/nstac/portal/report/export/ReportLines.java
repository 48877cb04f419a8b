package org.nstac.portal.report.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.nstac.portal.report.application.AnnualReports;
import org.nstac.portal.report.domain.AnnualFigures;
import org.nstac.portal.report.domain.Count;
import org.nstac.portal.report.domain.Share;

/**
 * A year's report as sections of labelled lines in one language: what the page, the PDF and the CSV show. A hidden
 * figure reads "fewer than 3"; nothing here names a member (the figures hold no names, and stances are counted).
 */
public final class ReportLines {

    /** One line: a label and its value as shown. */
    public record Line(String label, String value) implements java.io.Serializable {
    }

    /** A titled group of lines. */
    public record Section(String id, String title, List<Line> lines) implements java.io.Serializable {
    }

    /**
     * The report to show: title, the foreword and the sections; {@code charts} by section id, each a Chart.js
     * configuration of the section's figures that are shown (a hidden figure is never drawn: a bar would give it
     * away), and absent where nothing is left to draw. The section's table is the chart's text alternative.
     */
    public record Shown(int year, String title, String status, String asOf, String foreword, List<Section> sections,
            Map<String, String> charts) implements java.io.Serializable {
    }

    private final ResourceBundle bundle;
    private final Locale locale;

    private ReportLines(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.nstac.portal.i18n.messages", locale);
    }

    public static Shown of(AnnualReports.View view, Locale locale) {
        return new ReportLines(locale).shown(view);
    }

    private Shown shown(AnnualReports.View v) {
        AnnualFigures f = v.figures();
        List<Section> sections = new ArrayList<>();
        List<Line> work = new ArrayList<>();
        work.add(line("report.figure.consultations", f.consultations()));
        work.add(line("report.figure.comments", f.comments()));
        f.answers().forEach((k, c) -> work.add(new Line(text("report.figure.answers", text("Disposition." + k)),
                count(c))));
        work.add(line("report.figure.changes", f.changes()));
        work.add(new Line(text("report.figure.adoptedShare"), percent(f.adoptedShare())));
        work.add(new Line(text("report.figure.positions"), String.valueOf(f.positions())));
        f.positionAnswers().forEach((k, n) -> work.add(new Line(text("report.figure.positionAnswers",
                text("Disposition." + k)), String.valueOf(n))));
        f.outcomes().forEach((k, n) -> work.add(new Line(text("report.figure.outcome." + k), String.valueOf(n))));
        sections.add(new Section("consultations", text("report.section.consultations"), work));

        List<Line> meetings = new ArrayList<>();
        meetings.add(line("report.figure.meetings", f.meetings()));
        f.meetingsByKind().forEach((k, c) -> meetings.add(new Line(text("MeetingKind." + k), count(c))));
        sections.add(new Section("meetings", text("report.section.meetings"), meetings));

        sections.add(new Section("tasks", text("report.section.tasks"), List.of(
                line("report.figure.tasksOffered", f.tasksOffered()),
                line("report.figure.tasksAccepted", f.tasksAccepted()),
                line("report.figure.learningOffered", f.learningOffered()),
                line("report.figure.learningAccepted", f.learningAccepted()),
                line("report.figure.learningCompleted", f.learningCompleted()))));

        sections.add(new Section("participation", text("report.section.participation"), List.of(
                line("report.figure.membersActive", f.membersActive()),
                line("report.figure.membersPaused", f.membersPaused()),
                new Line(text("report.figure.giniOffers"), gini(f.giniOffers())),
                new Line(text("report.figure.giniEarnings", f.earningsCurrency()), gini(f.giniEarnings())),
                new Line(text("report.figure.giniInvitations"), gini(f.giniInvitations())))));

        if (!f.participation().isEmpty()) {
            // A report drafted before participation was counted month by month has no such section.
            List<Line> months = new ArrayList<>();
            for (AnnualFigures.Month m : f.participation()) {
                java.time.YearMonth month = java.time.YearMonth.parse(m.month());
                months.add(new Line(month.format(java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", locale)),
                        text("report.figure.month", count(m.offered()), count(m.commented()),
                                count(m.attended()))));
            }
            sections.add(new Section("months", text("report.section.months"), months));
        }

        List<Line> pay = new ArrayList<>();
        for (AnnualFigures.Payment p : f.payments()) {
            pay.add(new Line(text("Activity." + p.activity()) + " (" + p.currency() + ")",
                    p.hidden() ? fewer() : org.nstac.portal.platform.Amounts.format(p.amount(), locale)));
        }
        if (pay.isEmpty()) {
            pay.add(new Line(text("report.figure.noPayments"), "0"));
        }
        sections.add(new Section("payments", text("report.section.payments"), pay));

        if (f.incidentsCounted()) {
            // A report drafted before incidents were counted has no such section, rather than a false zero.
            List<Line> incidents = new ArrayList<>();
            incidents.add(line("report.figure.incidents", f.incidents()));
            f.incidentsByKind().forEach((k, c) -> incidents.add(new Line(text("IncidentKind." + k), count(c))));
            sections.add(new Section("incidents", text("report.section.incidents"), incidents));
        }

        sections.add(new Section("review", text("report.section.review"), List.of(
                new Line(text("report.figure.endorsed"), count(v.endorsed())),
                new Line(text("report.figure.dissented"), count(v.dissented())))));

        Map<String, String> charts = new java.util.LinkedHashMap<>();
        Map<String, BigDecimal> answers = new java.util.LinkedHashMap<>();
        f.answers().forEach((k, c) -> {
            if (!c.hidden()) {
                answers.put(text("Disposition." + k), BigDecimal.valueOf(c.value()));
            }
        });
        chart(charts, "consultations", text("report.chart.answers"), answers);
        Map<String, BigDecimal> kinds = new java.util.LinkedHashMap<>();
        f.meetingsByKind().forEach((k, c) -> {
            if (!c.hidden()) {
                kinds.put(text("MeetingKind." + k), BigDecimal.valueOf(c.value()));
            }
        });
        chart(charts, "meetings", text("report.chart.meetings"), kinds);
        Map<String, BigDecimal> paid = new java.util.LinkedHashMap<>();
        for (AnnualFigures.Payment p : f.payments()) {
            if (!p.hidden()) {
                paid.put(text("Activity." + p.activity()) + " (" + p.currency() + ")",
                        p.amount().setScale(2, RoundingMode.HALF_UP));
            }
        }
        chart(charts, "payments", text("report.chart.payments"), paid);
        monthChart(charts, f.participation());
        return new Shown(f.year(), text("report.title", String.valueOf(f.year())),
                text(v.published() ? "report.status.published" : "report.status.draft"), f.asOf().toString(),
                v.foreword(), sections, java.util.Collections.unmodifiableMap(charts));
    }

    /** A bar chart of the figures, unless there is nothing above zero to draw. */
    private static void chart(Map<String, String> charts, String section, String title, Map<String, BigDecimal> bars) {
        if (bars.values().stream().noneMatch(b -> b.signum() > 0)) {
            return;
        }
        jakarta.json.JsonArrayBuilder labels = jakarta.json.Json.createArrayBuilder();
        jakarta.json.JsonArrayBuilder data = jakarta.json.Json.createArrayBuilder();
        bars.forEach((label, value) -> {
            labels.add(label);
            data.add(value);
        });
        charts.put(section, jakarta.json.Json.createObjectBuilder().add("type", "bar")
                .add("data", jakarta.json.Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json
                                .createObjectBuilder().add("label", title).add("data", data))))
                .add("options", jakarta.json.Json.createObjectBuilder().add("scales", jakarta.json.Json
                        .createObjectBuilder().add("y", jakarta.json.Json.createObjectBuilder()
                                .add("beginAtZero", true))))
                .build().toString());
    }

    /**
     * A line chart of members taking part month by month (offered a task, commented, attended), unless nothing is
     * above zero; a hidden month is a gap in its line (null), never a point.
     */
    private void monthChart(Map<String, String> charts, List<AnnualFigures.Month> months) {
        boolean anything = months.stream().anyMatch(m -> drawn(m.offered()) || drawn(m.commented())
                || drawn(m.attended()));
        if (!anything) {
            return;
        }
        jakarta.json.JsonArrayBuilder labels = jakarta.json.Json.createArrayBuilder();
        jakarta.json.JsonArrayBuilder offered = jakarta.json.Json.createArrayBuilder();
        jakarta.json.JsonArrayBuilder commented = jakarta.json.Json.createArrayBuilder();
        jakarta.json.JsonArrayBuilder attended = jakarta.json.Json.createArrayBuilder();
        for (AnnualFigures.Month m : months) {
            labels.add(m.month());
            point(offered, m.offered());
            point(commented, m.commented());
            point(attended, m.attended());
        }
        charts.put("months", jakarta.json.Json.createObjectBuilder().add("type", "line")
                .add("data", jakarta.json.Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", jakarta.json.Json.createArrayBuilder()
                                .add(series(text("report.chart.months.offered"), offered))
                                .add(series(text("report.chart.months.commented"), commented))
                                .add(series(text("report.chart.months.attended"), attended))))
                .add("options", jakarta.json.Json.createObjectBuilder().add("scales", jakarta.json.Json
                        .createObjectBuilder().add("y", jakarta.json.Json.createObjectBuilder()
                                .add("beginAtZero", true).add("ticks", jakarta.json.Json.createObjectBuilder()
                                        .add("precision", 0)))))
                .build().toString());
    }

    private static boolean drawn(Count c) {
        return !c.hidden() && c.value() > 0;
    }

    private static void point(jakarta.json.JsonArrayBuilder data, Count c) {
        if (c.hidden()) {
            data.addNull();
        } else {
            data.add(c.value());
        }
    }

    private static jakarta.json.JsonObjectBuilder series(String label, jakarta.json.JsonArrayBuilder data) {
        return jakarta.json.Json.createObjectBuilder().add("label", label).add("data", data).add("spanGaps", false);
    }

    private Line line(String key, Count c) {
        return new Line(text(key), count(c));
    }

    private String count(Count c) {
        return c.hidden() ? fewer() : String.valueOf(c.value());
    }

    private String percent(Share s) {
        if (s.hidden()) {
            return fewer();
        }
        return s.value() == null ? text("report.figure.none")
                : s.value().multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    private String gini(Share s) {
        if (s.hidden()) {
            return fewer();
        }
        return s.value() == null ? text("report.figure.none") : s.value().setScale(2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    private String fewer() {
        return text("report.fewerThan3");
    }

    private String text(String key, Object... args) {
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : new java.text.MessageFormat(pattern, locale).format(args);
    }

    /** The section titles and lines as a flat map (tests, CSV). */
    static Map<String, String> flat(Shown shown) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        shown.sections().forEach(s -> s.lines().forEach(l -> out.put(s.title() + " / " + l.label(), l.value())));
        return out;
    }
}
