package org.nstac.portal.task.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.MemberContext;
import org.nstac.portal.shared.MemberDirectory;
import org.nstac.portal.shared.MemberRef;
import org.nstac.portal.shared.ToDos;
import org.nstac.portal.task.domain.OfferState;
import org.nstac.portal.task.domain.ReviewState;

/**
 * Tasks on the dashboards: a member's offers waiting for an answer and work sent back for changes; the secretariat's
 * work handed in for review and the members offered no task for 60 days (the report's "intentionally neglected").
 */
@ApplicationScoped
public class TaskToDos implements ToDos {

    /** A member offered nothing for this long is shown to the secretariat. */
    static final Duration NOT_OFFERED = Duration.ofDays(60);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    MemberContext member;

    @Inject
    MemberDirectory directory;

    @Inject
    CouncilClock clock;

    @Override
    public List<ToDo> on(String area) {
        return switch (area) {
            case "member" -> member.ref().map(this::forMember).orElse(List.of());
            case "secretariat" -> forSecretariat();
            default -> List.of();
        };
    }

    private List<ToDo> forMember(String text) {
        MemberRef ref = new MemberRef(text);
        Instant now = clock.now();
        List<Object[]> open = em.createQuery("select o.id, t.title from OfferRecord o, TaskRecord t where t.id = o.taskId "
                + "and o.memberRef = :m and o.state = :offered and o.expiresAt > :now order by o.expiresAt", Object[].class)
                .setParameter("m", ref).setParameter("offered", OfferState.OFFERED).setParameter("now", now)
                .setMaxResults(MAX_ITEMS).getResultList();
        long offers = open.size() < MAX_ITEMS ? open.size() : count("select count(o) from OfferRecord o where "
                + "o.memberRef = :m and o.state = :offered and o.expiresAt > :now", ref, now);
        List<Item> offerItems = open.stream().map(r -> new Item((String) r[1], "/member/tasks")).toList();
        Object[] work = em.createQuery("select sum(case when o.reviewState = :changes then 1 else 0 end), "
                + "sum(case when o.reviewState is null or o.reviewState = :changes then 1 else 0 end) "
                + "from OfferRecord o where o.memberRef = :m and o.state = :accepted", Object[].class)
                .setParameter("m", ref).setParameter("accepted", OfferState.ACCEPTED)
                .setParameter("changes", ReviewState.CHANGES_REQUESTED).getSingleResult();
        return List.of(
                new ToDo("task-offers", 10, "todo.member.taskOffers", offers, "", "/member/tasks", true, offerItems),
                ToDo.of("task-changes", 11, "todo.member.taskChanges", number(work[0]), "/member/tasks", true),
                ToDo.of("task-work", 12, "todo.member.taskWork", number(work[1]), "/member/tasks", false));
    }

    private List<ToDo> forSecretariat() {
        List<Object[]> handedIn = em.createQuery("select t.id, t.title from OfferRecord o, TaskRecord t "
                + "where t.id = o.taskId and o.reviewState = :review order by o.submittedAt", Object[].class)
                .setParameter("review", ReviewState.IN_REVIEW).getResultList();
        List<Item> items = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (Object[] r : handedIn) {
            if (items.size() < MAX_ITEMS && seen.add(r[0])) {
                items.add(new Item((String) r[1], "/secretariat/task?id=" + r[0]));
            }
        }
        Instant since = clock.now().minus(NOT_OFFERED);
        Set<String> offered = new HashSet<>(em.createQuery("select distinct o.memberRef from OfferRecord o "
                + "where o.offeredAt > :since", MemberRef.class).setParameter("since", since).getResultStream()
                .map(MemberRef::value).toList());
        long neglected = directory.activeRefs(clock.today()).stream().filter(r -> !offered.contains(r)).count();
        return List.of(
                new ToDo("task-review", 20, "todo.secretariat.review", handedIn.size(), "", "/secretariat/tasks", true,
                        items),
                ToDo.of("task-not-offered", 40, "todo.secretariat.notOffered", neglected, "/secretariat/fairness",
                        true));
    }

    private long count(String jpql, MemberRef ref, Instant now) {
        return em.createQuery(jpql, Long.class).setParameter("m", ref).setParameter("offered", OfferState.OFFERED)
                .setParameter("now", now).getSingleResult();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
