package org.nstac.portal.payment.domain;

/**
 * What the council pays for, each a line on the rate card.
 *
 * <p>Why preparation is its own activity: members' time before a meeting (reading drafts, preparing what to say)
 * is work, and was unpaid before; it is paid by the hour, apart from the meeting day. Task hours may have a rate per
 * kind of task, since a translation and a peer-support session are not the same work.
 */
public enum Activity {
    /** Attending a council meeting, per day. */
    MEETING_DAY,
    /** Preparing for a meeting or consultation, per hour. */
    PREPARATION_HOUR,
    /** Accepted work on a paid task, per hour; the only activity with rates per task kind. */
    TASK_HOUR,
    /** Speaking in public on the council's behalf, per appearance. */
    PUBLIC_SPEAKING,
    /** Daily allowance for a day away from home. */
    PER_DIEM,
    /** Travel by one's own means, per kilometre. */
    TRAVEL_PER_KM,
    /** A stipend for a standing role (the chair, a working-group lead), per month, prorated by days taking part. */
    MONTHLY_STIPEND,
    /** A day's earnings lost to the council's work (a day off a paid job), per day: the card caps a claim. */
    LOST_EARNINGS_DAY,
    /**
     * Paid time at a training, course or retraining the council offered (learning and retraining), per hour: members
     * learn on paid time as staff do, at the expert reference for a training day's hours.
     */
    LEARNING_HOUR,
    /** Money a member spent for the council (tickets, childcare, meals), paid back as claimed; not on the card. */
    EXPENSE;

    /** Whether the rate card has rates for this activity; expenses are paid back as spent. */
    public boolean onRateCard() {
        return this != EXPENSE;
    }

    /** Whether rates for this activity may differ by task kind. */
    public boolean byTaskKind() {
        return this == TASK_HOUR;
    }
}
