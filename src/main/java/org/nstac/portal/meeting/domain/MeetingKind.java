package org.nstac.portal.meeting.domain;

/**
 * What a meeting is for. The kind decides who may read the minutes ({@link MinutesVisibility}) and whether attending
 * exposes a member to the public ({@link #isPublic()}).
 */
public enum MeetingKind {
    /** The whole council. */
    PLENARY,
    /** A few members working on one subject. */
    WORKING_GROUP,
    /** A consultation hearing with a ministry: the only kind whose minutes a ministry may read parts of. */
    HEARING,
    /** Training for members. */
    TRAINING,
    /** A public event or a conference: people outside the council are in the room. */
    PUBLIC_EVENT;

    /**
     * Whether attending means appearing in public, so that each attending member needs consent to appear in public
     * ({@link SafetyPlan#consentsNeeded(MeetingKind)}). Only public events and conferences are; a hearing has
     * officials in the room, but it is a working meeting, not an audience.
     */
    public boolean isPublic() {
        return this == PUBLIC_EVENT;
    }
}
