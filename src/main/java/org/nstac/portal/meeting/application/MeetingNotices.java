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
 * What the meeting feature tells people, in the caller's transaction: a member gets an in-portal notice (a key and a
 * link, never content) and a discreet mail after commit; the secretariat gets a notice to its role.
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

    /** Tells one member, by reference, that something about their meetings changed. */
    public void tellMember(String memberRef, String key) {
        directory.loginOf(memberRef).ifPresent(login -> {
            notices.send(List.of(login), key, MEMBER_PAGE);
        });
    }

    /** Tells every invitee who has not declined (nor had the invitation withdrawn). */
    public void tellInvitees(long meetingId, String key) {
        for (InvitationRecord i : meetings.invitationsOf(meetingId)) {
            if (i.getState() != InvitationState.DECLINED && i.getState() != InvitationState.WITHDRAWN) {
                tellMember(i.getMemberRef(), key);
            }
        }
    }

    /** Tells the secretariat, with a link to where it acts on it. */
    public void tellSecretariat(String key, String link) {
        notices.send(List.of(Notices.ROLE_PREFIX + "secretariat"), key, link);
    }

    /**
     * A notice linking to the member's meetings page (minutes shared, minutes published; mailed as every notice is), to these logins or
     * to every holder of a role ({@link Notices#ROLE_PREFIX}).
     */
    public void notify(List<String> recipients, String key) {
        notices.send(recipients, key, MEMBER_PAGE);
    }
}
