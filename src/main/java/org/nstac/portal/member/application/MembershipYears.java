package org.nstac.portal.member.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.nstac.portal.member.domain.Member;

/**
 * Who took part in the council over a period, for the annual report: by opaque reference only, never a name. A member
 * took part when they were admitted and neither paused nor withdrawn on at least one day of it; a member paused in it
 * when one of their pauses overlaps it (they may have taken part on other days as well).
 */
@ApplicationScoped
public class MembershipYears {

    /** The references of members who took part on some day of the period, and of those paused on some day of it. */
    public record Membership(Set<String> takingPart, Set<String> paused) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Members members;

    @Inject
    Absences absences;

    @SuppressWarnings("unchecked")
    public Membership between(LocalDate from, LocalDate to) {
        Set<String> takingPart = new TreeSet<>();
        for (Member m : members.all()) {
            if (absences.daysTakingPart(m.getRef(), from, to) > 0) {
                takingPart.add(m.getRef());
            }
        }
        List<String> paused = em.createNativeQuery("SELECT DISTINCT member_ref FROM member_absence WHERE kind = 'PAUSE' "
                + "AND starts_on <= ?1 AND (ends_on IS NULL OR ends_on >= ?2)").setParameter(1, Date.valueOf(to))
                .setParameter(2, Date.valueOf(from)).getResultList();
        return new Membership(takingPart, new TreeSet<>(paused));
    }
}
