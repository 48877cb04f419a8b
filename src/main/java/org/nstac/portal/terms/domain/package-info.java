/**
 * The terms as rules that need no server: a published version ({@link org.nstac.portal.terms.domain.TermsVersion},
 * its texts' limits and the order of versions), a member's acceptance of one ({@link
 * org.nstac.portal.terms.domain.TermsAcceptance}), and who may do what ({@link
 * org.nstac.portal.terms.domain.TermsRules}).
 */
package org.nstac.portal.terms.domain;
