package org.nstac.portal.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.consent.application.ConsentWithdrawn;
import org.nstac.portal.consent.application.Consents;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.consent.domain.EventConsent;
import org.nstac.portal.consent.domain.EventConsentScope;
import org.nstac.portal.consent.application.EventConsents;
import org.nstac.portal.meeting.domain.InvitationRules;
import org.nstac.portal.meeting.domain.InvitationState;
import org.nstac.portal.meeting.domain.MeetingAction;
import org.nstac.portal.meeting.domain.MeetingState;
import org.nstac.portal.meeting.domain.Overlap;
import org.nstac.portal.meeting.domain.SafetyPlan;
import org.nstac.portal.meeting.infrastructure.InvitationRecord;
import org.nstac.portal.meeting.infrastructure.MeetingRecord;
import org.nstac.portal.meeting.infrastructure.MeetingStore;
import org.nstac.portal.meeting.infrastructure.SafetyPlanStore;
import org.nstac.portal.member.application.Members;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.member.domain.Participation;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.EngagementTerms;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.InputRules;
import org.nstac.portal.shared.NotFound;

/**
 * Invitations: the secretariat invites (never without the safety plan, never a paused member, only with the
 * council-work consent); a member accepts, with the consents the meeting needs and while there is a seat, or declines,
 * never asked why; a withdrawn consent withdraws the seat at upcoming meetings that need it.
 */
@ApplicationScoped
@Transactional
public class Invitations {

    public static final int MAX_NEEDS = 1000;

    /**
     * What a member needs to take part (access, childcare, a quiet room): stripped, blank as none, at most
     * {@link #MAX_NEEDS}.
     */
    public record Needs(@Size(max = MAX_NEEDS, message = "meeting.needs.tooLong") String text) {

        public Needs {
            text = InputRules.blankAsNone(text);
        }
    }

    /** The invitation made, and whether it overlaps another meeting the member accepted (a warning only). */
    public record Invited(InvitationRecord invitation, boolean overlaps) {
    }

    @Inject
    EventConsents eventConsents;

    @Inject
    MeetingPolicy policy;

    @Inject
    MeetingStore meetings;

    @Inject
    SafetyPlanStore plans;

    @Inject
    Members members;

    @Inject
    Consents consents;

    @Inject
    MeetingNotices notices;

    @Inject
    AuditLog audit;

    @Inject
    CouncilClock clock;

    @Inject
    EngagementTerms engagementTerms;

    /**
     * Invites a member: only with a safety plan, only before the start, never a paused or withdrawn member, and only
     * with the council-work consent. Inviting twice gives the same invitation.
     */
    public Invited invite(long meetingId, String memberRef) {
        MeetingRecord m = policy.lockFor(MeetingAction.INVITE, meetingId);
        Member member = members.findByRef(memberRef == null ? "" : memberRef.strip())
                .orElseThrow(() -> new DomainRuleViolation("meeting.invite.memberRequired"));
        Optional<InvitationRecord> existing = meetings.invitation(meetingId, member.getRef());
        if (existing.isPresent() && existing.get().getState().isOpen()) {
            return new Invited(existing.get(), overlaps(m, member.getRef()));
        }
        Instant now = clock.now();
        InvitationRules.requireCanInvite(plans.planOf(meetingId).orElse(null), m.place(), m.times(),
                member.participation().statusOn(clock.today()), consentsOf(member.getRef()), now);
        engagementTerms.require(member.getRef());
        InvitationRecord invitation;
        if (existing.isPresent()) {
            invitation = existing.get();
            invitation.moveTo(invitation.getState().moveTo(InvitationState.INVITED), null);
        } else {
            invitation = new InvitationRecord(meetingId, member.getRef(), now);
            meetings.add(invitation);
        }
        audit.record(policy.actor(), "meeting.invited", member.getRef(), "meeting=" + meetingId);
        notices.tellMember(member.getRef(), "notification.meeting.invited", meetingId);
        return new Invited(invitation, overlaps(m, member.getRef()));
    }

    /** The calling member accepts (with the consents the meeting needs) or declines, without a reason. */
    public InvitationRecord respond(long invitationId, boolean accept, String needs) {
        InvitationRecord i = meetings.invitation(invitationId).orElseThrow(NotFound::new);
        String memberRef = policy.memberRef();
        if (!i.getMemberRef().equals(memberRef)) {
            throw new NotFound();
        }
        // The meeting first, then the invitation, as every other command takes them: answers to one meeting are
        // counted against its capacity one at a time.
        MeetingRecord m = policy.lockFor(MeetingAction.ANSWER, i.getMeetingId());
        meetings.lock(i);
        String need = InputRules.check(new Needs(needs)).text();
        Instant now = clock.now();
        InvitationState next = accept
                ? InvitationRules.accept(i.getState(), plans.planOf(m.getId()).orElseThrow(), m.getKind(),
                        consentsOf(memberRef), m.times(), now)
                : InvitationRules.decline(i.getState(), m.times(), now);
        if (accept && i.getState() != InvitationState.ACCEPTED && m.getCapacity() != null
                && meetings.acceptedCountNow(m.getId()) >= m.getCapacity()) {
            throw new DomainRuleViolation("meeting.accept.full", m.getCapacity());
        }
        if (accept && i.getState() != InvitationState.ACCEPTED) {
            eventConsents.giveOnAcceptance(memberRef, EventConsent.About.MEETING, m.getId(), m.getTitle(),
                    CouncilClock.dayOf(m.getStartsAt()), eventScope(m, plans.planOf(m.getId()).orElseThrow()));
        }
        i.moveTo(next, now);
        i.setNeeds(accept ? need : null);
        audit.record(memberRef, accept ? "meeting.accepted" : "meeting.declined", memberRef, "meeting=" + m.getId());
        notices.tellSecretariat("notification.meeting.responded", "/secretariat/meeting?id=" + m.getId(),
                m.getId());
        return i;
    }

