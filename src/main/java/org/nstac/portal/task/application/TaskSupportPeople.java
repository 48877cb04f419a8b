package org.nstac.portal.task.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.nstac.portal.shared.MeetingSupport;
import org.nstac.portal.shared.MemberRef;
import org.nstac.portal.shared.TaskSupport;
import org.nstac.portal.task.infrastructure.TaskSafetyPlanStore;

/**
 * Answers care's question "who supports this member on this task": only for a task offered to the member (whatever
 * their answer), the support person's account named on the task's safety plan, else the secretariat's duty.
 */
@ApplicationScoped
public class TaskSupportPeople implements TaskSupport {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    TaskSafetyPlanStore plans;

    @Override
    public Optional<MeetingSupport.Reach> forMember(long taskId, String memberRef) {
        Optional<MemberRef> ref = MemberRef.parse(memberRef);
        if (ref.isEmpty() || em.createQuery("select o.id from OfferRecord o where o.taskId = :t and "
                + "o.memberRef = :m", Long.class).setParameter("t", taskId).setParameter("m", ref.get())
                .setMaxResults(1).getResultList().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MeetingSupport.Reach(plans.supportLoginOf(taskId)));
    }

    @Override
    public java.util.List<MeetingSupport.Choice> tasksOf(String memberRef) {
        Optional<MemberRef> ref = MemberRef.parse(memberRef);
        if (ref.isEmpty()) {
            return java.util.List.of();
        }
        return em.createQuery("select t.id, t.title from TaskRecord t, OfferRecord o where o.taskId = t.id and "
                + "o.memberRef = :m order by o.id desc", Object[].class).setParameter("m", ref.get()).getResultList()
                .stream().map(r -> new MeetingSupport.Choice(((Number) r[0]).longValue(), (String) r[1])).toList();
    }
}
