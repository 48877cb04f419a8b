/**
 * What members and finance officers read about payments: a member's statement ({@link
 * org.nstac.portal.payment.report.Statement}), the council's payment totals ({@link
 * org.nstac.portal.payment.report.PaymentTotalsReport}) and members' rates next to the expert reference ({@link
 * org.nstac.portal.payment.report.ParityReport}), each as a PDF to read and a CSV to work with.
 *
 * <p>Why pure values and renderers, with no database: members were underpaid before, so a member must be able to
 * see every amount owed to them, where it stands and why one was not paid, and finance officers must get the same
 * figures wherever they look. The figures are therefore computed in one place ({@link
 * org.nstac.portal.payment.report.Totals}), from values the caller has already loaded and checked access to, and
 * tested without a server. The renderers have no words of their own: every label comes from the caller's message
 * lookup, so a statement cannot come out half translated, and it is resolved before the first byte is written, so
 * a missing label fails the request rather than a half-written file. Text the renderers did not write (descriptions,
 * reasons, pseudonyms) is printed literally: never read as markup in a PDF, and neutralised in a CSV so no cell
 * starts like a spreadsheet formula.
 */
package org.nstac.portal.payment.report;
