/**
 * The rules of paid tasks that need no server: what a task's terms must state ({@link
 * org.nstac.portal.task.domain.TaskTerms}), whom a task may be offered to ({@link
 * org.nstac.portal.task.domain.Eligibility}), in which order the secretariat is shown eligible members ({@link
 * org.nstac.portal.task.domain.Suggestion}) and how evenly offers and pay are spread ({@link
 * org.nstac.portal.task.domain.Gini}), the hours members log ({@link org.nstac.portal.task.domain.WorkLog}), what
 * accepted work pays ({@link org.nstac.portal.task.domain.TaskPay}), and how offers and tasks move on ({@link
 * org.nstac.portal.task.domain.OfferState}, {@link org.nstac.portal.task.domain.TaskState}).
 *
 * <p>Why here and pure: members said that some of them were always chosen and others forgotten, and that work went
 * underpaid. These rules answer that, so they are written once, tested without a server, and used alike by the
 * feature's pages, API and services. Declining an offer costs a member nothing, a pause or a missing consent keeps
 * every offer away, and no hour of accepted work goes unpaid. Nothing here asks about a member's lived experience.
 * Rule violations are {@link org.nstac.portal.shared.DomainRuleViolation}s whose arguments are the rule's own limits,
 * never what a member typed.
 */
package org.nstac.portal.task.domain;
