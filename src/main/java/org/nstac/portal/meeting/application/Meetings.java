package org.nstac.portal.meeting.application;

import org.nstac.portal.shared.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.consent.application.ConsentWithdrawn;
import org.nstac.portal.consent.application.Consents;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.meeting.domain.Attendance;
import org.nstac.portal.meeting.domain.AttendancePay;
import org.nstac.portal.meeting.domain.InvitationRules;
import org.nstac.portal.meeting.domain.InvitationState;
import org.nstac.portal.meeting.domain.MeetingKind;
import org.nstac.portal.meeting.domain.MeetingNaming;
import org.nstac.portal.meeting.domain.MeetingPay;
import org.nstac.portal.meeting.domain.MeetingTimes;
import org.nstac.portal.meeting.domain.Overlap;
import org.nstac.portal.meeting.domain.Place;
import org.nstac.portal.meeting.domain.SafetyPlan;
import org.nstac.portal.meeting.infrastructure.InvitationRecord;
import org.nstac.portal.meeting.infrastructure.MeetingRecord;
import org.nstac.portal.member.application.Members;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.notification.Notifications;
import org.nstac.portal.notification.mail.DiscreetMailer;
import org.nstac.portal.payment.application.Accruals;
import org.nstac.portal.platform.Dates;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The council's meetings: the secretariat plans one with its safety plan, invites members (never without the plan,
 * never a paused member), members accept or decline without a reason, attendance is recorded once the meeting has
 * started and accrues exactly the pay lines the meeting promised (once, however often it is recorded), and a
 * cancellation tells every invitee. Members are known here only by their opaque reference.
 */
@ApplicationScoped
@Transactional
public class Meetings {


    /** A meeting as typed on the form or sent to the API; numbers as text, read here. */
    public record Draft(String kind, String title, String agenda, Instant start, Instant end, Boolean online,
            String venueOrLink, String language, String interpretation, Integer capacity, Long consultationId,
            String organisationCode, String meetingDays, String preparationHours, Integer perDiemDays,
            String travelKm) {
    }

    /** One line of attendance as the secretariat records it. */
    public record AttendanceLine(String memberRef, String presence, String hours, Boolean prepared,
            Boolean travelled) {
    }

    /** The invitation made, and whether it overlaps another meeting the member accepted (a warning only). */
    public record Invited(InvitationRecord invitation, boolean overlaps) {
    }

    public static final ZoneId ZONE = Dates.COUNCIL_ZONE;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Members members;

    @Inject
    Consents consents;

    @Inject
    Notifications notifications;

    @Inject
    DiscreetMailer mailer;

    @Inject
    Accruals accruals;

    @Inject
    org.nstac.portal.consultation.application.Consultations consultations;

    @Inject
    org.nstac.portal.organisation.application.Organisations organisations;

    @Inject
    AuditLog audit;

    @jakarta.inject.Inject
    org.nstac.portal.shared.CouncilClock clock;

    Instant now() {
        return clock.now();
    }

    // ------------------------------------------------------------------ the meeting

    @Transactional
    public MeetingRecord create(Draft d, String actor) {
        Checked c = check(d);
        if (c.times().start().isBefore(now())) {
            throw new DomainRuleViolation("meeting.start.past");
        }
        MeetingRecord m = new MeetingRecord(c.kind(), c.title(), c.agenda(), c.times(), c.place(), c.language(),
                blankToNull(d.interpretation()), d.capacity(), d.consultationId(), c.organisation(), c.pay(), actor,
                now());
        em.persist(m);
        em.flush();
        audit.record(actor, "meeting.created", "meeting:" + m.getId(), "kind=" + c.kind());
        return m;
    }

