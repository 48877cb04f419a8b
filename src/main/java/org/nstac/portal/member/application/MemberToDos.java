package org.nstac.portal.member.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.member.domain.Participation;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.MemberContext;
import org.nstac.portal.shared.ToDos;

/**
 * Members on the dashboards: whether a member is taking part or paused (and until when); the secretariat's recent
 * admissions and paused members; the custodian's recent openings of identities (the log each member can also read).
 */
@ApplicationScoped
public class MemberToDos implements ToDos {

    static final Duration RECENT = Duration.ofDays(30);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    MemberContext member;

    @Inject
    Members members;

    @Inject
    CurrentUser user;

    @Inject
    CouncilClock clock;

    @Override
    public List<ToDo> on(String area) {
        return switch (area) {
            case "member" -> member.ref().flatMap(members::findByRef).map(this::status).orElse(List.of());
            case "secretariat" -> forSecretariat();
            case "custodian" -> List.of(reveals());
            default -> List.of();
        };
    }

    private List<ToDo> status(Member m) {
        LocalDate today = clock.today();
        Participation p = m.participation();
        if (p.statusOn(today) != Participation.Status.PAUSED) {
            return List.of(ToDo.of("participation", 90, "todo.member.active", 0, "/member/participation", false));
        }
        return List.of(p.pausedUntil() == null
                ? ToDo.of("participation", 0, "todo.member.paused", 0, "/member/participation", false)
                : new ToDo("participation", 0, "todo.member.pausedUntil", 0, DAY.format(p.pausedUntil()),
                        "/member/participation", false, List.of()));
    }

    private List<ToDo> forSecretariat() {
        LocalDate today = clock.today();
        List<Member> current = em.createQuery("select m from Member m where m.status = :paused", Member.class)
                .setParameter("paused", Participation.Status.PAUSED).getResultList();
        long paused = current.stream().filter(m -> m.participation().statusOn(today) == Participation.Status.PAUSED)
                .count();
        long admitted = em.createQuery("select count(m) from Member m where m.admittedAt > :since", Long.class)
                .setParameter("since", clock.now().minus(RECENT)).getSingleResult();
        return List.of(
                ToDo.of("members-admitted", 10, "todo.secretariat.admitted", admitted, "/secretariat/members", false),
                ToDo.of("members-paused", 11, "todo.secretariat.paused", paused, "/secretariat/members", false));
    }

    private ToDo reveals() {
        Object[] counts = em.createQuery("select count(r), sum(case when r.custodian = :me then 1 else 0 end) "
                + "from IdentityRevealRecord r where r.revealedAt > :since", Object[].class)
                .setParameter("me", String.valueOf(user.getName()))
                .setParameter("since", clock.now().minus(RECENT)).getSingleResult();
        return new ToDo("identity-reveals", 10, "todo.custodian.reveals", number(counts[0]),
                String.valueOf(number(counts[1])), "/custodian/reveal", false, List.of());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
