package org.nstac.portal.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nstac.portal.meeting.domain.InvitationState;
import org.nstac.portal.meeting.domain.MeetingState;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.MemberContext;
import org.nstac.portal.shared.ToDos;
import org.nstac.portal.shared.MemberRef;

/**
 * Meetings on the dashboards: a member's invitations to answer and meetings they will attend; the secretariat's coming
 * meetings that have no safety plan yet (no one can be invited to them before it).
 */
@ApplicationScoped
public class MeetingToDos implements ToDos {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    MemberContext member;

    @Inject
    CouncilClock clock;

    @Override
    public List<ToDo> on(String area) {
        return switch (area) {
            case "member" -> member.ref().map(this::forMember).orElse(List.of());
            case "secretariat" -> List.of(withoutPlan());
            default -> List.of();
        };
    }

    private List<ToDo> forMember(String ref) {
        List<Object[]> rows = em.createQuery("select i.state, m.title from InvitationRecord i, MeetingRecord m "
                + "where m.id = i.meetingId and i.memberRef = :m and m.state = :planned and m.startsAt > :now "
                + "and i.state in :states order by m.startsAt", Object[].class)
                .setParameter("m", new MemberRef(ref)).setParameter("planned", MeetingState.PLANNED)
                .setParameter("now", clock.now())
                .setParameter("states", List.of(InvitationState.INVITED, InvitationState.ACCEPTED))
                .getResultList();
        List<Item> invited = rows.stream().filter(r -> r[0] == InvitationState.INVITED).limit(MAX_ITEMS)
                .map(r -> new Item((String) r[1], "/member/meetings")).toList();
        long open = rows.stream().filter(r -> r[0] == InvitationState.INVITED).count();
        return List.of(
                new ToDo("meeting-invitations", 13, "todo.member.invitations", open, "", "/member/meetings", true,
                        invited),
                ToDo.of("meeting-coming", 14, "todo.member.meetingsComing", rows.size() - open, "/member/meetings",
                        false));
    }

    private ToDo withoutPlan() {
        Instant now = clock.now();
        List<Object[]> coming = em.createQuery("select m.id, m.title from MeetingRecord m where m.state = :planned "
                + "and m.startsAt > :now order by m.startsAt", Object[].class)
                .setParameter("planned", MeetingState.PLANNED).setParameter("now", now).getResultList();
        Set<Long> planned = new HashSet<>();
        if (!coming.isEmpty()) {
            for (Object id : em.createNativeQuery("SELECT meeting_id FROM meeting_safety_plan WHERE meeting_id >= ?1")
                    .setParameter(1, coming.stream().mapToLong(r -> ((Number) r[0]).longValue()).min().orElseThrow())
                    .getResultList()) {
                planned.add(((Number) id).longValue());
            }
        }
        List<Object[]> missing = coming.stream().filter(r -> !planned.contains(((Number) r[0]).longValue())).toList();
        return new ToDo("meeting-no-plan", 30, "todo.secretariat.noSafetyPlan", missing.size(), "",
                "/secretariat/meetings", true, missing.stream().limit(MAX_ITEMS)
                        .map(r -> new Item((String) r[1], "/secretariat/meeting?id=" + r[0])).toList());
    }
}
