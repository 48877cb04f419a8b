package org.nstac.portal.payment.domain;

/** What someone may do with the council's payments; {@link PaymentRules} says who. */
public enum PaymentAction {
    /** Read every payable (finance's queue, the secretariat's overview). */
    READ_ALL,
    /** Read one's own statement and payment channel. */
    READ_STATEMENT,
    /** Read one payable: one's own (as its payee). */
    READ_PAYABLE,
    /** Enter a payable by hand at the card's rate (public speaking, say). */
    ENTER,
    /** Approve, reject, record a payment, reverse: the money moves. */
    MOVE_MONEY,
    /** Make and download bank files. */
    BATCH,
    /** Totals and parity reports, with every member's line. */
    REPORT,
    /** Totals of what an organisation funded, never per member. */
    READ_FUNDED_TOTALS,
    /** Read the rate card. */
    READ_RATES,
    /** Add a rate (never change one). */
    SET_RATES,
    /** Claim an expense or lost earnings for oneself; choose one's payment channel. */
    CLAIM,
    /** See a receipt a member attached (the member's own, or finance checking it). */
    READ_RECEIPT,
    /** Assign and end monthly stipends. */
    MANAGE_STIPENDS
}
