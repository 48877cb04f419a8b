package org.nstac.portal.consultation.domain;

/**
 * How a member chooses to sign a comment, each time they write one.
 *
 * <p>Why a choice: some members want the ministry to know that a point comes from them (under their pseudonym);
 * others want the point weighed on its own, or want to raise something with the council first. The member
 * decides per comment; {@link AuthorView} applies the choice for every reader and for the report.
 */
public enum Attribution {
    /** Signed with the author's pseudonym, for everyone who may read the comment. */
    PSEUDONYM,
    /** The ministry and observers read "A council member"; the council and the secretariat see the pseudonym. */
    COUNCIL,
    /** For the council and the secretariat only: the ministry and observers never see it, nor does the report. */
    INTERNAL
}
