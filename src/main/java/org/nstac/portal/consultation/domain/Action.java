package org.nstac.portal.consultation.domain;

/** What someone may try to do with a consultation; {@link ConsultationRules} says who may, and in which phase. */
public enum Action {
    /** Read the consultation: its text, versions and the comments the reader may see. */
    VIEW,
    /** Change the draft before it is opened. */
    EDIT_DRAFT,
    /** Move the consultation to its next phase (see {@link Phase#moveTo(Phase, int)}). */
    MOVE_PHASE,
    /** Write a comment or a reply. */
    COMMENT,
    /** Change or delete one's own comment. */
    EDIT_OWN_COMMENT,
    /** Answer a comment on behalf of the ministry. */
    ANSWER,
    /** Publish a new version of the draft law while the consultation runs. */
    PUBLISH_VERSION,
    /** Write the council's joint position. */
    DRAFT_POSITION,
    /** Sign up to the council's joint position before it is submitted. */
    ENDORSE_POSITION,
    /** Take a comment out of the ministry's view and the report (moderation). */
    HIDE_COMMENT,
    /** Ask the secretariat to look at a comment. */
    REPORT_COMMENT,
    /** Read the consultation report. */
    READ_REPORT,
    /** Read the comments (those the reader's relation may see). */
    READ_COMMENTS,
    /**
     * Open a new consultation. Asked as {@code OWNING_MINISTRY} of a {@code DRAFT}: the official who writes it owns it
     * for their ministry from the first moment.
     */
    CREATE,
    /** Attach a supporting PDF: with the draft, and with every new version after it. */
    ATTACH_DOCUMENT,
    /** See how many comments still wait for the ministry's answer, and which consultations are overdue. */
    TRACK_ANSWERS,
    /** Claim the paid preparation hours for having taken part (commented or taken a stance). */
    CLAIM_PREPARATION,
    /** Claim the paid hours for drafting the council's position. */
    CLAIM_DRAFTING,
    /** Record what became of the law after the report (adopted, amended, withdrawn, pending). */
    RECORD_OUTCOME,
    /**
     * Publish the final version of the text once commenting has closed: it ends commenting and new versions for
     * good, and shows what changed since the text members commented on.
     */
    PUBLISH_FINAL
}
