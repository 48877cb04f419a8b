package org.nstac.portal.report.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The figures of one year's report, as drafted: each count with the number of members it describes and whether it is
 * hidden ({@link SmallNumbers}). Maps are in a fixed order (dispositions, meeting kinds, outcomes as their enums
 * list them). No member reference, no name: only numbers.
 *
 * @param asOf             the last day the figures cover (31 December, or the drafting day for the running year)
 * @param consultations    consultations the council took part in (a comment or a stance on the position)
 * @param answers          answers to members' comments given in the year, by disposition
 * @param changes          answers that say which section the comment changed
 * @param adoptedShare     the share of answered comments accepted in full or in part (0 to 1, two decimals)
 * @param meetings         meetings held (started, not called off), and by kind in {@code meetingsByKind}
 * @param giniOffers       Gini of task offers across the members taking part (0 = evenly spread)
 * @param giniEarnings     Gini of pay for the year's work, in {@code earningsCurrency}, across the same members
 * @param giniInvitations  Gini of meeting invitations across the same members
 * @param positions        council positions submitted; {@code positionAnswers} the answers they got, by disposition
 * @param outcomes         what became of the laws (ADOPTED, AMENDED, WITHDRAWN, PENDING) recorded in the year
 * @param payments         pay for the year's work by activity and currency (owed, approved or paid)
 * @param incidents        incidents logged with their day in the year (care's incident log), and by kind in
 *                         {@code incidentsByKind}; each incident may be about a person, so a count of one or two is
 *                         hidden like a figure about one or two members
 * @param participation    members taking part, month by month from January to the month of {@code asOf}: how many
 *                         were offered a task, commented on a draft, attended a meeting (each a count of members,
 *                         hidden below three)
 */
public record AnnualFigures(int year, LocalDate asOf, Count consultations, Count comments, Map<String, Count> answers,
        Count changes, Share adoptedShare, Count meetings, Map<String, Count> meetingsByKind, Count membersActive,
        Count membersPaused, Share giniOffers, Share giniEarnings, String earningsCurrency, Share giniInvitations,
        Count tasksOffered, Count tasksAccepted, Count learningOffered, Count learningAccepted,
        Count learningCompleted, long positions, Map<String, Long> positionAnswers, Map<String, Long> outcomes,
        List<Payment> payments, Count incidents, Map<String, Count> incidentsByKind, List<Month> participation) {

    /** Figures drafted before participation was counted month by month (a stored snapshot without it): none. */
    public AnnualFigures(int year, LocalDate asOf, Count consultations, Count comments, Map<String, Count> answers,
            Count changes, Share adoptedShare, Count meetings, Map<String, Count> meetingsByKind, Count membersActive,
            Count membersPaused, Share giniOffers, Share giniEarnings, String earningsCurrency, Share giniInvitations,
            Count tasksOffered, Count tasksAccepted, Count learningOffered, Count learningAccepted,
            Count learningCompleted, long positions, Map<String, Long> positionAnswers, Map<String, Long> outcomes,
            List<Payment> payments, Count incidents, Map<String, Count> incidentsByKind) {
        this(year, asOf, consultations, comments, answers, changes, adoptedShare, meetings, meetingsByKind,
                membersActive, membersPaused, giniOffers, giniEarnings, earningsCurrency, giniInvitations, tasksOffered,
                tasksAccepted, learningOffered, learningAccepted, learningCompleted, positions, positionAnswers,
                outcomes, payments, incidents, incidentsByKind, List.of());
    }

    /** Figures drafted before incidents were counted (a stored snapshot without them): none. */
    public AnnualFigures(int year, LocalDate asOf, Count consultations, Count comments, Map<String, Count> answers,
            Count changes, Share adoptedShare, Count meetings, Map<String, Count> meetingsByKind, Count membersActive,
            Count membersPaused, Share giniOffers, Share giniEarnings, String earningsCurrency, Share giniInvitations,
            Count tasksOffered, Count tasksAccepted, Count learningOffered, Count learningAccepted,
            Count learningCompleted, long positions, Map<String, Long> positionAnswers, Map<String, Long> outcomes,
            List<Payment> payments) {
        this(year, asOf, consultations, comments, answers, changes, adoptedShare, meetings, meetingsByKind,
                membersActive, membersPaused, giniOffers, giniEarnings, earningsCurrency, giniInvitations, tasksOffered,
                tasksAccepted, learningOffered, learningAccepted, learningCompleted, positions, positionAnswers,
                outcomes, payments, Count.ZERO, Map.of(), List.of());
    }

    /**
     * One month of participation: members offered a task, members who commented, members who attended a meeting.
     *
     * @param month the month, as {@code 2026-03}
     */
    public record Month(String month, Count offered, Count commented, Count attended) {

        /** A month's counts of members, each hidden below three. */
        public static Month of(java.time.YearMonth month, long offered, long commented, long attended) {
            return new Month(month.toString(), Count.ofMembers((int) offered), Count.ofMembers((int) commented),
                    Count.ofMembers((int) attended));
        }
    }

    /**
     * Incidents counted by kind, each count hidden when it is one or two (an incident is about a person, named or
     * not), and the total hidden too when it is, or when exactly one kind is (subtraction would find it).
     */
    public static IncidentCounts incidentCounts(Map<String, Long> byKind) {
        Map<String, Count> counts = new java.util.LinkedHashMap<>();
        long total = 0;
        for (Map.Entry<String, Long> e : byKind.entrySet()) {
            long n = e.getValue();
            counts.put(e.getKey(), Count.of(n, (int) Math.min(n, Integer.MAX_VALUE)));
            total += n;
        }
        Count all = Count.of(total, (int) Math.min(total, Integer.MAX_VALUE));
        long hiddenKinds = counts.values().stream().filter(Count::hidden).count();
        if (SmallNumbers.hidesTotal(all.hidden(), hiddenKinds)) {
            all = all.hiddenToo();
        }
        return new IncidentCounts(all, java.util.Collections.unmodifiableMap(counts));
    }

    /** Whether these figures count incidents (a report drafted before they were counted does not). */
    public boolean incidentsCounted() {
        return !incidentsByKind.isEmpty();
    }

    /** The incidents of a year: the total and by kind. */
    public record IncidentCounts(Count total, Map<String, Count> byKind) {
    }

    /** One line of pay: an activity in a currency, with the members paid it. */
    public record Payment(String activity, String currency, BigDecimal amount, int members, boolean hidden) {

        public static Payment of(String activity, String currency, BigDecimal amount, int members) {
            return new Payment(activity, currency, amount, members, SmallNumbers.hides(members));
        }

        public BigDecimal shown() {
            return hidden ? null : amount;
        }
    }

    /** Where each hidden figure is, as the API names it ("members.paused", "answers.NOTED", "payments.TASK_HOUR.RSD"). */
    public List<String> suppressed() {
        List<String> out = new ArrayList<>();
        add(out, "consultations", consultations.hidden());
        add(out, "comments", comments.hidden());
        answers.forEach((k, c) -> add(out, "answers." + k, c.hidden()));
        add(out, "changes", changes.hidden());
        add(out, "adoptedShare", adoptedShare.hidden());
        add(out, "meetings", meetings.hidden());
        meetingsByKind.forEach((k, c) -> add(out, "meetingsByKind." + k, c.hidden()));
        add(out, "members.active", membersActive.hidden());
        add(out, "members.paused", membersPaused.hidden());
        add(out, "giniOffers", giniOffers.hidden());
        add(out, "giniEarnings", giniEarnings.hidden());
        add(out, "giniInvitations", giniInvitations.hidden());
        add(out, "tasks.offered", tasksOffered.hidden());
        add(out, "tasks.accepted", tasksAccepted.hidden());
        add(out, "learning.offered", learningOffered.hidden());
        add(out, "learning.accepted", learningAccepted.hidden());
        add(out, "learning.completed", learningCompleted.hidden());
        payments.forEach(p -> add(out, "payments." + p.activity() + "." + p.currency(), p.hidden()));
        add(out, "incidents", incidents.hidden());
        incidentsByKind.forEach((k, c) -> add(out, "incidentsByKind." + k, c.hidden()));
        for (Month m : participation) {
            add(out, "participation." + m.month() + ".offered", m.offered().hidden());
            add(out, "participation." + m.month() + ".commented", m.commented().hidden());
            add(out, "participation." + m.month() + ".attended", m.attended().hidden());
        }
        return out;
    }

    private static void add(List<String> out, String path, boolean hidden) {
        if (hidden) {
            out.add(path);
        }
    }
}
