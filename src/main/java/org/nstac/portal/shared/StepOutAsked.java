package org.nstac.portal.shared;

/**
 * A member pressed "I need to step out" during a meeting. Fired by the meeting feature in the transaction that records
 * it; the care feature turns it into an urgent support request that reaches the meeting's support person.
 */
public record StepOutAsked(long meetingId, String memberRef) {
}
