package org.nstac.portal.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.meeting.domain.MeetingAction;
import org.nstac.portal.meeting.domain.MeetingNaming;
import org.nstac.portal.meeting.domain.SafetyPlan;
import org.nstac.portal.meeting.infrastructure.MeetingRecord;
import org.nstac.portal.meeting.infrastructure.SafetyPlanStore;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Each meeting's safety plan, required before anyone is invited: who the support person is and how to reach them, a
 * quiet room in person or a way to step out online, photographs, recording and press (none unless said), how members
 * are named, and the rule that nobody is asked to tell their own story.
 */
@ApplicationScoped
@Transactional
public class SafetyPlans {

    /** A plan as the API sends it: the naming as text, the yes/no answers possibly left out (no). */
    public record Draft(String supportPersonName, String supportContact, String quietRoom, String stepOutOnline,
            Boolean photographsAllowed, Boolean recordingAllowed, Boolean pressPresent, String naming,
            Boolean noStoriesRuleAcknowledged) {
    }

    @Inject
    MeetingPolicy policy;

    @Inject
    SafetyPlanStore plans;

    @Inject
    AuditLog audit;

    /** Sets or replaces the plan of a planned meeting; it must fit the place ({@link SafetyPlan#checkedFor}). */
    public SafetyPlan plan(long meetingId, SafetyPlan plan) {
        MeetingRecord m = policy.lockFor(MeetingAction.SET_SAFETY_PLAN, meetingId);
        SafetyPlan checked = plan.checkedFor(m.place());
        plans.replace(meetingId, checked);
        audit.record(policy.actor(), "meeting.safetyPlan", "meeting:" + meetingId, null);
        return checked;
    }

    /**
     * As {@link #plan(long, SafetyPlan)}, from the API's text: the naming defaults to pseudonym badges.
     *
     * @throws DomainRuleViolation {@code meeting.safety.naming.invalid} for a naming there is not
     */
    public SafetyPlan plan(long meetingId, Draft d) {
        policy.meetingFor(MeetingAction.SET_SAFETY_PLAN, meetingId);
        Draft p = d == null ? new Draft(null, null, null, null, null, null, null, null, null) : d;
        MeetingNaming naming = MeetingNaming.PSEUDONYM_BADGE;
        if (p.naming() != null && !p.naming().isBlank()) {
            try {
                naming = MeetingNaming.valueOf(p.naming().strip());
            } catch (IllegalArgumentException e) {
                throw new DomainRuleViolation("meeting.safety.naming.invalid");
            }
        }
        return plan(meetingId, new SafetyPlan(p.supportPersonName(), p.supportContact(), p.quietRoom(),
                p.stepOutOnline(), Boolean.TRUE.equals(p.photographsAllowed()), Boolean.TRUE.equals(p.recordingAllowed()),
                Boolean.TRUE.equals(p.pressPresent()), naming, Boolean.TRUE.equals(p.noStoriesRuleAcknowledged())));
    }

    /** The plan, to anyone who may see the meeting; empty while there is none. */
    public Optional<SafetyPlan> of(long meetingId) {
        policy.meetingFor(MeetingAction.VIEW, meetingId);
        return plans.planOf(meetingId);
    }
}
