package org.nstac.portal.organisation.domain;

/** How a person stands to the register of organisations: from their realm roles. */
public enum OrganisationRelation {
    /** The portal's administrator, who keeps the register. */
    ADMIN,
    /** The secretariat, which works with the organisations and needs to know who acts for each. */
    SECRETARIAT,
    /** Anyone else signed in: members, officials, observers, finance. */
    OTHER
}
