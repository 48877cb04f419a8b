package org.nstac.portal.meeting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.nstac.portal.platform.JsonRows;
import org.nstac.portal.shared.MemberDataSection;

/**
 * "Download my data": the meetings the member was invited to, their answer and the support they asked for (needs),
 * their attendance as recorded, the corrections they proposed to minutes, and each time they stepped out.
 */
@ApplicationScoped
public class MeetingsDataSection implements MemberDataSection {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public String name() {
        return "meetings";
    }

    @Override
    public JsonValue sectionFor(String memberRef) {
        var invitations = em.createNativeQuery("SELECT i.meeting_id, m.title, m.kind, m.starts_at, m.state, i.state,"
                + " i.needs, i.invited_at, i.responded_at FROM meeting_invitation i JOIN meeting m ON m.id ="
                + " i.meeting_id WHERE i.member_ref = ? ORDER BY m.starts_at").setParameter(1, memberRef)
                .getResultList();
        var attendance = em.createNativeQuery("SELECT meeting_id, presence, hours, prepared, travelled, recorded_at"
                + " FROM meeting_attendance WHERE member_ref = ? ORDER BY recorded_at").setParameter(1, memberRef)
                .getResultList();
        var corrections = em.createNativeQuery("SELECT meeting_id, body, proposed_at FROM meeting_minutes_correction"
                + " WHERE member_ref = ? ORDER BY id").setParameter(1, memberRef).getResultList();
        var stepOuts = em.createNativeQuery("SELECT meeting_id, at FROM meeting_step_out WHERE member_ref = ?"
                + " ORDER BY id").setParameter(1, memberRef).getResultList();
        return Json.createObjectBuilder()
                .add("invitations", JsonRows.of(invitations, "meetingId", "title", "kind", "startsAt",
                        "meetingState", "answer", "needs", "invitedAt", "answeredAt"))
                .add("attendance", JsonRows.of(attendance, "meetingId", "presence", "hours", "prepared",
                        "travelled", "recordedAt"))
                .add("minutesCorrections", JsonRows.of(corrections, "meetingId", "text", "proposedAt"))
                .add("stepOuts", JsonRows.of(stepOuts, "meetingId", "at"))
                .build();
    }
}
