/**
 * The rules of the council's meetings that need no server: what kind of meeting it is ({@link
 * org.nstac.portal.meeting.domain.MeetingKind}), where it happens ({@link org.nstac.portal.meeting.domain.Place}) and
 * when ({@link org.nstac.portal.meeting.domain.MeetingTimes}), the safety plan every meeting needs before anyone is
 * invited ({@link org.nstac.portal.meeting.domain.SafetyPlan}), how an invitation moves on ({@link
 * org.nstac.portal.meeting.domain.InvitationState}, {@link org.nstac.portal.meeting.domain.InvitationRules}), what
 * attendance pays ({@link org.nstac.portal.meeting.domain.Attendance}, {@link
 * org.nstac.portal.meeting.domain.MeetingPay}, {@link org.nstac.portal.meeting.domain.AttendancePay}), which accepted
 * meetings clash ({@link org.nstac.portal.meeting.domain.Overlap}), who reads which part of the minutes ({@link
 * org.nstac.portal.meeting.domain.MinutesState}, {@link org.nstac.portal.meeting.domain.MinutesPart}, {@link
 * org.nstac.portal.meeting.domain.MinutesVisibility}) and what a notification e-mail may say ({@link
 * org.nstac.portal.notification.mail.DiscreetMail}).
 *
 * <p>Why here and pure: members described breaking down in front of large audiences, being shown at conferences as
 * a spectacle, and being paid for a fraction of the time they gave. These rules answer that, so they are written
 * once, tested without a server, and used alike by the feature's policy class, pages, API and jobs: no invitation
 * without a safety plan, no public exposure without the member's consent, no hour of preparation or kilometre
 * travelled left unpaid, minutes read only by those who should read them, and mail that gives nothing away. Nothing
 * here asks about a member's lived experience, and every safety plan carries the rule that nobody is asked to tell
 * their own story. Rule violations are {@link org.nstac.portal.shared.DomainRuleViolation}s whose arguments are the
 * rule's own limits or a consent purpose, never what someone typed.
 */
package org.nstac.portal.meeting.domain;
