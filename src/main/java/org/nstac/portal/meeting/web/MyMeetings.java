package org.nstac.portal.meeting.web;

import org.nstac.portal.shared.NotFound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nstac.portal.meeting.application.MeetingViews;
import org.nstac.portal.meeting.application.Meetings;
import org.nstac.portal.meeting.application.Minutes;
import org.nstac.portal.meeting.domain.MinutesVisibility;
import org.nstac.portal.member.application.Members;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * A member's meetings: each invitation with the agenda, the safety plan in plain words, who the support person is and
 * what the meeting pays; accept or decline without a reason; access needs; "I need to step out"; the minutes.
 */
@Named
@ViewScoped
public class MyMeetings implements Serializable {

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

    private final Map<Long, String> needs = new HashMap<>();
    private final Map<Long, String> corrections = new HashMap<>();
    private transient List<MeetingViews.ForMember> mine;

    private Member me() {
        return members.findByLogin(user.getName()).orElseThrow(NotFound::new);
    }

    /**
     * The member's meetings, read once per view and again after each of their actions (the page asks for them several
     * times while it renders); the needs field shows what they wrote when they last answered, until they change it.
     */
    public List<MeetingViews.ForMember> getMeetings() {
        if (mine == null) {
            mine = views.forMember(me().getRef());
            for (MeetingViews.ForMember v : mine) {
                needs.putIfAbsent(v.invitation().getId(), v.invitation().getNeeds());
            }
        }
        return mine;
    }

    public Minutes.View minutesOf(long meetingId) {
        var m = meetings.find(meetingId);
        return minutes.read(meetingId, views.minutesViewer(m, false, me().getRef(), null, false));
    }

    public void accept(long invitationId) {
        respond(invitationId, true);
    }

    public void decline(long invitationId) {
        respond(invitationId, false);
    }

    private void respond(long invitationId, boolean accept) {
        mine = null;
        try {
            meetings.respond(invitationId, me().getRef(), accept, needs.get(invitationId));
            messages.info(accept ? "meeting.response.accepted" : "meeting.response.declined");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public void stepOut(long meetingId) {
        mine = null;
        meetings.stepOut(meetingId, me().getRef());
        messages.info("meeting.stepOut.done");
    }

    public void correct(long meetingId) {
        mine = null;
        try {
            minutes.correct(meetingId, me().getRef(), corrections.get(meetingId));
            corrections.remove(meetingId);
            messages.info("meeting.minutes.correctionSent");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public Map<Long, String> getNeeds() {
        return needs;
    }

    public Map<Long, String> getCorrections() {
        return corrections;
    }
}
