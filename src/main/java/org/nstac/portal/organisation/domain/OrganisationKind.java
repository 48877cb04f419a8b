package org.nstac.portal.organisation.domain;

/** What an organisation is to the council. */
public enum OrganisationKind {
    MINISTRY,
    NGO,
    DONOR,
    TRADE_UNION,
    INTERNATIONAL
}
