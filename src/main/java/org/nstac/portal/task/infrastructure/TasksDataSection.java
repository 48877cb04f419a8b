package org.nstac.portal.task.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.nstac.portal.platform.JsonRows;
import org.nstac.portal.shared.MemberDataSection;

/** "Download my data": every task offered to the member, their answer, and the review of their work. */
@ApplicationScoped
public class TasksDataSection implements MemberDataSection {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public String name() {
        return "tasks";
    }

    @Override
    public JsonValue sectionFor(String memberRef) {
        return JsonRows.of(em.createNativeQuery("SELECT o.id, o.task_id, t.title, t.kind, t.deadline, o.state,"
                + " o.offered_at, o.expires_at, o.responded_at, o.submitted_at, o.review_state, o.review_comment,"
                + " o.reviewed_at, o.hours_accepted, o.extra_hours FROM task_offer o JOIN task t ON t.id = o.task_id"
                + " WHERE o.member_ref = ? ORDER BY o.id").setParameter(1, memberRef).getResultList(),
                "offerId", "taskId", "task", "kind", "deadline", "state", "offeredAt", "expiresAt", "respondedAt",
                "submittedAt", "review", "reviewComment", "reviewedAt", "hoursAccepted", "extraHours");
    }
}
