package org.nstac.portal.meeting.domain;

/**
 * What someone may do with the council's meetings; {@link MeetingRules} says who, and in which {@link MeetingState}.
 * Actions {@link #onOneMeeting() on one meeting} depend on that meeting's state and on how the person stands to it;
 * the others (planning a new meeting, lists) on the person alone.
 */
public enum MeetingAction {
    /** Plan a new meeting, with what it pays. */
    PLAN(false),
    /** See every meeting in full: the online link at any time, invitations with access needs, attendance, who asked
     * to step out, proposed corrections. */
    SEE_ALL(false),
    /** See the meetings one was invited to. */
    LIST_OWN(false),
    /** See one meeting: its agenda, place, safety plan and what it pays. */
    VIEW(true),
    /** Move a meeting or change its place or capacity. */
    CHANGE(true),
    /** Call a meeting off (paying the travel of those who had set out). */
    CANCEL(true),
    /** Set or replace the safety plan. */
    SET_SAFETY_PLAN(true),
    /** Invite a member. */
    INVITE(true),
    /** Record who attended, which accrues what the meeting promised. */
    RECORD_ATTENDANCE(true),
    /** Draft, share and publish the minutes, and read the corrections proposed. */
    KEEP_MINUTES(true),
    /** Accept or decline one's own invitation. */
    ANSWER(true),
    /** Say "I need to step out" during a meeting one has a seat at. */
    STEP_OUT(true),
    /** Read the minutes: which parts, and from which state on, is {@link MinutesVisibility}'s rule. */
    READ_MINUTES(true),
    /** Propose a correction to shared minutes: when, is {@link MinutesState}'s rule. */
    PROPOSE_CORRECTION(true);

    private final boolean onOneMeeting;

    MeetingAction(boolean onOneMeeting) {
        this.onOneMeeting = onOneMeeting;
    }

    /** Whether the action is on one particular meeting, so that its state and the person's part in it count. */
    public boolean onOneMeeting() {
        return onOneMeeting;
    }
}
