package org.nstac.portal.member.domain;

/**
 * How a person stands to members and to one member's record; one person may hold several (the custodian is also
 * secretariat, the chair is also a member, and a member is {@code SELF} to their own record).
 */
public enum MemberRelation {
    /** Staff who admit members and look after their records. */
    SECRETARIAT,
    /** The one staff role that may open an identity. */
    CUSTODIAN,
    /** The member who chairs the council. */
    CHAIR,
    /** A council member (not withdrawn), towards any member's record but their own. */
    MEMBER,
    /** The member whose record it is. */
    SELF
}
