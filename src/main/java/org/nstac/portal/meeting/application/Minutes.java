package org.nstac.portal.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.meeting.domain.MeetingAction;
import org.nstac.portal.meeting.domain.MinutesPart;
import org.nstac.portal.meeting.domain.MinutesState;
import org.nstac.portal.meeting.domain.MinutesVisibility;
import org.nstac.portal.meeting.infrastructure.AttendanceStore;
import org.nstac.portal.meeting.infrastructure.InvitationRecord;
import org.nstac.portal.meeting.infrastructure.MeetingRecord;
import org.nstac.portal.meeting.infrastructure.MeetingStore;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.InputRules;
import org.nstac.portal.shared.MemberDirectory;
import org.nstac.portal.shared.NotFound;

/**
 * Minutes: drafted by the secretariat, shared with those who attended (who may propose corrections until a deadline),
 * then published to the council, never to the public. A ministry reads only the parts marked for it, of a hearing held
 * with it; observers never. Minutes name members only by pseudonym: the form says so, and no legal name is ever near.
 * Who may do what is {@link MeetingPolicy}'s; which parts a reader reads, {@link MinutesVisibility}'s.
 */
@ApplicationScoped
@Transactional
public class Minutes {

    /** The longest correction a member may propose to the minutes. */
    public static final int MAX_CORRECTION = 5000;

    /** A correction a member proposes to the minutes: required, stripped, at most {@link #MAX_CORRECTION}. */
    public record Correction(
            @NotBlank(message = "meeting.minutes.correction.required")
            @Size(max = MAX_CORRECTION, message = "meeting.minutes.correction.tooLong") String text) {

        public Correction {
            text = InputRules.blankAsNone(text);
        }
    }

    /** Minutes as a reader may see them. */
    public record View(MinutesState state, Instant correctionsUntil, List<MinutesPart> parts, boolean mayCorrect) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    MeetingPolicy policy;

    @Inject
    MeetingStore meetings;

    @Inject
    AttendanceStore attendance;

    @Inject
    MeetingNotices notices;

    @Inject
    MemberDirectory directory;

    @Inject
    org.nstac.portal.shared.LegalNameCheck legalNames;

    @Inject
    AuditLog audit;

    @Inject
    CouncilClock clock;

    private Instant now() {
        return clock.now();
    }

    /** Writes the draft (replacing the parts); possible until the minutes are published. */
    @Transactional
    public void draft(long meetingId, List<MinutesPart> parts) {
        MeetingRecord m = policy.meetingFor(MeetingAction.KEEP_MINUTES, meetingId);
        MinutesState state = stateOf(meetingId);
        if (state == MinutesState.PUBLISHED) {
            throw new DomainRuleViolation(MinutesState.NOT_ALLOWED);
        }
        if (parts == null || parts.isEmpty()) {
            throw new DomainRuleViolation(MinutesPart.TEXT_REQUIRED);
        }
        for (MinutesPart p : parts) {
            p.checkedFor(m.getKind());
            requireNoLegalName(meetingId, p.text());
        }
        if (rowMissing(meetingId)) {
            em.createNativeQuery("INSERT INTO meeting_minutes (meeting_id, state) VALUES (?, 'DRAFT')")
                    .setParameter(1, meetingId).executeUpdate();
        }
        em.createNativeQuery("DELETE FROM meeting_minutes_part WHERE meeting_id = ?").setParameter(1, meetingId)
                .executeUpdate();
        int position = 0;
        for (MinutesPart p : parts) {
            em.createNativeQuery("INSERT INTO meeting_minutes_part (meeting_id, position, body, for_ministry) VALUES "
                    + "(?, ?, ?, ?)").setParameter(1, meetingId).setParameter(2, position++).setParameter(3, p.text())
                    .setParameter(4, p.forMinistry()).executeUpdate();
        }
        audit.record(policy.actor(), "meeting.minutes.drafted", "meeting:" + meetingId, "parts=" + parts.size());
    }

    /**
     * Refuses minutes that name an invitee by their legal name (or surname): the names are read from the vault in
     * memory for this check only, and the message never repeats what it found.
     */
    private void requireNoLegalName(long meetingId, String text) {
        List<String> invitees = meetings.invitationsOf(meetingId).stream().map(InvitationRecord::getMemberRef)
                .toList();
        if (legalNames.mentionsLegalName(text, invitees)) {
            throw new DomainRuleViolation("meeting.minutes.legalName");
        }
    }

    /** Shares the draft with those who attended, who may propose corrections until {@code correctionsUntil}. */
    @Transactional
    public void share(long meetingId, Instant correctionsUntil) {
        policy.meetingFor(MeetingAction.KEEP_MINUTES, meetingId);
        MinutesState next = stateOf(meetingId).share(correctionsUntil, now());
        if (rowMissing(meetingId)) {
            throw new DomainRuleViolation(MinutesPart.TEXT_REQUIRED);
        }
        em.createNativeQuery("UPDATE meeting_minutes SET state = ?, corrections_deadline = ? WHERE meeting_id = ?")
                .setParameter(1, next.name()).setParameter(2, java.sql.Timestamp.from(correctionsUntil))
                .setParameter(3, meetingId).executeUpdate();
        audit.record(policy.actor(), "meeting.minutes.shared", "meeting:" + meetingId, null);
        List<String> attended = new ArrayList<>();
        attendance.attendanceOf(meetingId).forEach((ref, a) -> {
            if (a.attended()) {
                attended.add(ref);
            }
        });
        notices.notify(directory.loginsOf(attended), "notification.meeting.minutesShared", meetingId);
    }

