package org.nstac.portal.task.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One member on the secretariat's ranked list of whom to offer a task, with the reason for the place in words the
 * member would recognise.
 *
 * <p>Why this order: members complained that the same few were always chosen and others forgotten, and that work
 * went unpaid. So the list puts first whoever was offered fewest tasks in the window, then whoever earned least in
 * it, then whoever has waited longest since their last offer (never offered comes first), and finally the member
 * reference, so the same records always give the same list. The secretariat may still choose someone further down;
 * the list and its reasons make that choice visible.
 *
 * <p>Why declines are not counted: a member may say no to any task without explanation and without penalty. The
 * record counts offers <em>received</em>, not accepted, and earnings; a decline adds an offer like an acceptance
 * does and earns nothing, so declining never moves a member down the list. {@link RecentRecord} has no field for
 * declines, on purpose.
 *
 * <p>Only eligible members are ranked: {@link #forTask} filters with {@link Eligibility} before ranking, so nobody
 * paused, without consent or avoiding the task's topic ever appears on the list.
 *
 * @param position   1 for the first suggestion
 * @param memberRef  the member's reference
 * @param reasonKey  {@value #REASON}: offers and earnings in the window
 * @param reasonArgs the offers received (an {@code Integer}), the earnings (a {@code BigDecimal} with two decimals)
 *                   and the window in months (an {@code Integer}), all numbers
 */
public record Suggestion(int position, String memberRef, String reasonKey, List<Object> reasonArgs) {

    public static final String REASON = "task.suggestion.reason";

    /** Long enough to even out a season of events, short enough that last year's share does not rule this year. */
    public static final int DEFAULT_WINDOW_MONTHS = 6;

    public Suggestion {
        if (position < 1) {
            throw new IllegalArgumentException("Positions start at 1");
        }
        Objects.requireNonNull(memberRef, "memberRef");
        Objects.requireNonNull(reasonKey, "reasonKey");
        reasonArgs = List.copyOf(reasonArgs);
    }

    /** The arguments as an array, the shape {@link java.text.MessageFormat} takes. */
    public Object[] reasonArgsArray() {
        return reasonArgs.toArray();
    }

    /**
     * What the fairness order reads about one member: how many tasks they were offered and what they earned in the
     * window, and when they were last offered one. Deliberately nothing about how they answered.
     *
     * @param memberRef      the member's reference
     * @param offersReceived offers made to the member in the window, whatever the answer
     * @param earnings       paid for the member's accepted work in the window, in the task's currency; not negative
     * @param lastOffered    the day of the member's last offer ever, also before the window (so that among members
     *                       with no offers in the window, the one waiting longest comes first); {@code null} for a
     *                       member never offered a task
     */
    public record RecentRecord(String memberRef, int offersReceived, BigDecimal earnings, LocalDate lastOffered) {

        /** @throws IllegalArgumentException for a record that cannot be true (the caller's error, not a rule) */
        public RecentRecord {
            if (memberRef == null || memberRef.isBlank()) {
                throw new IllegalArgumentException("A record needs a member reference");
            }
            if (offersReceived < 0) {
                throw new IllegalArgumentException("Offers cannot be negative");
            }
            Objects.requireNonNull(earnings, "earnings");
            if (earnings.signum() < 0) {
                throw new IllegalArgumentException("Earnings cannot be negative");
            }
            if (offersReceived > 0 && lastOffered == null) {
                throw new IllegalArgumentException("A member offered tasks has a last offer");
            }
            earnings = earnings.setScale(2, RoundingMode.HALF_UP);
        }

        /** A member with no offers and no earnings, never offered a task. */
        public static RecentRecord none(String memberRef) {
            return new RecentRecord(memberRef, 0, BigDecimal.ZERO, null);
        }
    }

    /** Fewest offers, then least earned, then longest waiting (never offered first), then the reference. */
    static final Comparator<RecentRecord> FAIRNESS = Comparator
            .comparingInt(RecentRecord::offersReceived)
            .thenComparing(RecentRecord::earnings)
            .thenComparing(RecentRecord::lastOffered, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(RecentRecord::memberRef);

    /** The first day of the window ending today, for the query that counts offers and earnings. */
    public static LocalDate windowStart(LocalDate today, int windowMonths) {
        Objects.requireNonNull(today, "today");
        requireWindow(windowMonths);
        return today.minusMonths(windowMonths);
    }

    /**
     * Ranks the records of members already known to be eligible.
     *
     * @param eligible     one record per eligible member
     * @param windowMonths the window the records were counted in, for the reason
     * @throws IllegalArgumentException when a member appears twice or the window is not positive
     */
    public static List<Suggestion> rank(Collection<RecentRecord> eligible, int windowMonths) {
        Objects.requireNonNull(eligible, "eligible");
        requireWindow(windowMonths);
        List<RecentRecord> ordered = new ArrayList<>(byMember(eligible).values());
        ordered.sort(FAIRNESS);
        List<Suggestion> suggestions = new ArrayList<>(ordered.size());
        for (RecentRecord record : ordered) {
            suggestions.add(new Suggestion(suggestions.size() + 1, record.memberRef(), REASON,
                    List.of(record.offersReceived(), record.earnings(), windowMonths)));
        }
        return List.copyOf(suggestions);
    }

    /** As {@link #rank(Collection, int)} over the {@value #DEFAULT_WINDOW_MONTHS}-month window. */
    public static List<Suggestion> rank(Collection<RecentRecord> eligible) {
        return rank(eligible, DEFAULT_WINDOW_MONTHS);
    }

    /**
     * The ranked list for a task: only candidates {@link Eligibility} allows, each with their record (a candidate
     * without one counts as never offered). Records of members who are not candidates are ignored.
     *
     * @throws IllegalArgumentException when a record appears twice for one member or the window is not positive
     */
    public static List<Suggestion> forTask(TaskTerms task, Collection<Candidate> candidates,
            Collection<RecentRecord> records, int windowMonths) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(candidates, "candidates");
        Map<String, RecentRecord> byMember = byMember(records);
        List<RecentRecord> eligible = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (Eligibility.isEligible(task, candidate)) {
                eligible.add(byMember.getOrDefault(candidate.memberRef(), RecentRecord.none(candidate.memberRef())));
            }
        }
        return rank(eligible, windowMonths);
    }

    private static Map<String, RecentRecord> byMember(Collection<RecentRecord> records) {
        Objects.requireNonNull(records, "records");
        Map<String, RecentRecord> byMember = new HashMap<>();
        for (RecentRecord record : records) {
            if (byMember.put(record.memberRef(), record) != null) {
                throw new IllegalArgumentException("One record per member");
            }
        }
        return byMember;
    }

    private static void requireWindow(int windowMonths) {
        if (windowMonths < 1) {
            throw new IllegalArgumentException("The window is at least one month");
        }
    }
}
