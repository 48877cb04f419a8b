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
 */
public record AnnualFigures(int year, LocalDate asOf, Count consultations, Count comments, Map<String, Count> answers,
        Count changes, Share adoptedShare, Count meetings, Map<String, Count> meetingsByKind, Count membersActive,
        Count membersPaused, Share giniOffers, Share giniEarnings, String earningsCurrency, Share giniInvitations,
        Count tasksOffered, Count tasksAccepted, Count learningOffered, Count learningAccepted,
        Count learningCompleted, long positions, Map<String, Long> positionAnswers, Map<String, Long> outcomes,
        List<Payment> payments) {

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
        return out;
    }

    private static void add(List<String> out, String path, boolean hidden) {
        if (hidden) {
            out.add(path);
        }
    }
}
