/**
 * The rules about council members that need no server: the pseudonym a member is known by (and the check that it
 * does not give away their legal name), the bank account they are paid into, what admission asks of them and
 * how their participation can be paused or ended.
 *
 * <p>Why its own package: these rules protect members, so they are written once, tested without a server, and
 * used alike by pages, API and services. Nothing here asks for a member's lived experience: admission records
 * attestations and the outcome of a readiness assessment, never a story, a date of birth or clinical detail.
 * Rule violations are {@link org.nstac.portal.shared.DomainRuleViolation}s carrying a message key; they never
 * carry the personal value that broke the rule.
 */
package org.nstac.portal.member.domain;
