package org.nstac.portal.meeting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nstac.portal.meeting.domain.Attendance;
import org.nstac.portal.platform.SqlValues;

/** Attendance as recorded, and the "I need to step out" requests, as stored. No rules and no checks here. */
@ApplicationScoped
public class AttendanceStore {

    /** A member asked to step out at this moment. */
    public record StepOut(String memberRef, Instant at) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Every attendance row of a meeting: member reference to attendance, by reference. */
    public Map<String, Attendance> attendanceOf(long meetingId) {
        Map<String, Attendance> all = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT member_ref, presence, hours, prepared, travelled FROM "
                + "meeting_attendance WHERE meeting_id = ? ORDER BY member_ref").setParameter(1, meetingId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            all.put((String) r[0], attendance(r[1], r[2], r[3], r[4]));
        }
        return all;
    }

    /** One member's attendance at a meeting, if recorded. */
    public Optional<Attendance> attendanceOf(long meetingId, String memberRef) {
        List<?> rows = em.createNativeQuery("SELECT presence, hours, prepared, travelled FROM meeting_attendance "
                + "WHERE meeting_id = ? AND member_ref = ?").setParameter(1, meetingId).setParameter(2, memberRef)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(attendance(r[0], r[1], r[2], r[3]));
    }

    public void record(long meetingId, String memberRef, Attendance a, String recordedBy, Instant at) {
        em.createNativeQuery("INSERT INTO meeting_attendance (meeting_id, member_ref, presence, hours, prepared,"
                + " travelled, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").setParameter(1, meetingId)
                .setParameter(2, memberRef).setParameter(3, a.presence().name())
                .setParameter(4, a.hours()).setParameter(5, a.prepared()).setParameter(6, a.travelled())
                .setParameter(7, recordedBy).setParameter(8, Timestamp.from(at)).executeUpdate();
    }

    public void stepOut(long meetingId, String memberRef, Instant at) {
        em.createNativeQuery("INSERT INTO meeting_step_out (meeting_id, member_ref, at) VALUES (?, ?, ?)")
                .setParameter(1, meetingId).setParameter(2, memberRef).setParameter(3, Timestamp.from(at))
                .executeUpdate();
    }

    /** Who asked to step out of a meeting, the latest first. */
    public List<StepOut> stepOutsOf(long meetingId) {
        List<StepOut> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT member_ref, at FROM meeting_step_out WHERE meeting_id = ? "
                + "ORDER BY id DESC").setParameter(1, meetingId).getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(new StepOut((String) r[0], SqlValues.instant(r[1])));
        }
        return rows;
    }

    private static Attendance attendance(Object presence, Object hours, Object prepared, Object travelled) {
        return new Attendance(Attendance.Presence.valueOf((String) presence),
                hours == null ? null : new BigDecimal(hours.toString()), SqlValues.truth(prepared),
                SqlValues.truth(travelled));
    }
}
