/**
 * The consultation rules that need no server: the phases a consultation goes through and when it may move on
 * ({@link org.nstac.portal.consultation.domain.Phase}, {@link org.nstac.portal.consultation.domain.ConsultationDates}),
 * who may do what in each phase ({@link org.nstac.portal.consultation.domain.ConsultationRules}), whose
 * pseudonym each reader sees on a comment ({@link org.nstac.portal.consultation.domain.AuthorView}), and what a
 * comment and an answer must be ({@link org.nstac.portal.consultation.domain.CommentBody},
 * {@link org.nstac.portal.consultation.domain.CommentDepth}, {@link org.nstac.portal.consultation.domain.Answer}).
 *
 * <p>Why here and pure: these rules protect members and hold ministries to their word, so they are written once,
 * tested exhaustively without a server, and used alike by the feature's policy class, pages, API and jobs.
 * {@link org.nstac.portal.consultation.domain.PersonalDetailsCheck} only warns: a member decides what to post,
 * and nothing here ever asks for or stores a member's lived experience. Rule violations are
 * {@link org.nstac.portal.shared.DomainRuleViolation}s whose arguments are the rule's own limits, never the text a
 * member wrote.
 */
package org.nstac.portal.consultation.domain;
