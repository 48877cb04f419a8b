package org.nstac.portal.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.nstac.portal.meeting.domain.Attendance;
import org.nstac.portal.meeting.domain.AttendancePay;
import org.nstac.portal.meeting.domain.MeetingAction;
import org.nstac.portal.meeting.domain.MeetingState;
import org.nstac.portal.meeting.domain.SafetyPlan;
import org.nstac.portal.meeting.infrastructure.AttendanceStore;
import org.nstac.portal.meeting.infrastructure.InvitationRecord;
import org.nstac.portal.meeting.infrastructure.MeetingRecord;
import org.nstac.portal.meeting.infrastructure.MeetingStore;
import org.nstac.portal.meeting.infrastructure.SafetyPlanStore;
import org.nstac.portal.payment.application.Accruals;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.payment.domain.Money;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.NotFound;

/**
 * What a person sees of a meeting, decided in one place for the pages and the API: the secretariat sees every meeting
 * in full; an invited member sees the meeting, the safety plan, what it pays and what it accrued to them and, only
 * from the day before, the online link; anyone else sees nothing of it ({@link MeetingPolicy}).
 */
@ApplicationScoped
@Transactional
public class MeetingViews {

    /** One line of what a meeting pays a member who attends, at the card's rates on the meeting day. */
    public record PayLine(Activity activity, BigDecimal quantity, String amount, String currency) {
    }

    /** A meeting as someone sees it. */
    public sealed interface Seen permits Full, ForMember {
    }

    /** A meeting in full, as the secretariat sees it: its link at any time, its plan, what it pays. */
    public record Full(MeetingRecord meeting, SafetyPlan plan, List<PayLine> pays) implements Seen {
    }

    /**
     * A meeting as an invited member sees it: what it pays an attendee ({@code pays}) and what it has so far accrued
     * to this member, with where each payable stands ({@code paid}).
     */
    public record ForMember(MeetingRecord meeting, InvitationRecord invitation, SafetyPlan plan, String link,
            List<PayLine> pays, Attendance attendance, List<Accruals.Accrued> paid) implements Seen {
    }

    @Inject
    MeetingPolicy policy;

    @Inject
    MeetingStore meetings;

    @Inject
    SafetyPlanStore plans;

    @Inject
    AttendanceStore attendance;

    @Inject
    Accruals accruals;

    @Inject
    CouncilClock clock;

    /** The meetings the caller may see: every one for the secretariat, else those the member was invited to. */
    public List<? extends Seen> list() {
        return policy.may(MeetingAction.SEE_ALL) ? all() : mine();
    }

    /** One meeting as the caller may see it. @throws NotFound when they may not see it at all */
    public Seen one(long meetingId) {
        return policy.may(MeetingAction.SEE_ALL) ? full(meetingId) : forMember(meetingId);
    }

    /** Every meeting in full, the latest start first (secretariat). */
    public List<Full> all() {
        policy.require(MeetingAction.SEE_ALL);
        return meetings.all().stream().map(this::full).toList();
    }

    /** One meeting in full (secretariat). */
    public Full full(long meetingId) {
        policy.require(MeetingAction.SEE_ALL);
        return full(meetings.get(meetingId));
    }

    private Full full(MeetingRecord m) {
        return new Full(m, plans.planOf(m.getId()).orElse(null), pays(m));
    }

    /** Every meeting the calling member was invited to, the latest first, as they see each. */
    public List<ForMember> mine() {
        policy.require(MeetingAction.LIST_OWN);
        String memberRef = policy.memberRef();
        List<Accruals.Accrued> owed = accruals.ofMemberByPrefix(memberRef, AttendancePay.SOURCE_KEY_ROOT);
        List<ForMember> all = new ArrayList<>();
        for (InvitationRecord i : meetings.invitationsFor(memberRef)) {
            all.add(forMember(meetings.get(i.getMeetingId()), i, memberRef, owed));
        }
        return all;
    }

    /** One meeting as the calling member sees it; {@link NotFound} for anyone not invited to it. */
    public ForMember forMember(long meetingId) {
        MeetingRecord m = policy.meetingFor(MeetingAction.VIEW, meetingId);
        String memberRef = policy.memberRef();
        InvitationRecord i = meetings.invitation(meetingId, memberRef).orElseThrow(NotFound::new);
        return forMember(m, i, memberRef, accruals.ofMemberByPrefix(memberRef,
                AttendancePay.sourceKeyPrefix(meetingId, memberRef)));
    }

    private ForMember forMember(MeetingRecord m, InvitationRecord i, String memberRef, List<Accruals.Accrued> owed) {
        boolean linkShown = m.isOnline() && m.getState() == MeetingState.PLANNED
                && m.times().linkVisible(i.getState(), clock.now(), CouncilClock.ZONE);
        String prefix = AttendancePay.sourceKeyPrefix(m.getId(), memberRef);
        return new ForMember(m, i, plans.planOf(m.getId()).orElse(null), linkShown ? m.getLink() : null, pays(m),
                attendance.attendanceOf(m.getId(), memberRef).orElse(null),
                owed.stream().filter(a -> a.sourceKey().startsWith(prefix)).toList());
    }

    /** What the meeting pays one attendee, line by line, at the card's rates on the meeting day. */
    public List<PayLine> pays(MeetingRecord m) {
        LocalDate day = CouncilClock.dayOf(m.getStartsAt());
        List<PayLine> lines = new ArrayList<>();
        var pay = m.pay();
        add(lines, Activity.MEETING_DAY, pay.meetingDays(), day);
        add(lines, Activity.PREPARATION_HOUR, pay.preparationHours(), day);
        add(lines, Activity.PER_DIEM, BigDecimal.valueOf(pay.perDiemDays()), day);
        add(lines, Activity.TRAVEL_PER_KM, pay.travelKm(), day);
        return lines;
    }

    private void add(List<PayLine> lines, Activity activity, BigDecimal quantity, LocalDate day) {
        if (quantity == null || quantity.signum() <= 0) {
            return;
        }
        try {
            Money unit = accruals.cardRate(activity, null, day);
            lines.add(new PayLine(activity, quantity, unit.amount().multiply(quantity)
                    .setScale(unit.currency().minorUnit(), RoundingMode.HALF_UP).toPlainString(),
                    unit.currency().name()));
        } catch (DomainRuleViolation noRate) {
            lines.add(new PayLine(activity, quantity, null, null));
        }
    }
}
