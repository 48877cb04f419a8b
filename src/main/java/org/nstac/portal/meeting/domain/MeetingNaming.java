package org.nstac.portal.meeting.domain;

/**
 * How members are named at a meeting: on badges, in the room, on the attendance list read out.
 *
 * <p>Why a pseudonym badge is the default: members are known in the council by their pseudonym, and a real name in a
 * room with officials or press can reach the people who exploited them. A first name is used only when the member
 * chooses it for themself; nobody else may choose it for them.
 */
public enum MeetingNaming {
    /** Each member wears a badge with their pseudonym; the default. */
    PSEUDONYM_BADGE,
    /** A member who wishes is called by a first name they choose; everyone else by their pseudonym. */
    FIRST_NAME_BY_CHOICE,
    /** No badges and no names at all. */
    NONE
}
