package org.nstac.portal.meeting.domain;

import static org.nstac.portal.meeting.domain.MeetingAction.ANSWER;
import static org.nstac.portal.meeting.domain.MeetingAction.CANCEL;
import static org.nstac.portal.meeting.domain.MeetingAction.CHANGE;
import static org.nstac.portal.meeting.domain.MeetingAction.INVITE;
import static org.nstac.portal.meeting.domain.MeetingAction.KEEP_MINUTES;
import static org.nstac.portal.meeting.domain.MeetingAction.LIST_OWN;
import static org.nstac.portal.meeting.domain.MeetingAction.PLAN;
import static org.nstac.portal.meeting.domain.MeetingAction.PROPOSE_CORRECTION;
import static org.nstac.portal.meeting.domain.MeetingAction.READ_MINUTES;
import static org.nstac.portal.meeting.domain.MeetingAction.RECORD_ATTENDANCE;
import static org.nstac.portal.meeting.domain.MeetingAction.SEE_ALL;
import static org.nstac.portal.meeting.domain.MeetingAction.SET_SAFETY_PLAN;
import static org.nstac.portal.meeting.domain.MeetingAction.STEP_OUT;
import static org.nstac.portal.meeting.domain.MeetingAction.VIEW;
import static org.nstac.portal.meeting.domain.MeetingRelation.ACCEPTED_MEMBER;
import static org.nstac.portal.meeting.domain.MeetingRelation.ATTENDEE;
import static org.nstac.portal.meeting.domain.MeetingRelation.INVITED_MEMBER;
import static org.nstac.portal.meeting.domain.MeetingRelation.MEMBER;
import static org.nstac.portal.meeting.domain.MeetingRelation.MINISTRY;
import static org.nstac.portal.meeting.domain.MeetingRelation.SECRETARIAT;
import static org.nstac.portal.meeting.domain.MeetingState.PLANNED;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.NotFound;

/**
 * Who may do what with the council's meetings, and in which state of the meeting. The feature's policy, its pages and
 * its API all ask here, so a button a page hides is also refused by the API.
 *
 * <p>Why these grants:
 * <ul>
 *   <li>The secretariat runs meetings: it plans them, sets the safety plan, invites, moves or calls them off, records
 *       attendance and keeps the minutes, and sees every meeting in full. Nobody else sees who else was invited, what
 *       they asked for, or who stepped out.</li>
 *   <li>A member sees only the meetings they were invited to, whatever their answer (a declined or called-off
 *       meeting stays in their list), and answers only their own invitation, with no reason asked.</li>
 *   <li>"I need to step out" is for a member with a seat (who accepted); proposing a correction to the minutes is for
 *       those who were there. The time window is {@link MinutesState}'s rule.</li>
 *   <li>Minutes are read by the secretariat, by council members and by ministry officials; which parts each reads,
 *       and from which state of the minutes on, is {@link MinutesVisibility}'s rule (a ministry reads only the parts
 *       of its own hearing marked for it). Observers and the administrator never read minutes.</li>
 *   <li>Once a meeting is called off, nothing more is planned, changed, invited, answered, recorded or stepped out of
 *       in it: those grants hold in {@code PLANNED} only, and the refusal says the meeting was cancelled. It is still
 *       seen, and its minutes kept and read.</li>
 * </ul>
 * Anything not granted here is refused as "not found": a meeting a person has no part in is not there for them.
 */
public final class MeetingRules {

    private static final Set<MeetingState> ANY_STATE = EnumSet.allOf(MeetingState.class);
    private static final Set<MeetingState> PLANNED_ONLY = EnumSet.of(PLANNED);

    private static final Map<MeetingAction, Map<MeetingState, Set<MeetingRelation>>> GRANTS =
            new EnumMap<>(MeetingAction.class);

    static {
        grant(ANY_STATE, SECRETARIAT, PLAN, SEE_ALL, VIEW, KEEP_MINUTES, READ_MINUTES);
        grant(PLANNED_ONLY, SECRETARIAT, CHANGE, CANCEL, SET_SAFETY_PLAN, INVITE, RECORD_ATTENDANCE);
        grant(ANY_STATE, MEMBER, LIST_OWN, READ_MINUTES);
        grant(ANY_STATE, MINISTRY, READ_MINUTES);
        grant(ANY_STATE, INVITED_MEMBER, VIEW);
        grant(PLANNED_ONLY, INVITED_MEMBER, ANSWER);
        grant(PLANNED_ONLY, ACCEPTED_MEMBER, STEP_OUT);
        grant(ANY_STATE, ATTENDEE, PROPOSE_CORRECTION);
    }

