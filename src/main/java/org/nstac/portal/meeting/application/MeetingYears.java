package org.nstac.portal.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Meetings over a period, for the annual report: meetings held (started in the period, not called off, and started
 * by {@code asOf}) by kind with the members who attended each kind, and invitations sent in the period per member.
 * Members by opaque reference only.
 */
@ApplicationScoped
public class MeetingYears {

    /**
     * @param held        per kind name, the number of meetings held
     * @param attendees   per kind name, the members recorded present or partly present
     * @param invitations invitations per member
     */
    public record Year(Map<String, Long> held, Map<String, Set<String>> attendees, Map<String, Long> invitations) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @SuppressWarnings("unchecked")
    public Year between(Instant start, Instant end, Instant asOf) {
        Timestamp s = Timestamp.from(start);
        Timestamp e = Timestamp.from(end.isAfter(asOf) ? asOf : end);
        Map<String, Long> held = new TreeMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT kind, COUNT(*) FROM meeting WHERE state <> "
                + "'CANCELLED' AND starts_at >= ?1 AND starts_at < ?2 GROUP BY kind").setParameter(1, s)
                .setParameter(2, e).getResultList()) {
            held.put((String) r[0], ((Number) r[1]).longValue());
        }
        Map<String, Set<String>> attendees = new TreeMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT DISTINCT m.kind, a.member_ref FROM meeting m "
                + "JOIN meeting_attendance a ON a.meeting_id = m.id WHERE m.state <> 'CANCELLED' AND a.presence <> "
                + "'ABSENT' AND m.starts_at >= ?1 AND m.starts_at < ?2").setParameter(1, s).setParameter(2, e)
                .getResultList()) {
            attendees.computeIfAbsent((String) r[0], k -> new HashSet<>()).add((String) r[1]);
        }
        Map<String, Long> invitations = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT member_ref, COUNT(*) FROM meeting_invitation "
                + "WHERE invited_at >= ?1 AND invited_at < ?2 GROUP BY member_ref").setParameter(1, Timestamp.from(start))
                .setParameter(2, Timestamp.from(end)).getResultList()) {
            invitations.put((String) r[0], ((Number) r[1]).longValue());
        }
        return new Year(held, attendees, invitations);
    }
}
