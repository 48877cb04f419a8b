package org.nstac.portal.meeting.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.member.domain.Participation.Status;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * When an invitation may be sent, answered, withdrawn or cancelled; {@link InvitationState} says which moves exist,
 * this class says which of them may happen now.
 *
 * <p>Why these rules:
 * <ul>
 *   <li>No invitation goes out without a safety plan that fits the place ({@link SafetyPlan#checkedFor(Place)}):
 *       a member decides whether to come knowing who supports them and what the room allows.</li>
 *   <li>A paused member is invited to nothing until the pause ends, and a withdrawn member never; a member who
 *       withdrew consent to council work is not invited either. Stepping back carries no penalty and no
 *       pressure (see {@link org.nstac.portal.member.domain.Participation}).</li>
 *   <li>The other consents a meeting needs ({@link SafetyPlan#consentsNeeded(MeetingKind)}) are checked when the
 *       member accepts, not when they are invited: the invitation tells the member what the meeting needs, and the
 *       member decides whether to give it. Nobody accepts a public event, or a meeting with press or photographs,
 *       without the matching consent.</li>
 *   <li>Members answer (accept, decline, change their mind) until the meeting starts; after that the secretariat
 *       records attendance instead.</li>
 *   <li>When a member withdraws a consent an upcoming meeting needs, their open invitation to it is withdrawn at
 *       once ({@link #withdrawnByConsent}), whether or not they had accepted: withdrawal of consent takes effect
 *       immediately, and the secretariat is told so that nobody expects them.</li>
 * </ul>
 */
public final class InvitationRules {

    public static final String NO_SAFETY_PLAN = "meeting.invite.noSafetyPlan";
    public static final String PAUSED = "meeting.invite.paused";
    public static final String MEMBER_WITHDRAWN = "meeting.invite.memberWithdrawn";
    public static final String INVITE_CONSENT_MISSING = "meeting.invite.consentMissing";
    public static final String INVITE_TOO_LATE = "meeting.invite.tooLate";
    public static final String ACCEPT_CONSENT_MISSING = "meeting.accept.consentMissing";
    public static final String RESPONSE_TOO_LATE = "meeting.response.tooLate";

    private InvitationRules() {
    }

    /**
     * Refuses an invitation the rules do not allow. The application calls it for each member when invitations go
     * out, since a member may have paused since the list was shown.
     *
     * @param plan                the meeting's safety plan, or {@code null} when it has none yet
     * @param memberStatusToday   the member's participation today ({@code Participation#statusOn(today)})
     * @param memberConsents      the purposes the member holds valid consent for now
     * @throws DomainRuleViolation in this order: {@value #NO_SAFETY_PLAN} without a plan; the plan's own keys when it
     *                             does not fit the place; {@value #INVITE_TOO_LATE} once the meeting has started;
     *                             {@value #PAUSED} for a paused member; {@value #MEMBER_WITHDRAWN} for a member who
     *                             left the council; {@value #INVITE_CONSENT_MISSING}, with {@code COUNCIL_WORK} as
     *                             argument, without consent to council work
     */
    public static void requireCanInvite(SafetyPlan plan, Place place, MeetingTimes times, Status memberStatusToday,
            Set<ConsentPurpose> memberConsents, Instant now) {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(memberStatusToday, "memberStatusToday");
        Objects.requireNonNull(memberConsents, "memberConsents");
        if (plan == null) {
            throw new DomainRuleViolation(NO_SAFETY_PLAN);
        }
        plan.checkedFor(place);
        if (times.hasStarted(now)) {
            throw new DomainRuleViolation(INVITE_TOO_LATE);
        }
        switch (memberStatusToday) {
            case PAUSED -> throw new DomainRuleViolation(PAUSED);
            case WITHDRAWN -> throw new DomainRuleViolation(MEMBER_WITHDRAWN);
            case ACTIVE -> {
                // may be invited
            }
        }
        if (!memberConsents.contains(ConsentPurpose.COUNCIL_WORK)) {
            throw new DomainRuleViolation(INVITE_CONSENT_MISSING, ConsentPurpose.COUNCIL_WORK.name());
        }
    }

    /** The consents the meeting needs that the member does not hold, in declaration order; empty when none. */
    public static Set<ConsentPurpose> missingConsents(SafetyPlan plan, MeetingKind kind,
            Set<ConsentPurpose> memberConsents) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(memberConsents, "memberConsents");
        Set<ConsentPurpose> missing = EnumSet.noneOf(ConsentPurpose.class);
        missing.addAll(plan.consentsNeeded(kind));
        missing.removeAll(memberConsents);
        return Collections.unmodifiableSet(missing);
    }

    /**
     * The member accepts.
     *
     * @return {@code ACCEPTED}
     * @throws DomainRuleViolation in this order: {@value InvitationState#NOT_ALLOWED} unless the invitation is
     *                             {@code INVITED}; {@value #RESPONSE_TOO_LATE} once the meeting has started; {@value
     *                             #ACCEPT_CONSENT_MISSING}, with the first missing purpose's name (e.g. {@code
     *                             PUBLIC_APPEARANCE}) as argument, when a consent the meeting needs is missing
     */
    public static InvitationState accept(InvitationState current, SafetyPlan plan, MeetingKind kind,
            Set<ConsentPurpose> memberConsents, MeetingTimes times, Instant now) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(times, "times");
        if (!current.canMoveTo(InvitationState.ACCEPTED)) {
            throw new DomainRuleViolation(InvitationState.NOT_ALLOWED);
        }
        requireBeforeStart(times, now);
        Set<ConsentPurpose> missing = missingConsents(plan, kind, memberConsents);
        if (!missing.isEmpty()) {
            throw new DomainRuleViolation(ACCEPT_CONSENT_MISSING, missing.iterator().next().name());
        }
        return InvitationState.ACCEPTED;
    }

    /**
     * The member declines, without a reason, also after accepting.
     *
     * @return {@code DECLINED}
     * @throws DomainRuleViolation {@value InvitationState#NOT_ALLOWED} unless the invitation is open; {@value
     *                             #RESPONSE_TOO_LATE} once the meeting has started
     */
    public static InvitationState decline(InvitationState current, MeetingTimes times, Instant now) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(times, "times");
        current.moveTo(InvitationState.DECLINED);
        requireBeforeStart(times, now);
        return InvitationState.DECLINED;
    }

    /**
     * The secretariat withdraws an open invitation, at any time.
     *
     * @return {@code WITHDRAWN}
     * @throws DomainRuleViolation {@value InvitationState#NOT_ALLOWED} unless the invitation is open
     */
    public static InvitationState withdraw(InvitationState current) {
        Objects.requireNonNull(current, "current");
        return current.moveTo(InvitationState.WITHDRAWN);
    }

    /**
     * The state an invitation takes when the meeting is cancelled: {@code CANCELLED} for an open one; a declined or
     * withdrawn invitation stays as it is, since there is nobody to tell.
     */
    public static InvitationState onMeetingCancelled(InvitationState current) {
        Objects.requireNonNull(current, "current");
        return current.isOpen() ? InvitationState.CANCELLED : current;
    }

    /**
     * Whether withdrawing consent to {@code purpose} withdraws this invitation: it is open, the meeting has not
     * started, and the meeting needs that consent. A meeting already under way is left to the support person and the
     * secretariat in the room.
     */
    public static boolean withdrawnByConsent(InvitationState current, SafetyPlan plan, MeetingKind kind,
            ConsentPurpose purpose, MeetingTimes times, Instant now) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(times, "times");
        return current.isOpen() && !times.hasStarted(now) && plan.consentsNeeded(kind).contains(purpose);
    }

    private static void requireBeforeStart(MeetingTimes times, Instant now) {
        if (times.hasStarted(now)) {
            throw new DomainRuleViolation(RESPONSE_TOO_LATE);
        }
    }
}
