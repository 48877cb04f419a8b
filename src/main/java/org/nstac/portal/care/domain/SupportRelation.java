package org.nstac.portal.care.domain;

/** How a caller stands to one support request. A caller may hold several (a chair who is also the support person). */
public enum SupportRelation {
    /** The member who asked. */
    REQUESTER,
    /** The person it reached: the named support person, or anyone on the secretariat's duty when none was named. */
    REACHED,
    /** The chair, once the request was escalated to them. */
    CHAIR_ESCALATED
}
