/**
 * The rules of paying members that need no server: the two currencies the council pays in ({@link
 * org.nstac.portal.payment.domain.Currency}), amounts as typed and as kept ({@link
 * org.nstac.portal.payment.domain.Money}), the rate card with its expert reference ({@link
 * org.nstac.portal.payment.domain.RateCard}, {@link org.nstac.portal.payment.domain.Rate}), how a payable moves from
 * accrued to paid ({@link org.nstac.portal.payment.domain.PayableState}), the four-eyes rule ({@link
 * org.nstac.portal.payment.domain.FourEyes}) and the ledger's invariants ({@link
 * org.nstac.portal.payment.domain.Ledger}).
 *
 * <p>Why here and pure: stipends, honoraria, per diems and expenses are how the council values members' time, and
 * members were underpaid before. A member is never paid below what an expert would be paid for the same work, nobody
 * approves their own claim, and finance officers must be able to trust the ledger, so these rules are written once,
 * tested without a server, and used alike by pages, API and services. Amounts are decimals, never {@code double}.
 * Rule violations are {@link org.nstac.portal.shared.DomainRuleViolation}s whose arguments are the rule's own
 * limits, never what a member typed.
 */
package org.nstac.portal.payment.domain;
