package org.nstac.portal.meeting.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Which of a member's accepted meetings overlap a new one.
 *
 * <p>Why a warning and not a refusal: the secretariat may know something the calendar does not (a member who joins
 * one meeting for an hour and then the other), and the member decides what to attend. But a member invited to two
 * things at once, and left to find out on the day, is the kind of neglect members described; so the secretariat
 * sees the clash when inviting ({@value #WARNING}), and the member sees it on the invitation.
 */
public final class Overlap {

    /** Shown next to the member's pseudonym, with the number of clashing meetings as argument. */
    public static final String WARNING = "meeting.overlap.warning";

    private Overlap() {
    }

    /**
     * A meeting a member has accepted.
     *
     * @param meetingId the meeting
     * @param times     when it is
     */
    public record Scheduled(long meetingId, MeetingTimes times) {

        public Scheduled {
            Objects.requireNonNull(times, "times");
        }
    }

    /**
     * The accepted meetings that overlap {@code times} ({@link MeetingTimes#overlaps}), earliest first; the meeting
     * itself ({@code meetingId}) never counts, so a meeting moved to a new time does not clash with its old one.
     */
    public static List<Scheduled> clashes(long meetingId, MeetingTimes times, Collection<Scheduled> accepted) {
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(accepted, "accepted");
        return accepted.stream()
                .filter(s -> s.meetingId() != meetingId)
                .filter(s -> s.times().overlaps(times))
                .sorted(Comparator.comparing((Scheduled s) -> s.times().start()).thenComparing(Scheduled::meetingId))
                .toList();
    }

    /** Whether any accepted meeting overlaps {@code times}. */
    public static boolean overlapsAny(long meetingId, MeetingTimes times, Collection<Scheduled> accepted) {
        return !clashes(meetingId, times, accepted).isEmpty();
    }
}
