package org.nstac.portal.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.nstac.portal.meeting.domain.InvitationState;
import org.nstac.portal.meeting.infrastructure.InvitationRecord;
import org.nstac.portal.meeting.infrastructure.MeetingStore;
import org.nstac.portal.shared.MemberDirectory;
import org.nstac.portal.shared.Notices;

/**
 * What the meeting feature tells people, in the caller's transaction: a member gets an in-portal notice (a key, a
 * link and the meeting's title, never content) and a discreet mail after commit; the secretariat gets a notice to its
 * role. The mail stays discreet: it never carries the title.
 */
@ApplicationScoped
public class MeetingNotices {

    static final String MEMBER_PAGE = "/member/meetings";

    @Inject
    Notices notices;


    @Inject
    MemberDirectory directory;

    @Inject
    MeetingStore meetings;

    @Inject
    org.nstac.portal.shared.CouncilClock clock;

    /** Tells one member, by reference, that something about one of their meetings changed. */
    public void tellMember(String memberRef, String key, long meetingId) {
        tellMember(memberRef, key, titleOf(meetingId), memberPageFor(meetingId));
    }

    private void tellMember(String memberRef, String key, String title, String page) {
        directory.loginOf(memberRef).ifPresent(login -> {
            notices.send(List.of(login), key, page, title);
        });
    }

    /** Tells every invitee who has not declined (nor had the invitation withdrawn). */
    public void tellInvitees(long meetingId, String key) {
        String title = titleOf(meetingId);
        String page = memberPageFor(meetingId);
        for (InvitationRecord i : meetings.invitationsOf(meetingId)) {
            if (i.getState() != InvitationState.DECLINED && i.getState() != InvitationState.WITHDRAWN) {
                tellMember(i.getMemberRef(), key, title, page);
            }
        }
    }

    /** Tells the secretariat about a meeting, with a link to where it acts on it. */
    public void tellSecretariat(String key, String link, long meetingId) {
        notices.send(List.of(Notices.ROLE_PREFIX + "secretariat"), key, link, titleOf(meetingId));
    }

    /** Tells the secretariat about something that concerns no one meeting, with a link to where it acts on it. */
    public void tellSecretariat(String key, String link) {
        notices.send(List.of(Notices.ROLE_PREFIX + "secretariat"), key, link);
    }

    /**
     * A notice about a meeting linking to the member's meetings page (minutes shared, minutes published; mailed as every
     * notice is), to these logins or to every holder of a role ({@link Notices#ROLE_PREFIX}).
     */
    public void notify(List<String> recipients, String key, long meetingId) {
        notices.send(recipients, key, memberPageFor(meetingId), titleOf(meetingId));
    }

    /**
     * Where the member finds the meeting, its own place on her list: among the upcoming ones until it ends, then among
     * the past ones (minutes shared after a meeting would otherwise link to a list that no longer shows it).
     */
    String memberPageFor(long meetingId) {
        boolean ended = meetings.find(meetingId).map(m -> !m.getEndsAt().isAfter(clock.now())).orElse(false);
        return (ended ? MEMBER_PAGE + "?show=past" : MEMBER_PAGE) + "#meeting-" + meetingId;
    }

    private String titleOf(long meetingId) {
        return meetings.find(meetingId).map(org.nstac.portal.meeting.infrastructure.MeetingRecord::getTitle)
                .orElse(null);
    }
}
