package org.nstac.portal.task.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.nstac.portal.platform.SqlValues;
import org.nstac.portal.task.domain.TaskSafetyPlan;

/** Each task's safety plan as stored (one row per task, replaced as a whole). No rules and no checks here. */
@ApplicationScoped
public class TaskSafetyPlanStore {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Optional<TaskSafetyPlan> planOf(long taskId) {
        List<?> rows = em.createNativeQuery("SELECT support_person, support_contact, content_notes, photographs,"
                + " recording, pseudonym_only FROM task_safety_plan WHERE task_id = ?").setParameter(1, taskId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new TaskSafetyPlan((String) r[0], (String) r[1], (String) r[2], SqlValues.truth(r[3]),
                SqlValues.truth(r[4]), SqlValues.truth(r[5])));
    }

    /** The ids of the tasks that have a plan: for a list of tasks, in one query. */
    public java.util.Set<Long> tasksWithPlan() {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (Object id : em.createNativeQuery("SELECT task_id FROM task_safety_plan").getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    /** The portal account of the task's support person, when the plan names one. */
    public Optional<String> supportLoginOf(long taskId) {
        List<?> rows = em.createNativeQuery("SELECT support_login FROM task_safety_plan WHERE task_id = ?")
                .setParameter(1, taskId).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? Optional.empty() : Optional.of((String) rows.get(0));
    }

    /** Stores a checked plan in place of the task's present one, with its support person's account (or none). */
    public void replace(long taskId, TaskSafetyPlan plan, String supportLogin) {
        em.createNativeQuery("DELETE FROM task_safety_plan WHERE task_id = ?").setParameter(1, taskId)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO task_safety_plan (task_id, support_person, support_contact, support_login,"
                + " content_notes, photographs, recording, pseudonym_only) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, taskId).setParameter(2, plan.supportPersonName())
                .setParameter(3, plan.supportContact()).setParameter(4, supportLogin)
                .setParameter(5, plan.contentNotes()).setParameter(6, plan.photographsAllowed())
                .setParameter(7, plan.recordingAllowed()).setParameter(8, plan.pseudonymOnly()).executeUpdate();
    }
}
