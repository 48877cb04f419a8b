package org.nstac.portal.member.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.platform.SqlValues;
import org.nstac.portal.shared.Participations;

/**
 * The days a member does not take part, kept as periods (a pause from its first to its last day, withdrawal from its
 * day on), so that what was true of a past month is known after the member came back: a stipend for that month is
 * prorated by it. The member's row only knows the state of today.
 */
@ApplicationScoped
public class Absences implements Participations {

    /** One period of not taking part; {@code until} is null while open. */
    record Absence(LocalDate from, LocalDate until) {
        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (until == null || !day.isAfter(until));
        }
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Members members;

    /** A pause from {@code today} to {@code until} (open when null); a pause already running is replaced from today. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void paused(String memberRef, LocalDate today, LocalDate until) {
        closeOpenPauses(memberRef, today.minusDays(1));
        em.createNativeQuery("INSERT INTO member_absence (member_ref, kind, starts_on, ends_on) VALUES (?, 'PAUSE', ?, ?)")
                .setParameter(1, memberRef).setParameter(2, Date.valueOf(today))
                .setParameter(3, until == null ? null : Date.valueOf(until)).executeUpdate();
    }

    /** The member came back today: a running pause ends yesterday. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resumed(String memberRef, LocalDate today) {
        closeOpenPauses(memberRef, today.minusDays(1));
    }

    /** The member withdrew today: they take part no more. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrew(String memberRef, LocalDate today) {
        closeOpenPauses(memberRef, today.minusDays(1));
        em.createNativeQuery("INSERT INTO member_absence (member_ref, kind, starts_on, ends_on) "
                + "VALUES (?, 'WITHDRAWAL', ?, NULL)").setParameter(1, memberRef).setParameter(2, Date.valueOf(today))
                .executeUpdate();
    }

    private void closeOpenPauses(String memberRef, LocalDate lastDay) {
        // A pause that had not started by then never happened; one that had ends on that day (or kept its end).
        em.createNativeQuery("DELETE FROM member_absence WHERE member_ref = ? AND kind = 'PAUSE' AND starts_on > ?")
                .setParameter(1, memberRef).setParameter(2, Date.valueOf(lastDay)).executeUpdate();
        em.createNativeQuery("UPDATE member_absence SET ends_on = ? WHERE member_ref = ? AND kind = 'PAUSE' AND "
                + "(ends_on IS NULL OR ends_on > ?)").setParameter(1, Date.valueOf(lastDay)).setParameter(2, memberRef)
                .setParameter(3, Date.valueOf(lastDay)).executeUpdate();
    }

    @Override
    public boolean takesPartOn(String memberRef, LocalDate day) {
        return daysTakingPart(memberRef, day, day) == 1;
    }

    @Override
    public int daysTakingPart(String memberRef, LocalDate from, LocalDate to) {
        Member member = members.findByRef(memberRef).orElse(null);
        if (member == null || to.isBefore(from)) {
            return 0;
        }
        LocalDate admitted = member.getAdmittedAt() == null ? from
                : org.nstac.portal.shared.CouncilClock.dayOf(member.getAdmittedAt());
        List<Absence> absences = absencesOf(memberRef);
        int days = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            LocalDate day = d;
            if (!day.isBefore(admitted) && absences.stream().noneMatch(a -> a.covers(day))) {
                days++;
            }
        }
        return days;
    }

    @SuppressWarnings("unchecked")
    private List<Absence> absencesOf(String memberRef) {
        List<Absence> out = new ArrayList<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT starts_on, ends_on FROM member_absence "
                + "WHERE member_ref = ?").setParameter(1, memberRef).getResultList()) {
            out.add(new Absence(SqlValues.localDate(row[0]), row[1] == null ? null : SqlValues.localDate(row[1])));
        }
        return out;
    }
}
