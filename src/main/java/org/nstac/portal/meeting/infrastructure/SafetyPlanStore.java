package org.nstac.portal.meeting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.nstac.portal.meeting.domain.MeetingNaming;
import org.nstac.portal.meeting.domain.SafetyPlan;
import org.nstac.portal.platform.SqlValues;

/** Each meeting's safety plan as stored (one row per meeting, replaced as a whole). No rules and no checks here. */
@ApplicationScoped
public class SafetyPlanStore {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Optional<SafetyPlan> planOf(long meetingId) {
        List<?> rows = em.createNativeQuery("SELECT support_person, support_contact, quiet_room, step_out_online, "
                + "photographs, recording, press, naming, no_stories FROM meeting_safety_plan WHERE meeting_id = ?")
                .setParameter(1, meetingId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new SafetyPlan((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                SqlValues.truth(r[4]), SqlValues.truth(r[5]), SqlValues.truth(r[6]),
                MeetingNaming.valueOf((String) r[7]), SqlValues.truth(r[8])));
    }

    /** Stores a checked plan in place of the meeting's present one. */
    public void replace(long meetingId, SafetyPlan plan) {
        em.createNativeQuery("DELETE FROM meeting_safety_plan WHERE meeting_id = ?").setParameter(1, meetingId)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO meeting_safety_plan (meeting_id, support_person, support_contact, quiet_room,"
                + " step_out_online, photographs, recording, press, naming, no_stories) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?)").setParameter(1, meetingId).setParameter(2, plan.supportPersonName())
                .setParameter(3, plan.supportContact()).setParameter(4, plan.quietRoom())
                .setParameter(5, plan.stepOutOnline()).setParameter(6, plan.photographsAllowed())
                .setParameter(7, plan.recordingAllowed()).setParameter(8, plan.pressPresent())
                .setParameter(9, plan.naming().name()).setParameter(10, plan.noStoriesRuleAcknowledged())
                .executeUpdate();
    }
}
