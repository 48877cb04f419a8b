package org.nstac.portal.meeting.application;

import org.nstac.portal.shared.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.meeting.domain.Attendance;
import org.nstac.portal.meeting.domain.MinutesPart;
import org.nstac.portal.meeting.domain.MinutesState;
import org.nstac.portal.meeting.domain.MinutesVisibility;
import org.nstac.portal.meeting.infrastructure.MeetingRecord;
import org.nstac.portal.notification.Notifications;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Minutes: drafted by the secretariat, shared with those who attended (who may propose corrections until a deadline),
 * then published to the council, never to the public. A ministry reads only the parts marked for it, of a hearing held
 * with it; observers never. Minutes name members only by pseudonym: the form says so, and no legal name is ever near.
 */
@ApplicationScoped
@Transactional
public class Minutes {

    /** Minutes as a reader may see them. */
    public record View(MinutesState state, Instant correctionsUntil, List<MinutesPart> parts, boolean mayCorrect) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Meetings meetings;

    @Inject
    Notifications notifications;

    @Inject
    org.nstac.portal.member.application.Members members;

    @Inject
    org.nstac.portal.vault.application.VaultDoor vaultDoor;

    @Inject
    AuditLog audit;

    @jakarta.inject.Inject
    org.nstac.portal.shared.CouncilClock clock;

    private Instant now() {
        return clock.now();
    }

    /** Writes the draft (replacing the parts); possible until the minutes are published. */
    @Transactional
    public void draft(long meetingId, List<MinutesPart> parts, String actor) {
        MeetingRecord m = meetings.find(meetingId);
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
        audit.record(actor, "meeting.minutes.drafted", "meeting:" + meetingId, "parts=" + parts.size());
    }

    /**
     * Refuses minutes that name an invitee by their legal name (or surname): the names are read from the vault in
     * memory for this check only, and the message never repeats what it found.
     */
    private void requireNoLegalName(long meetingId, String text) {
        List<String> invitees = meetings.invitationsOf(meetingId).stream().map(i -> i.getMemberRef()).toList();
        if (vaultDoor.mentionsLegalName(text, invitees)) {
            throw new DomainRuleViolation("meeting.minutes.legalName");
        }
    }

    /** Shares the draft with those who attended, who may propose corrections until {@code correctionsUntil}. */
    @Transactional
    public void share(long meetingId, Instant correctionsUntil, String actor) {
        MinutesState next = stateOf(meetingId).share(correctionsUntil, now());
        if (rowMissing(meetingId)) {
            throw new DomainRuleViolation(MinutesPart.TEXT_REQUIRED);
        }
        em.createNativeQuery("UPDATE meeting_minutes SET state = ?, corrections_deadline = ? WHERE meeting_id = ?")
                .setParameter(1, next.name()).setParameter(2, java.sql.Timestamp.from(correctionsUntil))
                .setParameter(3, meetingId).executeUpdate();
        audit.record(actor, "meeting.minutes.shared", "meeting:" + meetingId, null);
        List<String> attendees = new ArrayList<>();
        meetings.attendanceOf(meetingId).forEach((ref, a) -> {
            if (a.attended()) {
                members.findByRef(ref).map(mm -> mm.getLogin()).ifPresent(attendees::add);
            }
        });
        notifications.send(attendees, "notification.meeting.minutesShared", "/member/meetings");
    }

    /** An attendee proposes a correction while corrections are open. */
    @Transactional
    public void correct(long meetingId, String memberRef, String text) {
        Attendance a = meetings.attendanceOf(meetingId).get(memberRef);
        if (a == null || !a.attended()) {
            throw new NotFound();
        }
        stateOf(meetingId).requireCorrectionsOpen(deadlineOf(meetingId), now());
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new DomainRuleViolation("meeting.minutes.correction.required");
        }
        if (body.length() > 5000) {
            throw new DomainRuleViolation("meeting.minutes.correction.tooLong", 5000);
        }
        em.createNativeQuery("INSERT INTO meeting_minutes_correction (meeting_id, member_ref, body, proposed_at) VALUES "
                + "(?, ?, ?, ?)").setParameter(1, meetingId).setParameter(2, memberRef).setParameter(3, body)
                .setParameter(4, java.sql.Timestamp.from(now())).executeUpdate();
        notifications.send(List.of(Notifications.ROLE_PREFIX + "secretariat"), "notification.meeting.correction",
                "/secretariat/meeting?id=" + meetingId);
    }

    /** Publishes to the council once the corrections deadline has passed. */
    @Transactional
    public void publish(long meetingId, String actor) {
        MinutesState next = stateOf(meetingId).publish(deadlineOf(meetingId) == null ? now() : deadlineOf(meetingId),
                now());
        em.createNativeQuery("UPDATE meeting_minutes SET state = ?, published_at = ? WHERE meeting_id = ?")
                .setParameter(1, next.name()).setParameter(2, java.sql.Timestamp.from(now()))
                .setParameter(3, meetingId).executeUpdate();
        audit.record(actor, "meeting.minutes.published", "meeting:" + meetingId, null);
        notifications.send(List.of(Notifications.ROLE_PREFIX + "member"), "notification.meeting.minutesPublished",
                "/member/meetings");
    }

    /** What a viewer may read of a meeting's minutes; nothing (empty parts) when they may read none. */
    public View read(long meetingId, MinutesVisibility.Viewer viewer) {
        MeetingRecord m = meetings.find(meetingId);
        MinutesState state = stateOf(meetingId);
        List<MinutesPart> parts = rowMissing(meetingId) ? List.of()
                : MinutesVisibility.readableParts(viewer, m.getKind(), state, partsOf(meetingId));
        return new View(state, deadlineOf(meetingId), parts, MinutesVisibility.mayProposeCorrections(viewer)
                && state.acceptsCorrections(deadlineOf(meetingId), now()));
    }

    /** The corrections proposed: member reference and text, oldest first (secretariat only). */
    public List<Object[]> correctionsOf(long meetingId) {
        List<Object[]> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT member_ref, body, proposed_at FROM meeting_minutes_correction "
                + "WHERE meeting_id = ? ORDER BY id").setParameter(1, meetingId).getResultList()) {
            rows.add((Object[]) row);
        }
        return rows;
    }

    public MinutesState stateOf(long meetingId) {
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
