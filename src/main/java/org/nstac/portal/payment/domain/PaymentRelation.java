package org.nstac.portal.payment.domain;

/** How a person stands to payments; one person may hold several. */
public enum PaymentRelation {
    FINANCE,
    SECRETARIAT,
    ADMIN,
    CHAIR,
    /** A council member taking part (not withdrawn). */
    MEMBER,
    /** The member a particular payable is owed to. */
    PAYEE,
    /** An official of a ministry. */
    MINISTRY,
    /** An official of a partner organisation (an NGO, a union). */
    PARTNER
}
