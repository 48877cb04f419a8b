package org.nstac.portal.task.domain;

/** How a person stands to paid tasks; one person may hold several (the chair is also a member). */
public enum TaskRelation {
    /** Staff who run the council's paid work. */
    SECRETARIAT,
    /** The member who chairs the council. */
    CHAIR,
    /** A council member taking part (not withdrawn). */
    MEMBER,
    /** The member a particular task, or offer, was offered to. */
    OFFERED_MEMBER
}
