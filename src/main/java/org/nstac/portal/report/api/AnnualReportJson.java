package org.nstac.portal.report.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nstac.portal.report.application.AnnualReports;
import org.nstac.portal.report.domain.AnnualFigures;
import org.nstac.portal.report.domain.Count;
import org.nstac.portal.report.domain.SmallNumbers;

/**
 * The annual report as the API gives it. A figure that describes one or two members is {@code null} and its place is
 * listed in {@code suppressed} ("members.paused", "answers.NOTED", "payments.TASK_HOUR.RSD", ...): shown as "fewer than
 * 3" ({@code fewerThan}) on the page, in the PDF and in the CSV. Amounts are strings ("1500.00"); shares and Gini
 * coefficients numbers from 0 to 1. {@code incidents} and {@code incidentsByKind} count the entries of the care
 * feature's incident log with their day in the year (a count of one or two is hidden, like a figure about one or two
 * members; a report drafted before incidents were counted has {@code null} and an empty map, and lists neither in
 * {@code suppressed}).
 */
public final class AnnualReportJson {

    private AnnualReportJson() {
    }

    @JsonbNillable
    @JsonbPropertyOrder({"active", "paused"})
    public record AnnualReportMembers(Long active, Long paused) {
    }

    @JsonbNillable
    @JsonbPropertyOrder({"offered", "accepted"})
    public record AnnualReportTasks(Long offered, Long accepted) {
    }

    @JsonbNillable
    @JsonbPropertyOrder({"offered", "accepted", "completed"})
    public record AnnualReportLearning(Long offered, Long accepted, Long completed) {
    }

    @JsonbNillable
    @JsonbPropertyOrder({"submitted", "answers"})
    public record AnnualReportPositions(long submitted, Map<String, Long> answers) {
    }

    @JsonbNillable
    @JsonbPropertyOrder({"activity", "currency", "amount"})
    public record AnnualReportPayment(String activity, String currency, String amount) {
    }

    @JsonbNillable
    @JsonbPropertyOrder({"endorsed", "dissented"})
    public record AnnualReportEndorsements(Long endorsed, Long dissented) {
    }

    /**
     * Members taking part in one month: offered a task, commented on a draft, attended a meeting; null when fewer
     * than three (listed in {@code suppressed} as {@code participation.2026-03.offered}).
     */
    @JsonbNillable
    @JsonbPropertyOrder({"month", "offered", "commented", "attended"})
    public record AnnualReportMonth(String month, Long offered, Long commented, Long attended) {
    }

    /**
     * @param asOf           the last day the figures cover
     * @param myStance       the calling member's stance: ENDORSED, DISSENTED or null
     * @param dissentReasons the reasons given for dissent, without names: for the council and secretariat, on a draft
     */
    @JsonbNillable
    @JsonbPropertyOrder({"year", "published", "publishedAt", "draftedAt", "asOf", "consultations", "comments",
        "answers", "changes", "adoptedShare", "meetings", "meetingsByKind", "members", "giniOffers", "giniEarnings",
        "earningsCurrency", "giniInvitations", "tasks", "learning", "positions", "outcomes", "payments", "incidents",
        "incidentsByKind", "participation", "foreword",
        "endorsements", "myStance", "dissentReasons", "suppressed", "fewerThan"})
    public record AnnualReport(int year, boolean published, String publishedAt, String draftedAt, String asOf,
            Long consultations, Long comments, Map<String, Long> answers, Long changes, BigDecimal adoptedShare,
            Long meetings, Map<String, Long> meetingsByKind, AnnualReportMembers members, BigDecimal giniOffers,
            BigDecimal giniEarnings, String earningsCurrency, BigDecimal giniInvitations, AnnualReportTasks tasks,
            AnnualReportLearning learning, AnnualReportPositions positions, Map<String, Long> outcomes,
            List<AnnualReportPayment> payments, Long incidents, Map<String, Long> incidentsByKind,
            List<AnnualReportMonth> participation, String foreword, AnnualReportEndorsements endorsements, String myStance, List<String> dissentReasons,
            List<String> suppressed, int fewerThan) {
    }

    public static AnnualReport of(AnnualReports.View v) {
        AnnualFigures f = v.figures();
        List<String> suppressed = new java.util.ArrayList<>(f.suppressed());
        if (v.endorsed().hidden()) {
            suppressed.add("endorsements.endorsed");
        }
        if (v.dissented().hidden()) {
            suppressed.add("endorsements.dissented");
        }
        return new AnnualReport(f.year(), v.published(), v.publishedAt() == null ? null : v.publishedAt().toString(),
                v.draftedAt().toString(), f.asOf().toString(), f.consultations().shown(), f.comments().shown(),
                shown(f.answers()), f.changes().shown(), f.adoptedShare().shown(), f.meetings().shown(),
                shown(f.meetingsByKind()),
                new AnnualReportMembers(f.membersActive().shown(), f.membersPaused().shown()),
                f.giniOffers().shown(), f.giniEarnings().shown(), f.earningsCurrency(), f.giniInvitations().shown(),
                new AnnualReportTasks(f.tasksOffered().shown(), f.tasksAccepted().shown()),
                new AnnualReportLearning(f.learningOffered().shown(), f.learningAccepted().shown(),
                        f.learningCompleted().shown()),
                new AnnualReportPositions(f.positions(), f.positionAnswers()), f.outcomes(),
                f.payments().stream().map(p -> new AnnualReportPayment(p.activity(), p.currency(),
                        p.shown() == null ? null : p.shown().toPlainString())).toList(),
                f.incidentsCounted() ? f.incidents().shown() : null, shown(f.incidentsByKind()),
                f.participation().stream().map(m -> new AnnualReportMonth(m.month(), m.offered().shown(),
                        m.commented().shown(), m.attended().shown())).toList(),
                v.foreword(), new AnnualReportEndorsements(v.endorsed().shown(), v.dissented().shown()),
                v.myEndorsement() == null ? null : v.myEndorsement() ? "ENDORSED" : "DISSENTED",
                v.dissentReasons(), suppressed, SmallNumbers.THRESHOLD);
    }

    private static Map<String, Long> shown(Map<String, Count> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.forEach((k, c) -> out.put(k, c.shown()));
        return out;
    }
}