    /** Moves or changes a planned meeting; every open invitee is told. */
    @Transactional
    public MeetingRecord update(long id, Draft d, String actor) {
        MeetingRecord m = lock(id);
        requirePlanned(m);
        Checked c = check(d);
        long accepted = acceptedCount(id);
        if (d.capacity() != null && d.capacity() < accepted) {
            throw new DomainRuleViolation("meeting.capacity.belowAccepted", accepted);
        }
        m.update(c.times(), c.place(), c.language(), blankToNull(d.interpretation()), d.capacity(),
                d.consultationId(), c.organisation(), c.pay());
        audit.record(actor, "meeting.changed", "meeting:" + id, null);
        tellInvitees(m, "notification.meeting.changed");
        return m;
    }

    /**
     * Calls a meeting off: every open invitation is cancelled and the invitee told. Members who had already set out
     * (or prepared) are paid their travel (and preparation) as the meeting promised.
     */
    @Transactional
    public MeetingRecord cancel(long id, List<String> travelled, List<String> prepared, String actor) {
        MeetingRecord m = lock(id);
        requirePlanned(m);
        m.cancel();
        for (InvitationRecord i : invitationsOf(id)) {
            InvitationState before = i.getState();
            i.moveTo(InvitationRules.onMeetingCancelled(before), i.getRespondedAt());
            boolean went = travelled != null && travelled.contains(i.getMemberRef());
            boolean readied = prepared != null && prepared.contains(i.getMemberRef());
            if (before == InvitationState.ACCEPTED && (went || readied)) {
                accrue(m, i.getMemberRef(), AttendancePay.forCancelledMeeting(id, i.getMemberRef(), m.pay(), readied,
                        went), actor);
            }
        }
        audit.record(actor, "meeting.cancelled", "meeting:" + id, null);
        tellInvitees(m, "notification.meeting.cancelled");
        return m;
    }

    public MeetingRecord find(long id) {
        MeetingRecord m = em.find(MeetingRecord.class, id);
        if (m == null) {
            throw new NotFound();
        }
        return m;
    }

    public List<MeetingRecord> all() {
        return em.createQuery("select m from MeetingRecord m order by m.startsAt desc", MeetingRecord.class)
                .getResultList();
    }

    // ------------------------------------------------------------------ safety plan

    /** Sets or replaces the safety plan; it must fit the place (a quiet room in person, a way out online). */
    @Transactional
    public SafetyPlan plan(long id, SafetyPlan plan, String actor) {
        MeetingRecord m = lock(id);
        requirePlanned(m);
        SafetyPlan checked = plan.checkedFor(m.place());
        em.createNativeQuery("DELETE FROM meeting_safety_plan WHERE meeting_id = ?").setParameter(1, id)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO meeting_safety_plan (meeting_id, support_person, support_contact, quiet_room,"
                + " step_out_online, photographs, recording, press, naming, no_stories) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?)").setParameter(1, id).setParameter(2, checked.supportPersonName())
                .setParameter(3, checked.supportContact()).setParameter(4, checked.quietRoom())
                .setParameter(5, checked.stepOutOnline()).setParameter(6, checked.photographsAllowed())
                .setParameter(7, checked.recordingAllowed()).setParameter(8, checked.pressPresent())
                .setParameter(9, checked.naming().name()).setParameter(10, checked.noStoriesRuleAcknowledged())
                .executeUpdate();
        audit.record(actor, "meeting.safetyPlan", "meeting:" + id, null);
        return checked;
    }

