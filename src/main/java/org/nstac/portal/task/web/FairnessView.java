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
