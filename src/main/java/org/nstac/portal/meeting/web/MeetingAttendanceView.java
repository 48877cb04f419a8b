package org.nstac.portal.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nstac.portal.meeting.application.Attendances;
import org.nstac.portal.meeting.domain.Attendance;
import org.nstac.portal.meeting.infrastructure.AttendanceStore;
import org.nstac.portal.meeting.infrastructure.InvitationRecord;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The meeting page's attendance: presence (and hours) for each member who accepted, what was recorded, and who asked
 * to step out. Recording it accrues what the meeting promised. Read once per view and after each action on the page.
 */
@Named
@ViewScoped
public class MeetingAttendanceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingPage page;

    @Inject
    MeetingInvitationsView invitations;

    @Inject
    Attendances attendances;

    @Inject
    FacesMessages messages;

    private final Map<String, String> presence = new LinkedHashMap<>();
    private final Map<String, String> hours = new LinkedHashMap<>();
    private long readAt = -1;
    private transient Map<String, Attendance> recorded;
    private transient List<AttendanceStore.StepOut> stepOuts;

    private void fresh() {
        if (readAt != page.version()) {
            recorded = null;
            stepOuts = null;
            readAt = page.version();
        }
    }

    /** What was recorded, by member reference. */
    public Map<String, Attendance> getRecorded() {
        fresh();
        if (recorded == null) {
            recorded = attendances.of(page.getId());
        }
        return recorded;
    }

    public List<AttendanceStore.StepOut> getStepOuts() {
        fresh();
        if (stepOuts == null) {
            stepOuts = attendances.stepOutsOf(page.getId());
            page.knowNames(stepOuts.stream().map(AttendanceStore.StepOut::memberRef).toList());
        }
        return stepOuts;
    }

    public void record() {
        try {
            List<Attendances.AttendanceLine> lines = new ArrayList<>();
            for (InvitationRecord i : invitations.getAccepted()) {
                String p = presence.get(i.getMemberRef());
                if (p != null && !p.isBlank()) {
                    lines.add(new Attendances.AttendanceLine(i.getMemberRef(), p, hours.get(i.getMemberRef()), false,
                            false));
                }
            }
            attendances.record(page.getId(), lines);
            messages.info("meeting.attendance.saved");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        page.changed();
    }

    public Map<String, String> getPresence() {
        return presence;
    }

    public Map<String, String> getHours() {
        return hours;
    }
}
