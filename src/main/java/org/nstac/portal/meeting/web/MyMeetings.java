package org.nstac.portal.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nstac.portal.meeting.application.Attendances;
import org.nstac.portal.meeting.application.Invitations;
import org.nstac.portal.meeting.application.MeetingViews;
import org.nstac.portal.meeting.application.Minutes;
import org.nstac.portal.meeting.domain.MinutesState;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * A member's meetings: each invitation with the agenda, the safety plan in plain words, who the support person is and
 * what the meeting pays; accept or decline without a reason; access needs; "I need to step out"; the minutes. The
 * member is whoever is signed in: the services ask the meeting policy, which knows them.
 */
@Named
@ViewScoped
public class MyMeetings implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Minutes the member may not read (yet): the page shows none. */
    private static final Minutes.View NONE = new Minutes.View(MinutesState.DRAFT, null, List.of(), false);

    @Inject
    MeetingViews views;

    @Inject
    Invitations invitations;

    @Inject
    org.nstac.portal.consent.application.EventConsents eventConsents;

    private final java.util.Map<Long, String> consentWordings = new java.util.HashMap<>();

    @Inject
    Attendances attendances;

    @Inject
    Minutes minutes;

    @Inject
    FacesMessages messages;

    @Inject
    org.nstac.portal.shared.CouncilClock clock;

    private String show = "upcoming";
    private final Map<Long, String> needs = new HashMap<>();
    private final Map<Long, String> corrections = new HashMap<>();
    private transient List<MeetingViews.ForMember> mine;
    private transient Map<Long, Optional<Minutes.View>> minutesRead;

    /**
     * The member's meetings, read once per view and again after each of their actions (the page asks for them several
     * times while it renders); the needs field shows what they wrote when they last answered, until they change it.
     */
    public List<MeetingViews.ForMember> getMeetings() {
        if (mine == null) {
            java.time.Instant now = clock.now();
            boolean past = isPast();
            java.util.Comparator<MeetingViews.ForMember> byStart = java.util.Comparator
                    .comparing(v -> v.meeting().getStartsAt());
            mine = views.mine().stream()
                    .filter(v -> past == !v.meeting().getEndsAt().isAfter(now))
                    .sorted(past ? byStart.reversed() : byStart)
                    .toList();
            for (MeetingViews.ForMember v : mine) {
                needs.putIfAbsent(v.invitation().getId(), v.invitation().getNeeds());
            }
        }
        return mine;
    }

    /** Past meetings (ended, latest first) when the address asks for them; else those still to come, soonest first. */
    public boolean isPast() {
        return "past".equals(show);
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = "past".equals(show) ? "past" : "upcoming";
        mine = null;
    }

    /** The minutes of one of the member's meetings as they may read them (no parts when none), read once per view. */
    public Minutes.View minutesOf(long meetingId) {
        if (minutesRead == null) {
            minutesRead = new HashMap<>();
        }
        return minutesRead.computeIfAbsent(meetingId, minutes::readable).orElse(NONE);
    }

    public void accept(long invitationId) {
        respond(invitationId, true);
    }

    public void decline(long invitationId) {
        respond(invitationId, false);
    }

    private void respond(long invitationId, boolean accept) {
        try {
            invitations.respond(invitationId, accept, needs.get(invitationId));
            messages.info(accept ? "meeting.response.accepted" : "meeting.response.declined");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        reread();
    }

    public void stepOut(long meetingId) {
        try {
            attendances.stepOut(meetingId);
            messages.info("meeting.stepOut.done");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        reread();
    }

    public void correct(long meetingId) {
        try {
            minutes.correct(meetingId, corrections.get(meetingId));
            corrections.remove(meetingId);
            messages.info("meeting.minutes.correctionSent");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        reread();
    }

    private void reread() {
        mine = null;
        minutesRead = null;
    }

    public Map<Long, String> getNeeds() {
        return needs;
    }

    public Map<Long, String> getCorrections() {
        return corrections;
    }

    /**
     * What accepting this invitation consents to for the meeting (appearing in public, photographs, recording), in the
     * page's language; "" when the meeting shows nobody. Worked out once per meeting and view.
     */
    public String eventConsent(MeetingViews.ForMember v) {
        return consentWordings.computeIfAbsent(v.meeting().getId(), id -> eventConsents.wording(
                invitations.eventScope(id), org.nstac.portal.shared.CouncilClock.dayOf(v.meeting().getStartsAt()),
                jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }
}
