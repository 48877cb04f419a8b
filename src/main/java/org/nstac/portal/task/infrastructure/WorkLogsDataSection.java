package org.nstac.portal.task.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.nstac.portal.platform.JsonRows;
import org.nstac.portal.shared.MemberDataSection;

/** "Download my data": the hours the member logged on their tasks, with their notes. */
@ApplicationScoped
public class WorkLogsDataSection implements MemberDataSection {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public String name() {
        return "workLogs";
    }

    @Override
    public JsonValue sectionFor(String memberRef) {
        return JsonRows.of(em.createNativeQuery("SELECT w.offer_id, o.task_id, w.work_date, w.hours, w.note,"
                + " w.logged_at FROM work_log w JOIN task_offer o ON o.id = w.offer_id WHERE o.member_ref = ?"
                + " ORDER BY w.id").setParameter(1, memberRef).getResultList(),
                "offerId", "taskId", "day", "hours", "note", "loggedAt");
    }
}
