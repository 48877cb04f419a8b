package org.nstac.portal.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.meeting.domain.Attendance;
import org.nstac.portal.meeting.domain.AttendancePay;
import org.nstac.portal.meeting.domain.InvitationState;
import org.nstac.portal.meeting.domain.MeetingAction;
import org.nstac.portal.meeting.infrastructure.AttendanceStore;
import org.nstac.portal.meeting.infrastructure.InvitationRecord;
import org.nstac.portal.meeting.infrastructure.MeetingRecord;
import org.nstac.portal.meeting.infrastructure.MeetingStore;
import org.nstac.portal.payment.application.Accruals;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Attendance and what it pays: recorded once the meeting has started, for members who accepted, it tells the ledger
 * ({@link Accruals}) of exactly the pay lines the meeting promised, once however often it is recorded. A meeting called
 * off still pays the travel (and preparation) of those who had set out. "I need to step out" is here too: it never
 * changes pay.
 */
@ApplicationScoped
@Transactional
public class Attendances {

    @Inject
    jakarta.enterprise.event.Event<org.nstac.portal.shared.StepOutAsked> stepOuts;

    @Inject
    jakarta.enterprise.event.Event<org.nstac.portal.shared.SensitiveWorkDone> sensitiveWork;

    @Inject
    org.nstac.portal.meeting.infrastructure.SafetyPlanStore plans;

    /** One line of attendance as the secretariat records it. */
    public record AttendanceLine(String memberRef, String presence, String hours, Boolean prepared,
            Boolean travelled) {
    }

    @Inject
    MeetingPolicy policy;

    @Inject
    MeetingStore meetings;

    @Inject
    AttendanceStore attendance;

    @Inject
    Accruals accruals;

    @Inject
    MeetingNotices notices;

    @Inject
    AuditLog audit;

    @Inject
    CouncilClock clock;

    /**
     * Records attendance once the meeting has started and accrues what it promised, through the payments ledger.
     * Recording the same again changes nothing; a different record for someone already recorded is refused (a
     * correction of pay goes through finance's reversal).
     *
     * @return how many members were recorded now (not before)
     */
    public int record(long meetingId, List<AttendanceLine> lines) {
        MeetingRecord m = policy.lockFor(MeetingAction.RECORD_ATTENDANCE, meetingId);
        m.times().requireAttendanceRecordable(clock.now());
        String actor = policy.actor();
        int recorded = 0;
        for (AttendanceLine line : lines == null ? List.<AttendanceLine>of() : lines) {
            InvitationRecord i = meetings.invitation(meetingId, line.memberRef() == null ? "" : line.memberRef())
                    .filter(inv -> inv.getState() == InvitationState.ACCEPTED)
                    .orElseThrow(() -> new DomainRuleViolation("meeting.attendance.notAttendee"));
            Attendance a = attendanceOf(line).checkedFor(m.times());
            Optional<Attendance> before = attendance.attendanceOf(meetingId, i.getMemberRef());
            if (before.isPresent()) {
                if (!same(before.get(), a)) {
                    throw new DomainRuleViolation("meeting.attendance.alreadyRecorded");
                }
            } else {
                attendance.record(meetingId, i.getMemberRef(), a, actor, clock.now());
                recorded++;
                if (a.presence() != Attendance.Presence.ABSENT && plans.planOf(meetingId).isPresent()) {
                    // A meeting with a safety plan is sensitive work: care offers each member who took part a debrief.
                    sensitiveWork.fire(new org.nstac.portal.shared.SensitiveWorkDone(
                            org.nstac.portal.shared.SensitiveWorkDone.MEETING, meetingId, m.getTitle(),
                            i.getMemberRef(), plans.supportLoginOf(meetingId)));
                }
            }
            accrue(m, i.getMemberRef(), AttendancePay.forAttendance(meetingId, i.getMemberRef(), m.pay(), m.times(),
                    a), actor);
        }
        audit.record(actor, "meeting.attendance", "meeting:" + meetingId, "recorded=" + recorded);
        return recorded;
    }