    /** The calling member, who attended, proposes a correction while corrections are open. */
    @Transactional
    public void correct(long meetingId, String text) {
        policy.meetingFor(MeetingAction.PROPOSE_CORRECTION, meetingId);
        String memberRef = policy.memberRef();
        stateOf(meetingId).requireCorrectionsOpen(deadlineOf(meetingId), now());
        String body = InputRules.check(new Correction(text)).text();
        em.createNativeQuery("INSERT INTO meeting_minutes_correction (meeting_id, member_ref, body, proposed_at) VALUES "
                + "(?, ?, ?, ?)").setParameter(1, meetingId).setParameter(2, memberRef).setParameter(3, body)
                .setParameter(4, java.sql.Timestamp.from(now())).executeUpdate();
        notices.tellSecretariat("notification.meeting.correction", "/secretariat/meeting?id=" + meetingId,
                meetingId);
    }

    /** Publishes to the council once the corrections deadline has passed. */
    @Transactional
    public void publish(long meetingId) {
        policy.meetingFor(MeetingAction.KEEP_MINUTES, meetingId);
        MinutesState next = stateOf(meetingId).publish(deadlineOf(meetingId) == null ? now() : deadlineOf(meetingId),
                now());
        em.createNativeQuery("UPDATE meeting_minutes SET state = ?, published_at = ? WHERE meeting_id = ?")
                .setParameter(1, next.name()).setParameter(2, java.sql.Timestamp.from(now()))
                .setParameter(3, meetingId).executeUpdate();
        audit.record(policy.actor(), "meeting.minutes.published", "meeting:" + meetingId, null);
        notices.notify(List.of(org.nstac.portal.shared.Notices.ROLE_PREFIX + "member"),
                "notification.meeting.minutesPublished", meetingId);
    }

    /**
     * What the caller may read of a meeting's minutes: the secretariat always gets the minutes (perhaps without parts
     * yet); anyone else only when they may read some part of them.
     */
    public Optional<View> readable(long meetingId) {
        MeetingRecord m = policy.meetingFor(MeetingAction.READ_MINUTES, meetingId);
        MinutesVisibility.Viewer viewer = policy.minutesViewer(m);
        MinutesState state = stateOf(meetingId);
        Instant deadline = deadlineOf(meetingId);
        List<MinutesPart> parts = rowMissing(meetingId) ? List.of()
                : MinutesVisibility.readableParts(viewer, m.getKind(), state, partsOf(meetingId));
        if (parts.isEmpty() && viewer != MinutesVisibility.Viewer.SECRETARIAT) {
            return Optional.empty();
        }
        return Optional.of(new View(state, deadline, parts, MinutesVisibility.mayProposeCorrections(viewer)
                && state.acceptsCorrections(deadline, now())));
    }

    /** As {@link #readable}. @throws NotFound when the caller may read nothing of these minutes */
    public View read(long meetingId) {
        return readable(meetingId).orElseThrow(NotFound::new);
    }

    /** The corrections proposed: member reference, text and when, oldest first (secretariat only). */
    public List<Object[]> correctionsOf(long meetingId) {
        policy.meetingFor(MeetingAction.KEEP_MINUTES, meetingId);
        List<Object[]> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT member_ref, body, proposed_at FROM meeting_minutes_correction "
                + "WHERE meeting_id = ? ORDER BY id").setParameter(1, meetingId).getResultList()) {
            rows.add((Object[]) row);
        }
        return rows;
    }

    private MinutesState stateOf(long meetingId) {
        List<?> rows = em.createNativeQuery("SELECT state FROM meeting_minutes WHERE meeting_id = ?")
                .setParameter(1, meetingId).getResultList();
        return rows.isEmpty() ? MinutesState.DRAFT : MinutesState.valueOf(rows.get(0).toString());
    }

    private boolean rowMissing(long meetingId) {
        return em.createNativeQuery("SELECT meeting_id FROM meeting_minutes WHERE meeting_id = ?")
                .setParameter(1, meetingId).getResultList().isEmpty();
    }

    private Instant deadlineOf(long meetingId) {
        List<?> rows = em.createNativeQuery("SELECT corrections_deadline FROM meeting_minutes WHERE meeting_id = ? "
                + "AND corrections_deadline IS NOT NULL").setParameter(1, meetingId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        return org.nstac.portal.platform.SqlValues.instant(rows.get(0));
    }

    private List<MinutesPart> partsOf(long meetingId) {
        List<MinutesPart> parts = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT body, for_ministry FROM meeting_minutes_part WHERE meeting_id = ?"
                + " ORDER BY position").setParameter(1, meetingId).getResultList()) {
            Object[] r = (Object[]) row;
            parts.add(new MinutesPart((String) r[0], r[1] instanceof Boolean b ? b : ((Number) r[1]).intValue() != 0));
        }
        return parts;
    }
}
