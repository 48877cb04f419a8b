package org.nstac.portal.consultation.domain;

/**
 * What the ministry did with a comment. Every answer says one of these, so the report can show, comment by
 * comment, what the council's advice changed.
 */
public enum Disposition {
    ACCEPTED,
    PARTLY_ACCEPTED,
    NOT_ACCEPTED,
    /** Taken note of, without a decision on the draft. */
    NOTED;

    /**
     * Whether the answer must give a reason. Only a full acceptance speaks for itself; a refusal, a partial
     * acceptance or a mere "noted" owes the council an explanation.
     */
    public boolean needsReason() {
        return this != ACCEPTED;
    }
}
