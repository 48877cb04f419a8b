package org.nstac.portal.task.domain;

/** What someone may do with paid tasks; {@link TaskRules} says who. */
public enum TaskAction {
    /** Write a new task with its terms. */
    CREATE,
    /** See every task, with its offers and logs. */
    LIST_ALL,
    /** See the fairness ranking of members for a task. */
    SUGGEST,
    /** Offer a task to an eligible member. */
    OFFER,
    /** Accept delivered work or ask for changes. */
    REVIEW,
    /** Call a task off. */
    CANCEL,
    /** See what a task's work was booked at in the ledger. */
    READ_PAYABLES,
    /** See the fairness view: offers, hours and earnings per member. */
    READ_FAIRNESS,
    /** See the tasks offered to oneself. */
    LIST_OWN,
    /** Accept or decline an offer made to oneself. */
    ANSWER_OFFER,
    /** Log hours, see one's own logs, hand in the work: on a task one was offered. */
    WORK
}