    public Optional<SafetyPlan> planOf(long id) {
        List<?> rows = em.createNativeQuery("SELECT support_person, support_contact, quiet_room, step_out_online, "
                + "photographs, recording, press, naming, no_stories FROM meeting_safety_plan WHERE meeting_id = ?")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new SafetyPlan((String) r[0], (String) r[1], (String) r[2], (String) r[3], truth(r[4]),
                truth(r[5]), truth(r[6]), MeetingNaming.valueOf((String) r[7]), truth(r[8])));
    }

    // ------------------------------------------------------------------ invitations

    /**
     * Invites a member: only with a safety plan, only before the start, never a paused or withdrawn member, and only
     * with the council-work consent. Inviting twice gives the same invitation.
     */
    @Transactional
    public Invited invite(long id, String memberRef, String actor) {
        MeetingRecord m = lock(id);
        requirePlanned(m);
        Member member = members.findByRef(memberRef == null ? "" : memberRef.strip())
                .orElseThrow(() -> new DomainRuleViolation("meeting.invite.memberRequired"));
        Optional<InvitationRecord> existing = invitation(id, member.getRef());
        if (existing.isPresent() && existing.get().getState().isOpen()) {
            return new Invited(existing.get(), overlaps(m, member.getRef()));
        }
        InvitationRules.requireCanInvite(planOf(id).orElse(null), m.place(), m.times(),
                member.participation().statusOn(clock.today()), consentsOf(member.getRef()), now());
        InvitationRecord invitation;
        if (existing.isPresent()) {
            invitation = existing.get();
            invitation.moveTo(invitation.getState().moveTo(InvitationState.INVITED), null);
        } else {
            invitation = new InvitationRecord(id, member.getRef(), now());
            em.persist(invitation);
        }
        em.flush();
        audit.record(actor, "meeting.invited", member.getRef(), "meeting=" + id);
        tell(member, "notification.meeting.invited");
        return new Invited(invitation, overlaps(m, member.getRef()));
    }

    /** A member accepts (with the consents the meeting needs) or declines, without a reason; needs are optional. */
    @Transactional
    public InvitationRecord respond(long invitationId, String memberRef, boolean accept, String needs) {
        InvitationRecord i = em.find(InvitationRecord.class, invitationId);
        if (i == null || !i.getMemberRef().equals(memberRef)) {
            throw new NotFound();
        }
        // The meeting first, then the invitation, as every other command takes them: answers to one meeting are
        // counted against its capacity one at a time.
        MeetingRecord m = lock(i.getMeetingId());
        em.refresh(i, LockModeType.PESSIMISTIC_WRITE);
        requirePlanned(m);
        String need = blankToNull(needs);
        if (need != null && need.length() > 1000) {
            throw new DomainRuleViolation("meeting.needs.tooLong", 1000);
        }
        InvitationState next = accept
                ? InvitationRules.accept(i.getState(), planOf(m.getId()).orElseThrow(), m.getKind(),
                        consentsOf(memberRef), m.times(), now())
                : InvitationRules.decline(i.getState(), m.times(), now());
        if (accept && i.getState() != InvitationState.ACCEPTED && m.getCapacity() != null
                && acceptedCount(m.getId()) >= m.getCapacity()) {
            throw new DomainRuleViolation("meeting.accept.full", m.getCapacity());
        }
        i.moveTo(next, now());
        i.setNeeds(accept ? need : null);
        audit.record(memberRef, accept ? "meeting.accepted" : "meeting.declined", memberRef, "meeting=" + m.getId());
        notifications.send(List.of(Notifications.ROLE_PREFIX + "secretariat"), "notification.meeting.responded",
                "/secretariat/meeting?id=" + m.getId());
        return i;
    }

    /** How many members have accepted, the number the capacity limits. */
    public long acceptedCount(long meetingId) {
        return em.createQuery("select count(i) from InvitationRecord i where i.meetingId = :m and i.state = :s",
                Long.class).setParameter("m", meetingId).setParameter("s", InvitationState.ACCEPTED.name())
                .getSingleResult();
    }

    public Optional<InvitationRecord> invitation(long meetingId, String memberRef) {
        return em.createQuery("select i from InvitationRecord i where i.meetingId = :m and i.memberRef = :r",
                InvitationRecord.class).setParameter("m", meetingId).setParameter("r", memberRef).getResultStream()
                .findFirst();
    }

    public List<InvitationRecord> invitationsOf(long meetingId) {
        return em.createQuery("select i from InvitationRecord i where i.meetingId = :m order by i.id",
                InvitationRecord.class).setParameter("m", meetingId).getResultList();
    }

    /** A member's invitations, newest meeting first. */
    public List<InvitationRecord> invitationsFor(String memberRef) {
        return em.createQuery("select i from InvitationRecord i, MeetingRecord m where i.meetingId = m.id and "
                + "i.memberRef = :r order by m.startsAt desc", InvitationRecord.class).setParameter("r", memberRef)
                .getResultList();
    }

    /**
     * A member withdrew a consent: invitations to upcoming meetings that need it are withdrawn, the member keeps no
     * seat they cannot take, and the secretariat is told.
     */
    @Transactional
    public void onConsentWithdrawn(@Observes ConsentWithdrawn withdrawn) {
        Instant now = now();
        boolean any = false;
        for (InvitationRecord i : invitationsFor(withdrawn.memberRef())) {
            MeetingRecord m = find(i.getMeetingId());
            Optional<SafetyPlan> plan = planOf(m.getId());
            if (m.getState() == MeetingRecord.State.PLANNED && plan.isPresent() && InvitationRules.withdrawnByConsent(
                    i.getState(), plan.get(), m.getKind(), withdrawn.purpose(), m.times(), now)) {
                i.moveTo(InvitationRules.withdraw(i.getState()), now);
                audit.record("portal", "meeting.invitation.withdrawn", withdrawn.memberRef(), "meeting=" + m.getId()
                        + ",consent=" + withdrawn.purpose());
                any = true;
            }
        }
        if (any) {
            notifications.send(List.of(Notifications.ROLE_PREFIX + "secretariat"),
                    "notification.meeting.consentWithdrawn", "/secretariat/meetings");
        }
    }

    // ------------------------------------------------------------------ attendance

    /**
     * Records attendance once the meeting has started and accrues what it promised, through the payments ledger.
     * Recording the same again changes nothing; a different record for someone already recorded is refused (a
     * correction of pay goes through finance's reversal).
     */
    @Transactional
    public int attendance(long id, List<AttendanceLine> lines, String actor) {
        MeetingRecord m = lock(id);
        requirePlanned(m);
        m.times().requireAttendanceRecordable(now());
        int recorded = 0;
        for (AttendanceLine line : lines == null ? List.<AttendanceLine>of() : lines) {
            InvitationRecord i = invitation(id, line.memberRef() == null ? "" : line.memberRef())
                    .filter(inv -> inv.getState() == InvitationState.ACCEPTED)
                    .orElseThrow(() -> new DomainRuleViolation("meeting.attendance.notAttendee"));
            Attendance a = attendanceOf(line).checkedFor(m.times());
            List<?> existing = em.createNativeQuery("SELECT presence, hours, prepared, travelled FROM meeting_attendance "
                    + "WHERE meeting_id = ? AND member_ref = ?").setParameter(1, id)
                    .setParameter(2, i.getMemberRef()).getResultList();
            if (!existing.isEmpty()) {
                Object[] r = (Object[]) existing.get(0);
                Attendance before = new Attendance(Attendance.Presence.valueOf((String) r[0]),
                        r[1] == null ? null : new BigDecimal(r[1].toString()), truth(r[2]), truth(r[3]));
                if (!same(before, a)) {
                    throw new DomainRuleViolation("meeting.attendance.alreadyRecorded");
                }
            } else {
                em.createNativeQuery("INSERT INTO meeting_attendance (meeting_id, member_ref, presence, hours, prepared,"
                        + " travelled, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").setParameter(1, id)
                        .setParameter(2, i.getMemberRef()).setParameter(3, a.presence().name())
                        .setParameter(4, a.hours()).setParameter(5, a.prepared()).setParameter(6, a.travelled())
                        .setParameter(7, actor).setParameter(8, java.sql.Timestamp.from(now())).executeUpdate();
                recorded++;
            }
            accrue(m, i.getMemberRef(), AttendancePay.forAttendance(id, i.getMemberRef(), m.pay(), m.times(), a),
                    actor);
        }
        audit.record(actor, "meeting.attendance", "meeting:" + id, "recorded=" + recorded);
        return recorded;
    }

    /** Every attendance row of a meeting: member reference → attendance. */
    public java.util.Map<String, Attendance> attendanceOf(long id) {
        java.util.Map<String, Attendance> all = new java.util.LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT member_ref, presence, hours, prepared, travelled FROM "
                + "meeting_attendance WHERE meeting_id = ? ORDER BY member_ref").setParameter(1, id).getResultList()) {
            Object[] r = (Object[]) row;
            all.put((String) r[0], new Attendance(Attendance.Presence.valueOf((String) r[1]),
                    r[2] == null ? null : new BigDecimal(r[2].toString()), truth(r[3]), truth(r[4])));
        }
        return all;
    }

    // ------------------------------------------------------------------ step out

    /** "I need to step out": the support person (through the secretariat) is told; pay never changes. */
    @Transactional
    public void stepOut(long id, String memberRef) {
        MeetingRecord m = find(id);
        invitation(id, memberRef).filter(i -> i.getState() == InvitationState.ACCEPTED).orElseThrow(NotFound::new);
        em.createNativeQuery("INSERT INTO meeting_step_out (meeting_id, member_ref, at) VALUES (?, ?, ?)")
                .setParameter(1, m.getId()).setParameter(2, memberRef)
                .setParameter(3, java.sql.Timestamp.from(now())).executeUpdate();
        notifications.send(List.of(Notifications.ROLE_PREFIX + "secretariat"), "notification.meeting.stepOut",
                "/secretariat/meeting?id=" + id);
    }

    /** Who asked to step out, newest first: member reference and when. */
    public List<Object[]> stepOutsOf(long id) {
        List<Object[]> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT member_ref, at FROM meeting_step_out WHERE meeting_id = ? "
                + "ORDER BY id DESC").setParameter(1, id).getResultList()) {
            rows.add((Object[]) row);
        }
        return rows;
    }

    // ------------------------------------------------------------------ helpers

    private record Checked(MeetingKind kind, String title, String agenda, MeetingTimes times, Place place,
            String language, String organisation, MeetingPay pay) {
    }

    private Checked check(Draft d) {
        if (d == null) {
            throw new DomainRuleViolation("meeting.kind.required");
        }
        MeetingKind kind = null;
        for (MeetingKind k : MeetingKind.values()) {
            if (k.name().equals(d.kind() == null ? null : d.kind().strip())) {
                kind = k;
            }
        }
        if (kind == null) {
            throw new DomainRuleViolation("meeting.kind.required");
        }
        String title = blankToNull(d.title());
        if (title == null) {
            throw new DomainRuleViolation("meeting.title.required");
        }
        if (title.length() > 200) {
            throw new DomainRuleViolation("meeting.title.tooLong", 200);
        }
        String agenda = blankToNull(d.agenda());
        if (agenda == null) {
            throw new DomainRuleViolation("meeting.agenda.required");
        }
        if (agenda.length() > 10_000) {
            throw new DomainRuleViolation("meeting.agenda.tooLong", 10_000);
        }
        if (d.start() == null || d.end() == null) {
            throw new DomainRuleViolation(MeetingTimes.REQUIRED);
        }
        MeetingTimes times = new MeetingTimes(d.start(), d.end());
        Place place = Place.of(Boolean.TRUE.equals(d.online()), d.venueOrLink());
        String language = blankToNull(d.language());
        if (language == null) {
            language = "sr-Latn";
        }
        if (language.length() > 60) {
            throw new DomainRuleViolation("meeting.language.tooLong", 60);
        }
        if (d.capacity() != null && (d.capacity() < 1 || d.capacity() > 10_000)) {
            throw new DomainRuleViolation("meeting.capacity.invalid");
        }
        if (d.consultationId() != null && !consultations.exists(d.consultationId())) {
            throw new DomainRuleViolation("meeting.consultation.unknown");
        }
        String organisation = blankToNull(d.organisationCode());
        if (kind == MeetingKind.HEARING && organisation == null) {
            throw new DomainRuleViolation("meeting.hearing.ministryRequired");
        }
        if (organisation != null && organisations.findByCode(organisation).isEmpty()) {
            throw new DomainRuleViolation("meeting.hearing.ministryRequired");
        }
        MeetingPay pay = new MeetingPay(number(d.meetingDays(), "meeting.pay.days.invalid"),
                number(d.preparationHours(), "meeting.pay.preparation.invalid"),
                d.perDiemDays() == null ? 0 : d.perDiemDays(), number(d.travelKm(), "meeting.pay.travel.invalid"));
        return new Checked(kind, title, agenda, times, place, language, organisation, pay);
    }

    private static BigDecimal number(String text, String key) {
        String t = text == null || text.isBlank() ? "0" : text.strip().replace(',', '.');
        if (!t.matches("[0-9]{1,5}(\\.[0-9]{1,2})?")) {
            throw new DomainRuleViolation(key);
        }
        return new BigDecimal(t);
    }

    private static Attendance attendanceOf(AttendanceLine line) {
        String presence = line.presence() == null ? "" : line.presence().strip();
        return switch (presence) {
            case "PRESENT" -> Attendance.present();
            case "PARTLY" -> Attendance.partly(number(line.hours(), Attendance.HOURS_INVALID));
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
     * Accrues the lines on the meeting's day or, for a meeting called off before it took place, on the day it was
     * called off: the member had set out (or prepared) by then, and a statement up to this month shows it.
     */
    private void accrue(MeetingRecord m, String memberRef, List<AttendancePay.PayLine> lines, String actor) {
        LocalDate meetingDay = m.getStartsAt().atZone(ZONE).toLocalDate();
        LocalDate today = clock.today();
        LocalDate day = meetingDay.isAfter(today) ? today : meetingDay;
        for (AttendancePay.PayLine line : lines) {
            accruals.accrue(Accruals.WorkDone.atCardRate(Accruals.Origin.MEETING, memberRef, line.sourceKey(),
                    line.activity(), null, line.quantity(), day, m.getTitle().length() > 300
                            ? m.getTitle().substring(0, 300) : m.getTitle(), actor));
        }
    }

    private boolean overlaps(MeetingRecord m, String memberRef) {
        List<Overlap.Scheduled> accepted = new ArrayList<>();
        for (InvitationRecord i : invitationsFor(memberRef)) {
            if (i.getState() == InvitationState.ACCEPTED) {
                MeetingRecord other = find(i.getMeetingId());
                if (other.getState() == MeetingRecord.State.PLANNED) {
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

    private void tellInvitees(MeetingRecord m, String key) {
        for (InvitationRecord i : invitationsOf(m.getId())) {
            if (i.getState() != InvitationState.DECLINED && i.getState() != InvitationState.WITHDRAWN) {
                members.findByRef(i.getMemberRef()).ifPresent(member -> tell(member, key));
            }
        }
    }

    private void tell(Member member, String key) {
        if (member.getLogin() != null) {
            notifications.send(List.of(member.getLogin()), key, "/member/meetings");
            mailer.tell(member.getLogin());
        }
    }

    private MeetingRecord lock(long id) {
        MeetingRecord m = em.find(MeetingRecord.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            throw new NotFound();
        }
        return m;
    }

    private static void requirePlanned(MeetingRecord m) {
        if (m.getState() != MeetingRecord.State.PLANNED) {
            throw new DomainRuleViolation("meeting.cancelled");
        }
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
