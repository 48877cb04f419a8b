/**
 * Engagement terms (issue 19): the role, the pay, the hours, how to stop and the support, as versioned texts in
 * English and Serbian that the administrator publishes and each member reads and accepts before any offer,
 * invitation or payable (a claim, a stipend, a payable staff enter). The rate card is not copied into a text: the page and the PDF show the card in force next to it, so the
 * rates a member reads are the ones paid. Other features ask {@link org.nstac.portal.shared.EngagementTerms}, which
 * this feature provides, and refuse with {@code terms.required} until the current version is accepted.
 */
package org.nstac.portal.terms;
