package org.nstac.portal.shared;

import java.util.Optional;

/**
 * Who supports a member at a meeting, as other features may know it: the meeting feature answers from the meeting's
 * invitations and safety plan. Care asks here where a member's request for support about a meeting goes.
 */
public interface MeetingSupport {

    /**
     * Where support about this meeting reaches the member.
     *
     * @return empty when the member was never invited to the meeting (or there is no such meeting): to them it is not
     *         theirs; otherwise the support person's portal login, or {@link Reach#duty()} when the safety plan names
     *         no account (the secretariat's support duty answers)
     */
    Optional<Reach> forMember(long meetingId, String memberRef);

    /** The meetings a member was invited to and may ask support about, the latest first: id and title. */
    java.util.List<Choice> meetingsOf(String memberRef);

    record Choice(long id, String title) {
    }

    /** The support person's login; empty: the secretariat's support duty. */
    record Reach(Optional<String> supportLogin) {

        public static Reach duty() {
            return new Reach(Optional.empty());
        }
    }
}
