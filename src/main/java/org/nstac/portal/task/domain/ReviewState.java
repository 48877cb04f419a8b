package org.nstac.portal.task.domain;

/** Where the review of a member's delivered work stands. */
public enum ReviewState {
    /** Submitted, waiting for the secretariat. */
    IN_REVIEW,
    /** Accepted: the work is booked in the ledger once. */
    ACCEPTED,
    /** The secretariat asked for changes, with a comment; the member may submit again. */
    CHANGES_REQUESTED
}
