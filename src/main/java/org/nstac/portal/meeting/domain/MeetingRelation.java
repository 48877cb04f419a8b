package org.nstac.portal.meeting.domain;

/**
 * How a person stands to meetings, and to one meeting; one person may hold several (an attendee also accepted, was
 * invited and is a member). The first three come from the person alone, the others from their part in one meeting.
 */
public enum MeetingRelation {
    /** Staff who run the council's meetings. */
    SECRETARIAT(false),
    /** A council member taking part (not withdrawn): the chair is one too. */
    MEMBER(false),
    /** A ministry official: reads the parts of a hearing's minutes marked for their ministry, nothing else. */
    MINISTRY(false),
    /** The member holds an invitation to this meeting, whatever their answer. */
    INVITED_MEMBER(true),
    /** The member accepted their invitation: they have a seat. */
    ACCEPTED_MEMBER(true),
    /** The member was recorded as present, or partly present. */
    ATTENDEE(true);

    private final boolean toOneMeeting;

    MeetingRelation(boolean toOneMeeting) {
        this.toOneMeeting = toOneMeeting;
    }

    /** Whether the relation is to one particular meeting (else the person holds it, or not, for every meeting). */
    public boolean toOneMeeting() {
        return toOneMeeting;
    }
}
