package org.nstac.portal.meeting.domain;

import java.util.List;
import java.util.Objects;

/**
 * The truth table of who reads which part of a meeting's minutes: the viewer's relation to the meeting, the kind of
 * meeting, and whether the part is marked for the ministry; then, on top, the minutes' state. The feature's policy
 * class, pages and API all ask here.
 *
 * <p>Why these grants:
 * <ul>
 *   <li>Minutes are the council's own record, written under pseudonyms: once published, the secretariat, the members
 *       who attended and every council member read all of them. They are never public.</li>
 *   <li>A ministry reads only what the council decided to share with it: the parts marked for the ministry
 *       ({@link MinutesPart#forMinistry()}), and only of a hearing held with that ministry. Another ministry reads
 *       nothing, and no ministry reads anything of a plenary, a working group, a training or a public event.</li>
 *   <li>Observers (NGOs, donors, unions) and the administrator never read minutes; the council's annual report is
 *       what observers read.</li>
 *   <li>Before publication fewer people read: a draft only the secretariat, shared minutes the secretariat and the
 *       attendees, who may propose corrections ({@link #mayProposeCorrections}).</li>
 * </ul>
 * Anything not granted here is refused.
 */
public final class MinutesVisibility {

    /** How the person asking stands to one particular meeting. */
    public enum Viewer {
        SECRETARIAT,
        /** A council member who attended the meeting (present or partly present). */
        ATTENDEE,
        /** Any other council member, the chair included. */
        COUNCIL_MEMBER,
        /** An official of the organisation a hearing was held with. */
        MEETING_MINISTRY,
        /** An official of any other organisation. */
        OTHER_MINISTRY,
        OBSERVER,
        ADMIN
    }

    private MinutesVisibility() {
    }

    /**
     * The table itself: whether a viewer may read a part of a meeting's published minutes.
     *
     * @param forMinistryPart whether the part is marked for the ministry
     */
    public static boolean mayReadPublished(Viewer viewer, MeetingKind kind, boolean forMinistryPart) {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(kind, "kind");
        return switch (viewer) {
            case SECRETARIAT, ATTENDEE, COUNCIL_MEMBER -> true;
            case MEETING_MINISTRY -> kind == MeetingKind.HEARING && forMinistryPart;
            case OTHER_MINISTRY, OBSERVER, ADMIN -> false;
        };
    }

    /** Whether a viewer may read a part of the minutes in their present state: the table, narrowed until published. */
    public static boolean mayRead(Viewer viewer, MeetingKind kind, boolean forMinistryPart, MinutesState state) {
        Objects.requireNonNull(state, "state");
        boolean readsInThisState = switch (state) {
            case DRAFT -> viewer == Viewer.SECRETARIAT;
            case SHARED -> viewer == Viewer.SECRETARIAT || viewer == Viewer.ATTENDEE;
            case PUBLISHED -> true;
        };
        return readsInThisState && mayReadPublished(viewer, kind, forMinistryPart);
    }

    /** The parts a viewer may read, in their order; empty when none, and a page then shows no minutes at all. */
    public static List<MinutesPart> readableParts(Viewer viewer, MeetingKind kind, MinutesState state,
            List<MinutesPart> parts) {
        Objects.requireNonNull(parts, "parts");
        return parts.stream().filter(part -> mayRead(viewer, kind, part.forMinistry(), state)).toList();
    }

    /**
     * Whether a viewer is one who may propose corrections at all: only attendees. The time window is {@link
     * MinutesState#acceptsCorrections}.
     */
    public static boolean mayProposeCorrections(Viewer viewer) {
        Objects.requireNonNull(viewer, "viewer");
        return viewer == Viewer.ATTENDEE;
    }
}
