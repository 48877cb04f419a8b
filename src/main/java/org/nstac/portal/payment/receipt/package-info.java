/**
 * Expense receipts as members upload them: {@link org.nstac.portal.payment.receipt.ReceiptCheck} decides from the
 * content alone whether an upload is a JPEG or PNG photo or a PDF, refuses what is empty, too large, too many pixels,
 * damaged, encrypted or active, and returns a {@link org.nstac.portal.payment.receipt.Receipt} whose bytes have been
 * written again without metadata.
 *
 * <p>Why its own package with no server: a receipt is the one upload members make from their phones, and a phone
 * photo can say where the member lives. Stripping has to happen before anything is stored, the same way for pages
 * and API, and it must be testable with files built in the test. Refusals are {@link
 * org.nstac.portal.shared.DomainRuleViolation}s with {@code payment.receipt.*} keys whose arguments are the rule's
 * own limits, never the file's content or name.
 */
package org.nstac.portal.payment.receipt;
