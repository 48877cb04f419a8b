package org.nstac.portal.meeting.application;

import org.nstac.portal.shared.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nstac.portal.meeting.domain.Attendance;
import org.nstac.portal.meeting.domain.MinutesVisibility;
import org.nstac.portal.meeting.domain.SafetyPlan;
import org.nstac.portal.meeting.infrastructure.InvitationRecord;
import org.nstac.portal.meeting.infrastructure.MeetingRecord;
import org.nstac.portal.meeting.domain.AttendancePay;
import org.nstac.portal.organisation.application.Organisations;
import org.nstac.portal.payment.application.Accruals;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.payment.domain.Money;

/**
 * What a person may see of a meeting, decided in one place for the pages and the API: the secretariat sees all; an
 * invited member sees the meeting, the safety plan, what it pays and, only from the day before, the online link; a
 * member who was not invited sees nothing of it; a ministry and an observer see no meeting (a ministry reads only the
 * parts of a hearing's minutes marked for it).
 */
@ApplicationScoped
@Transactional
public class MeetingViews {

    /** One line of what a meeting pays a member who attends, at the card's rates on the meeting day. */
    public record PayLine(Activity activity, BigDecimal quantity, String amount, String currency) {
    }

    /**
     * A meeting as an invited member sees it: what it pays an attendee ({@code pays}) and what it has so far accrued
     * to this member, with where each payable stands ({@code paid}).
     */
    public record ForMember(MeetingRecord meeting, InvitationRecord invitation, SafetyPlan plan, String link,
            List<PayLine> pays, Attendance attendance, List<Accruals.Accrued> paid) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Meetings meetings;

    @Inject
    Accruals accruals;

    @Inject
    Organisations organisations;

    @jakarta.inject.Inject
    org.nstac.portal.shared.CouncilClock clock;

    /** The meeting as the invited member sees it; {@link NotFound} for anyone not invited. */
    public ForMember forMember(long meetingId, String memberRef) {
        return forMember(meetingId, memberRef, accruals.ofMemberByPrefix(memberRef,
                AttendancePay.sourceKeyPrefix(meetingId, memberRef)));
    }

    private ForMember forMember(long meetingId, String memberRef, List<Accruals.Accrued> owed) {
        MeetingRecord m = meetings.find(meetingId);
        InvitationRecord i = meetings.invitation(meetingId, memberRef).orElseThrow(NotFound::new);
        boolean linkShown = m.isOnline() && m.getState() == MeetingRecord.State.PLANNED
                && m.times().linkVisible(i.getState(), clock.now(), Meetings.ZONE);
        return new ForMember(m, i, meetings.planOf(meetingId).orElse(null), linkShown ? m.getLink() : null, pays(m),
                meetings.attendanceOf(meetingId).get(memberRef), owed.stream().filter(a -> a.sourceKey()
                        .startsWith(AttendancePay.sourceKeyPrefix(meetingId, memberRef))).toList());
    }

    /** Every meeting a member was invited to, newest first, as they see each. */
    public List<ForMember> forMember(String memberRef) {
        List<ForMember> all = new ArrayList<>();
        List<Accruals.Accrued> owed = accruals.ofMemberByPrefix(memberRef, AttendancePay.SOURCE_KEY_ROOT);
        for (InvitationRecord i : meetings.invitationsFor(memberRef)) {
            all.add(forMember(i.getMeetingId(), memberRef, owed));
        }
        return all;
    }

    /** What the meeting pays one attendee, line by line. */
    public List<PayLine> pays(MeetingRecord m) {
        LocalDate day = m.getStartsAt().atZone(Meetings.ZONE).toLocalDate();
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
        } catch (org.nstac.portal.shared.DomainRuleViolation noRate) {
            lines.add(new PayLine(activity, quantity, null, null));
        }
    }

    /** How a viewer stands to a meeting's minutes. */
    public MinutesVisibility.Viewer minutesViewer(MeetingRecord m, boolean secretariat, String memberRef,
            String ministryLogin, boolean admin) {
        if (secretariat) {
            return MinutesVisibility.Viewer.SECRETARIAT;
        }
        if (memberRef != null) {
            Attendance a = meetings.attendanceOf(m.getId()).get(memberRef);
            return a != null && a.attended() ? MinutesVisibility.Viewer.ATTENDEE
                    : MinutesVisibility.Viewer.COUNCIL_MEMBER;
        }
        if (ministryLogin != null) {
            Optional<String> org = organisations.organisationOf(ministryLogin);
            return org.isPresent() && org.get().equals(m.getOrganisationCode())
                    ? MinutesVisibility.Viewer.MEETING_MINISTRY : MinutesVisibility.Viewer.OTHER_MINISTRY;
        }
        return admin ? MinutesVisibility.Viewer.ADMIN : MinutesVisibility.Viewer.OBSERVER;
    }

    public Instant now() {
        return clock.now();
    }
}
