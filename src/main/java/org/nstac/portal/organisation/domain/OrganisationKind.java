package org.nstac.portal.organisation.domain;

/**
 * What an organisation is to the council. Ministries open consultations; NGOs and trade unions ({@code UNION}) are
 * the partners whose officials (realm role {@code partner}) may ask the council for advice on their own drafts.
 */
public enum OrganisationKind {
    MINISTRY,
    NGO,
    DONOR,
    UNION,
    INTERNATIONAL;

    /** Whether officials of this kind of organisation may ask the council for advice (an NGO or a trade union). */
    public boolean isPartner() {
        return this == NGO || this == UNION;
    }
}
