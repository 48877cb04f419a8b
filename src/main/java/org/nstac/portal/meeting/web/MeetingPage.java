package org.nstac.portal.meeting.web;

import org.nstac.portal.shared.NotFound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nstac.portal.meeting.application.MeetingViews;
import org.nstac.portal.meeting.application.Meetings;
import org.nstac.portal.meeting.application.Minutes;
import org.nstac.portal.meeting.domain.Attendance;
import org.nstac.portal.meeting.domain.InvitationState;
import org.nstac.portal.meeting.domain.MeetingNaming;
import org.nstac.portal.meeting.domain.MinutesPart;
import org.nstac.portal.meeting.domain.MinutesVisibility;
import org.nstac.portal.meeting.domain.SafetyPlan;
import org.nstac.portal.meeting.infrastructure.InvitationRecord;
import org.nstac.portal.meeting.infrastructure.MeetingRecord;
import org.nstac.portal.member.application.Members;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.member.domain.Participation;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * One meeting for the secretariat: the safety plan (required before anyone is invited), invitations with answers and
 * access needs and how many seats are taken, attendance after the start (which accrues the promised pay), the minutes,
 * moving the meeting, and cancelling it (paying the travel of those who had set out).
 */
@Named
@ViewScoped
public class MeetingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Meetings meetings;

    @Inject
    MeetingViews views;

    @Inject
    Minutes minutes;

    @Inject
    Members members;

    @Inject
    CurrentUser user;

    @Inject
    FacesMessages messages;

    private Long id;
    private boolean missing;
    private String supportPersonName;
    private String supportContact;
    private String quietRoom;
    private String stepOutOnline;
    private boolean photographsAllowed;
    private boolean recordingAllowed;
    private boolean pressPresent;
    private String naming = MeetingNaming.PSEUDONYM_BADGE.name();
    private boolean noStories;
    private final Map<String, String> presence = new LinkedHashMap<>();
    private final Map<String, String> hours = new LinkedHashMap<>();
    private String minutesText;
    private String ministryText;
    private LocalDateTime correctionsUntil;
    private LocalDateTime newStart;
    private LocalDateTime newEnd;
    private String newPlace;
    private Integer newCapacity;
    private List<String> travelled = new ArrayList<>();
    private List<String> prepared = new ArrayList<>();

    public void load() {
        if (id == null) {
            missing = true;
            return;
        }
        try {
            meetings.find(id);
        } catch (NotFound e) {
            missing = true;
            return;
        }
        fillChangeForm(meetings.find(id));
        meetings.planOf(id).ifPresent(p -> {
            supportPersonName = p.supportPersonName();
            supportContact = p.supportContact();
            quietRoom = p.quietRoom();
            stepOutOnline = p.stepOutOnline();
            photographsAllowed = p.photographsAllowed();
            recordingAllowed = p.recordingAllowed();
            pressPresent = p.pressPresent();
            naming = p.naming().name();
            noStories = p.noStoriesRuleAcknowledged();
        });
        Minutes.View v = minutes.read(id, MinutesVisibility.Viewer.SECRETARIAT);
        List<String> common = new ArrayList<>();
        List<String> forMinistry = new ArrayList<>();
        for (MinutesPart p : v.parts()) {
            (p.forMinistry() ? forMinistry : common).add(p.text());
        }
        minutesText = common.isEmpty() ? null : String.join("\n\n", common);
        ministryText = forMinistry.isEmpty() ? null : String.join("\n\n", forMinistry);
    }

    public MeetingRecord getMeeting() {
        return meetings.find(id);
    }

    public boolean isHasPlan() {
        return meetings.planOf(id).isPresent();
    }

    public List<MeetingViews.PayLine> getPays() {
        return views.pays(getMeeting());
    }

    public List<InvitationRecord> getInvitations() {
        return meetings.invitationsOf(id);
    }

    public List<InvitationRecord> getAccepted() {
        return getInvitations().stream().filter(i -> i.getState() == InvitationState.ACCEPTED).toList();
    }

    /** Active members not yet invited (or whose invitation is closed), to invite. */
    public List<Member> getInvitable() {
        List<String> invited = getInvitations().stream().filter(i -> i.getState().isOpen())
                .map(InvitationRecord::getMemberRef).toList();
        return members.all().stream().filter(m -> m.getStatus() != Participation.Status.WITHDRAWN)
                .filter(m -> !invited.contains(m.getRef())).toList();
    }

    public String pseudonymOf(String ref) {
        return members.findByRef(ref).map(Member::getPseudonym).orElse(ref);
    }

    public Map<String, Attendance> getAttendance() {
        return meetings.attendanceOf(id);
    }

    public List<Object[]> getStepOuts() {
        return meetings.stepOutsOf(id);
    }

    public List<Object[]> getCorrections() {
        return minutes.correctionsOf(id);
    }

    public String getMinutesState() {
        return minutes.stateOf(id).name();
    }

    public void savePlan() {
        try {
            meetings.plan(id, new SafetyPlan(supportPersonName, supportContact, quietRoom, stepOutOnline,
                    photographsAllowed, recordingAllowed, pressPresent, MeetingNaming.valueOf(naming), noStories),
                    user.getName());
            messages.info("meeting.safety.saved");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public void invite(String memberRef) {
        try {
            Meetings.Invited invited = meetings.invite(id, memberRef, user.getName());
            messages.info(invited.overlaps() ? "meeting.invite.doneOverlap" : "meeting.invite.done");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public void recordAttendance() {
        try {
            List<Meetings.AttendanceLine> lines = new ArrayList<>();
            for (InvitationRecord i : getAccepted()) {
                String p = presence.get(i.getMemberRef());
                if (p != null && !p.isBlank()) {
                    lines.add(new Meetings.AttendanceLine(i.getMemberRef(), p, hours.get(i.getMemberRef()), false,
                            false));
                }
            }
            meetings.attendance(id, lines, user.getName());
            messages.info("meeting.attendance.saved");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public void saveMinutes() {
        try {
            List<MinutesPart> parts = new ArrayList<>();
            if (minutesText != null && !minutesText.isBlank()) {
                parts.add(new MinutesPart(minutesText.strip(), false));
            }
            if (ministryText != null && !ministryText.isBlank()) {
                parts.add(new MinutesPart(ministryText.strip(), true));
            }
            minutes.draft(id, parts, user.getName());
            messages.info("meeting.minutes.saved");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public void shareMinutes() {
        try {
            minutes.share(id, correctionsUntil == null ? null : correctionsUntil.atZone(Meetings.ZONE).toInstant(),
                    user.getName());
            messages.info("meeting.minutes.sharedDone");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public void publishMinutes() {
        try {
            minutes.publish(id, user.getName());
            messages.info("meeting.minutes.publishedDone");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    /** Moves the meeting or changes its place or capacity; what it pays stays as promised. Invitees are told. */
    public void reschedule() {
        try {
            MeetingRecord m = getMeeting();
            MeetingRecord changed = meetings.update(id, new Meetings.Draft(m.getKind().name(), m.getTitle(),
                    m.getAgenda(), newStart == null ? null : newStart.atZone(Meetings.ZONE).toInstant(),
                    newEnd == null ? null : newEnd.atZone(Meetings.ZONE).toInstant(), m.isOnline(), newPlace,
                    m.getLanguage(), m.getInterpretation(), newCapacity, m.getConsultationId(),
                    m.getOrganisationCode(), m.pay().meetingDays().toPlainString(),
                    m.pay().preparationHours().toPlainString(), m.pay().perDiemDays(),
                    m.pay().travelKm().toPlainString()), user.getName());
            fillChangeForm(changed);
            messages.info("meeting.change.done");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    private void fillChangeForm(MeetingRecord m) {
        newStart = LocalDateTime.ofInstant(m.getStartsAt(), Meetings.ZONE);
        newEnd = LocalDateTime.ofInstant(m.getEndsAt(), Meetings.ZONE);
        newPlace = m.isOnline() ? m.getLink() : m.getVenue();
        newCapacity = m.getCapacity();
    }

    public long getAcceptedCount() {
        return meetings.acceptedCount(id);
    }

    public void cancel() {
        try {
            meetings.cancel(id, travelled, prepared, user.getName());
            messages.info("meeting.cancelledDone");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public List<String> getNamings() {
        return java.util.Arrays.stream(MeetingNaming.values()).map(Enum::name).toList();
    }

    public LocalDateTime getNewStart() {
        return newStart;
    }

    public void setNewStart(LocalDateTime newStart) {
        this.newStart = newStart;
    }

    public LocalDateTime getNewEnd() {
        return newEnd;
    }

    public void setNewEnd(LocalDateTime newEnd) {
        this.newEnd = newEnd;
    }

    public String getNewPlace() {
        return newPlace;
    }

    public void setNewPlace(String newPlace) {
        this.newPlace = newPlace;
    }

    public Integer getNewCapacity() {
        return newCapacity;
    }

    public void setNewCapacity(Integer newCapacity) {
        this.newCapacity = newCapacity;
    }

    public List<String> getTravelled() {
        return travelled;
    }

    public void setTravelled(List<String> travelled) {
        this.travelled = travelled == null ? new ArrayList<>() : new ArrayList<>(travelled);
    }

    public List<String> getPrepared() {
        return prepared;
    }

    public void setPrepared(List<String> prepared) {
        this.prepared = prepared == null ? new ArrayList<>() : new ArrayList<>(prepared);
    }

    public Map<String, String> getPresence() {
        return presence;
    }

    public Map<String, String> getHours() {
        return hours;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isMissing() {
        return missing;
    }

    public String getSupportPersonName() {
        return supportPersonName;
    }

    public void setSupportPersonName(String v) {
        this.supportPersonName = v;
    }

    public String getSupportContact() {
        return supportContact;
    }

    public void setSupportContact(String v) {
        this.supportContact = v;
    }

    public String getQuietRoom() {
        return quietRoom;
    }

    public void setQuietRoom(String v) {
        this.quietRoom = v;
    }

    public String getStepOutOnline() {
        return stepOutOnline;
    }

    public void setStepOutOnline(String v) {
        this.stepOutOnline = v;
    }

    public boolean isPhotographsAllowed() {
        return photographsAllowed;
    }

    public void setPhotographsAllowed(boolean v) {
        this.photographsAllowed = v;
    }

    public boolean isRecordingAllowed() {
        return recordingAllowed;
    }

    public void setRecordingAllowed(boolean v) {
        this.recordingAllowed = v;
    }

    public boolean isPressPresent() {
        return pressPresent;
    }

    public void setPressPresent(boolean v) {
        this.pressPresent = v;
    }

    public String getNaming() {
        return naming;
    }

    public void setNaming(String v) {
        this.naming = v;
    }

    public boolean isNoStories() {
        return noStories;
    }

    public void setNoStories(boolean v) {
        this.noStories = v;
    }

    public String getMinutesText() {
        return minutesText;
    }

    public void setMinutesText(String v) {
        this.minutesText = v;
    }

    public String getMinistryText() {
        return ministryText;
    }

    public void setMinistryText(String v) {
        this.ministryText = v;
    }

    public LocalDateTime getCorrectionsUntil() {
        return correctionsUntil;
    }

    public void setCorrectionsUntil(LocalDateTime v) {
        this.correctionsUntil = v;
    }
}