    private MeetingRules() {
    }

    private static void grant(Set<MeetingState> states, MeetingRelation relation, MeetingAction... actions) {
        for (MeetingAction action : actions) {
            if (!action.onOneMeeting() && (relation.toOneMeeting() || !states.equals(ANY_STATE))) {
                throw new IllegalStateException(action + " is on no particular meeting");
            }
            Map<MeetingState, Set<MeetingRelation>> byState = GRANTS.computeIfAbsent(action,
                    a -> new EnumMap<>(MeetingState.class));
            for (MeetingState state : states) {
                byState.computeIfAbsent(state, s -> EnumSet.noneOf(MeetingRelation.class)).add(relation);
            }
        }
    }

    /** Whether someone in this relation to a meeting in this state may do this to it. */
    public static boolean allows(MeetingRelation relation, MeetingAction action, MeetingState state) {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(state, "state");
        return GRANTS.getOrDefault(action, Map.of()).getOrDefault(state, Set.of()).contains(relation);
    }

    /**
     * Whether someone in this relation may do an action that is on no particular meeting (planning one, the lists).
     *
     * @throws IllegalArgumentException for an action on one meeting, which needs its state
     */
    public static boolean allows(MeetingRelation relation, MeetingAction action) {
        Objects.requireNonNull(action, "action");
        if (action.onOneMeeting()) {
            throw new IllegalArgumentException(action + " is on one meeting: say which state it is in");
        }
        return allows(relation, action, PLANNED);
    }

    /** Whether any of a person's relations to a meeting in this state allows this. */
    public static boolean allowsAny(Collection<MeetingRelation> relations, MeetingAction action, MeetingState state) {
        Objects.requireNonNull(relations, "relations");
        return relations.stream().anyMatch(relation -> allows(relation, action, state));
    }

    /** Whether any of a person's relations allows an action on no particular meeting. */
    public static boolean allowsAny(Collection<MeetingRelation> relations, MeetingAction action) {
        Objects.requireNonNull(relations, "relations");
        return relations.stream().anyMatch(relation -> allows(relation, action));
    }

    /**
     * Refuses what the table does not allow on a meeting in this state.
     *
     * @throws DomainRuleViolation {@value MeetingState#CANCELLED_KEY} when the person could do it to a planned meeting
     *                             but this one was called off (a message they can act on: the meeting is not going
     *                             to happen)
     * @throws NotFound            for anything else not allowed: the meeting is not there for them
     */
    public static void require(Collection<MeetingRelation> relations, MeetingAction action, MeetingState state) {
        if (allowsAny(relations, action, state)) {
            return;
        }
        if (state != PLANNED && allowsAny(relations, action, PLANNED)) {
            throw new DomainRuleViolation(MeetingState.CANCELLED_KEY);
        }
        throw new NotFound();
    }

    /** As {@link #require(Collection, MeetingAction, MeetingState)}, for an action on no particular meeting. */
    public static void require(Collection<MeetingRelation> relations, MeetingAction action) {
        if (!allowsAny(relations, action)) {
            throw new NotFound();
        }
    }

    /**
     * How a person reads a meeting's minutes ({@link MinutesVisibility}): the secretariat first, then as a member (an
     * attendee, or any other council member), then as a ministry official (of the meeting's own ministry or another).
     *
     * @param ministryOfTheMeeting whether the person is an official of the organisation the meeting was held with
     */
    public static MinutesVisibility.Viewer minutesViewer(Collection<MeetingRelation> relations,
            boolean ministryOfTheMeeting) {
        Objects.requireNonNull(relations, "relations");
        if (relations.contains(SECRETARIAT)) {
            return MinutesVisibility.Viewer.SECRETARIAT;
        }
        if (relations.contains(MEMBER)) {
            return relations.contains(ATTENDEE) ? MinutesVisibility.Viewer.ATTENDEE
                    : MinutesVisibility.Viewer.COUNCIL_MEMBER;
        }
        if (relations.contains(MINISTRY)) {
            return ministryOfTheMeeting ? MinutesVisibility.Viewer.MEETING_MINISTRY
                    : MinutesVisibility.Viewer.OTHER_MINISTRY;
        }
        return MinutesVisibility.Viewer.OBSERVER;
    }
}
