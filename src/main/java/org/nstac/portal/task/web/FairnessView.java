package org.nstac.portal.task.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.task.application.Fairness;

/** The fairness view for the secretariat and the chair: a period, the table, the Gini coefficients, a chart. */
@Named
@ViewScoped
public class FairnessView implements Serializable {

    @jakarta.inject.Inject
    org.nstac.portal.shared.CouncilClock clock;

    @jakarta.annotation.PostConstruct
    void startFromToday() {
        from = clock.today().minusMonths(6);
        to = clock.today();
    }

    private static final long serialVersionUID = 1L;

    @Inject
    Fairness fairness;

    @Inject
    FacesMessages messages;

    @Inject
    org.nstac.portal.platform.LanguageBean language;

    private LocalDate from;
    private LocalDate to;
    private transient Fairness.Report report;

    public Fairness.Report getReport() {
        if (report == null) {
            try {
                report = fairness.report(from, to, language.getLocale());
            } catch (DomainRuleViolation violation) {
                messages.violation(violation);
                report = fairness.report(clock.today().minusMonths(6), clock.today(), language.getLocale());
            }
        }
        return report;
    }

    public void refresh() {
        report = null;
        figures = null;
    }

    @Inject
    org.nstac.portal.consultation.application.ConsultationFigures consultationFigures;

    @Inject
    org.nstac.portal.meeting.application.MeetingExports meetingFigures;

    @Inject
    org.nstac.portal.payment.application.Accruals accruals;

    /** One month of participation: members offered a task, members who commented, members who attended a meeting. */
    public record MonthRow(String month, long offered, long commented, long attended) {
    }

    /** One bar of a chart with its label in the reader's language and its figure as text. */
    public record Bar(String label, String figure) {
    }

    /** The three charts' figures for the period, read once per view (and again after "Show"). */
    public record Figures(java.util.List<MonthRow> months, java.util.List<Bar> answers, java.util.List<Bar> payments,
            String currency) {
    }

    private transient Figures figures;

    public Figures getFigures() {
        if (figures == null) {
            Fairness.Report r = getReport();
            java.util.Map<java.time.YearMonth, Long> offered = fairness.offeredByMonth(r.from(), r.to());
            java.util.Map<java.time.YearMonth, Long> commented = consultationFigures.commentersByMonth(r.from(), r.to());
            java.util.Map<java.time.YearMonth, Long> attended = meetingFigures.attendeesByMonth(r.from(), r.to());
            java.util.List<MonthRow> months = new java.util.ArrayList<>();
            for (java.time.YearMonth m = java.time.YearMonth.from(r.from()); !m.isAfter(java.time.YearMonth.from(r.to()));
                    m = m.plusMonths(1)) {
                months.add(new MonthRow(m.toString(), offered.getOrDefault(m, 0L), commented.getOrDefault(m, 0L),
                        attended.getOrDefault(m, 0L)));
            }
            java.util.List<Bar> answers = consultationFigures.answersByDisposition(r.from(), r.to()).entrySet()
                    .stream().map(e -> new Bar(messages.text("consultation.answer." + e.getKey()),
                            String.valueOf(e.getValue()))).toList();
            java.util.List<Bar> payments = new java.util.ArrayList<>();
            accruals.totalsByActivity(r.from(), r.to()).forEach((activity, byCurrency) -> byCurrency.forEach(
                    (currency, amount) -> payments.add(new Bar(messages.text("Activity." + activity.name())
                            + (currency.name().equals(r.currency()) ? "" : " (" + currency.name() + ")"),
                            amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()))));
            figures = new Figures(months, answers, payments, r.currency());
        }
        return figures;
    }

    /** Chart.js configuration: members taking part, month by month (a line per kind of work). */
    public String getParticipationChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder offered = Json.createArrayBuilder();
        JsonArrayBuilder commented = Json.createArrayBuilder();
        JsonArrayBuilder attended = Json.createArrayBuilder();
        for (MonthRow m : getFigures().months()) {
            labels.add(m.month());
            offered.add(m.offered());
            commented.add(m.commented());
            attended.add(m.attended());
        }
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(dataset("task.fairness.chart.offered", offered))
                                .add(dataset("task.fairness.chart.commented", commented))
                                .add(dataset("task.fairness.chart.attended", attended))))
                .add("options", Json.createObjectBuilder().add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    /** Chart.js configuration: the ministries' answers by disposition in the period. */
    public String getAnswersChart() {
        return barChart(getFigures().answers(), "task.fairness.chart.answers");
    }

    /** Chart.js configuration: what the council's work accrued, by activity. */
    public String getPaymentsChart() {
        return barChart(getFigures().payments(), "task.fairness.chart.payments");
    }

    private String barChart(java.util.List<Bar> bars, String key) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Bar b : bars) {
            labels.add(b.label());
            data.add(new java.math.BigDecimal(b.figure()));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(dataset(key, data))))
                .add("options", Json.createObjectBuilder().add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }

    private jakarta.json.JsonObjectBuilder dataset(String key, JsonArrayBuilder data) {
        return Json.createObjectBuilder().add("label", messages.text(key)).add("data", data);
    }

    /** Chart.js configuration for p:chart: offers and earnings per member, built as JSON (names are escaped). */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder offers = Json.createArrayBuilder();
        JsonArrayBuilder earnings = Json.createArrayBuilder();
        for (Fairness.Row row : getReport().rows()) {
            labels.add(row.pseudonym());
            offers.add(row.offers());
            earnings.add(row.earnings());
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", messages.text("task.fairness.offers"))
                                        .add("data", offers).add("yAxisID", "y"))
                                .add(Json.createObjectBuilder().add("label", messages.text("task.fairness.earnings"))
                                        .add("data", earnings).add("yAxisID", "y1"))))
                .add("options", Json.createObjectBuilder().add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("position", "left").add("beginAtZero", true))
                        .add("y1", Json.createObjectBuilder().add("position", "right").add("beginAtZero", true))))
                .build().toString();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