    /** Every attendance row of a meeting: member reference to attendance (secretariat). */
    public Map<String, Attendance> of(long meetingId) {
        policy.require(MeetingAction.SEE_ALL);
        return attendance.attendanceOf(meetingId);
    }

    /**
     * A meeting being called off ({@link MeetingPlanning#cancel}): members who had accepted and set out (or prepared)
     * are paid their travel (and preparation) as the meeting promised. Called before the invitations are cancelled.
     */
    public void payThoseWhoSetOut(MeetingRecord m, List<String> travelled, List<String> prepared) {
        policy.require(MeetingAction.CANCEL, m);
        for (InvitationRecord i : meetings.invitationsOf(m.getId())) {
            boolean went = travelled != null && travelled.contains(i.getMemberRef());
            boolean readied = prepared != null && prepared.contains(i.getMemberRef());
            if (i.getState() == InvitationState.ACCEPTED && (went || readied)) {
                accrue(m, i.getMemberRef(), AttendancePay.forCancelledMeeting(m.getId(), i.getMemberRef(), m.pay(),
                        readied, went), policy.actor());
            }
        }
    }

    /**
     * "I need to step out": recorded, and told (as {@link org.nstac.portal.shared.StepOutAsked}, in this transaction)
     * to the care feature, whose urgent support request reaches the meeting's support person, or the secretariat's
     * support duty when the plan names no account; pay never changes.
     */
    public void stepOut(long meetingId) {
        policy.meetingFor(MeetingAction.STEP_OUT, meetingId);
        attendance.stepOut(meetingId, policy.memberRef(), clock.now());
        stepOuts.fire(new org.nstac.portal.shared.StepOutAsked(meetingId, policy.memberRef()));
    }

    /** Who asked to step out, the latest first (secretariat). */
    public List<AttendanceStore.StepOut> stepOutsOf(long meetingId) {
        policy.require(MeetingAction.SEE_ALL);
        return attendance.stepOutsOf(meetingId);
    }

    private static Attendance attendanceOf(AttendanceLine line) {
        String presence = line.presence() == null ? "" : line.presence().strip();
        return switch (presence) {
            case "PRESENT" -> Attendance.present();
            case "PARTLY" -> Attendance.partly(MeetingPlanning.Numbers.read(line.hours(), Attendance.HOURS_INVALID));
            case "ABSENT" -> Attendance.absent(Boolean.TRUE.equals(line.prepared()),
                    Boolean.TRUE.equals(line.travelled()));
            default -> throw new DomainRuleViolation("meeting.attendance.presenceRequired");
        };
    }

    private static boolean same(Attendance a, Attendance b) {
        return a.presence() == b.presence() && a.prepared() == b.prepared() && a.travelled() == b.travelled()
                && (a.hours() == null ? b.hours() == null : b.hours() != null && a.hours().compareTo(b.hours()) == 0);
    }

    /**
     * Tells the ledger of the lines on the meeting's day or, for a meeting called off before it took place, on the day
     * it was called off: the member had set out (or prepared) by then, and a statement up to this month shows it.
     */
    private void accrue(MeetingRecord m, String memberRef, List<AttendancePay.PayLine> lines, String actor) {
        LocalDate meetingDay = CouncilClock.dayOf(m.getStartsAt());
        LocalDate today = clock.today();
        LocalDate day = meetingDay.isAfter(today) ? today : meetingDay;
        String description = m.getTitle().length() > 300 ? m.getTitle().substring(0, 300) : m.getTitle();
        for (AttendancePay.PayLine line : lines) {
            accruals.accrue(Accruals.WorkDone.atCardRate(Accruals.Origin.MEETING, memberRef, line.sourceKey(),
                    line.activity(), null, line.quantity(), day, description, actor));
        }
    }
}