    /**
     * What accepting the meeting consents to for this one event: appearing in public (a public meeting, or the press
     * there), photographs and recording as its safety plan allows (the invitation says it, the acceptance records it).
     */
    public static EventConsentScope eventScope(MeetingRecord m, SafetyPlan plan) {
        return EventConsentScope.of(plan.consentsNeeded(m.getKind()), plan.photographsAllowed(),
                plan.recordingAllowed());
    }

    /** {@link #eventScope(MeetingRecord, SafetyPlan)} of a meeting by id, for the member's invitations page. */
    public EventConsentScope eventScope(long meetingId) {
        MeetingRecord m = meetings.get(meetingId);
        return plans.planOf(meetingId).map(p -> eventScope(m, p)).orElse(EventConsentScope.NONE);
    }

    /** A meeting's invitations with answers and access needs, in the order they were made (secretariat). */
    public List<InvitationRecord> of(long meetingId) {
        policy.require(MeetingAction.SEE_ALL);
        meetings.get(meetingId);
        return meetings.invitationsOf(meetingId);
    }

    /** How many members have accepted, the number the capacity limits (secretariat). */
    public long acceptedCount(long meetingId) {
        policy.require(MeetingAction.SEE_ALL);
        return meetings.acceptedCount(meetingId);
    }

    /**
     * Members the secretariat may still invite, by reference, in pseudonym order: everyone not withdrawn who holds no
     * open invitation. Whether each may really be invited (paused, consent) the invitation itself says.
     */
    public List<String> invitable(long meetingId) {
        policy.require(MeetingAction.SEE_ALL);
        List<String> invited = meetings.invitationsOf(meetingId).stream().filter(i -> i.getState().isOpen())
                .map(InvitationRecord::getMemberRef).toList();
        return members.all().stream().filter(m -> m.getStatus() != Participation.Status.WITHDRAWN)
                .map(Member::getRef).filter(ref -> !invited.contains(ref)).toList();
    }

    /**
     * A member withdrew a consent: invitations to upcoming meetings that need it are withdrawn, the member keeps no
     * seat they cannot take, and the secretariat is told. Runs in the consent's transaction, as the portal.
     */
    public void onConsentWithdrawn(@Observes ConsentWithdrawn withdrawn) {
        Instant now = clock.now();
        boolean any = false;
        for (InvitationRecord i : meetings.invitationsFor(withdrawn.memberRef())) {
            MeetingRecord m = meetings.get(i.getMeetingId());
            Optional<SafetyPlan> plan = plans.planOf(m.getId());
            if (m.getState() == MeetingState.PLANNED && plan.isPresent() && InvitationRules.withdrawnByConsent(
                    i.getState(), plan.get(), m.getKind(), withdrawn.purpose(), m.times(), now)) {
                i.moveTo(InvitationRules.withdraw(i.getState()), now);
                audit.record("portal", "meeting.invitation.withdrawn", withdrawn.memberRef(), "meeting=" + m.getId()
                        + ",consent=" + withdrawn.purpose());
                any = true;
            }
        }
        if (any) {
            notices.tellSecretariat("notification.meeting.consentWithdrawn", "/secretariat/meetings");
        }
    }

    private boolean overlaps(MeetingRecord m, String memberRef) {
        List<Overlap.Scheduled> accepted = new ArrayList<>();
        for (InvitationRecord i : meetings.invitationsFor(memberRef)) {
            if (i.getState() == InvitationState.ACCEPTED) {
                MeetingRecord other = meetings.get(i.getMeetingId());
                if (other.getState() == MeetingState.PLANNED) {
                    accepted.add(new Overlap.Scheduled(other.getId(), other.times()));
                }
            }
        }
        return Overlap.overlapsAny(m.getId(), m.times(), accepted);
    }

    private Set<ConsentPurpose> consentsOf(String memberRef) {
        Set<ConsentPurpose> given = EnumSet.noneOf(ConsentPurpose.class);
        for (ConsentPurpose p : ConsentPurpose.values()) {
            if (consents.hasValidConsent(memberRef, p)) {
                given.add(p);
            }
        }
        return given;
    }
}
