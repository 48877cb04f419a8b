package org.nstac.portal.consultation.report;

import org.nstac.portal.consultation.domain.Disposition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The figures of a consultation report: how much the council said where, and how the ministry answered.
 *
 * <p>Shares are of all comments, not of the answered ones, so an unfinished answer round cannot look like a
 * ministry that accepts everything: the unanswered share is shown beside the dispositions, and together they make
 * 100 (give or take rounding). Percentages and days carry one decimal, rounded half up; rounding happens once, at
 * the end.
 *
 * @param commentCount         how many comments there are
 * @param commentsOnWholeDraft how many comments are on the draft as a whole
 * @param commentsPerSection   comments per section number, ascending; sections without comments are absent
 * @param dispositionShares    per disposition, its percentage of all comments (every disposition present; 0.0 when
 *                             there are no comments)
 * @param unansweredCount      how many comments await an answer
 * @param unansweredShare      their percentage of all comments
 * @param medianDaysToAnswer   the median time from comment to answer in days; {@code null} when nothing has been
 *                             answered. With an even number of answers it is the mean of the two middle ones.
 */
public record ReportStatistics(int commentCount, int commentsOnWholeDraft,
        SortedMap<Integer, Integer> commentsPerSection, Map<Disposition, BigDecimal> dispositionShares,
        int unansweredCount, BigDecimal unansweredShare, BigDecimal medianDaysToAnswer) {

    private static final int SCALE = 1;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MILLIS_PER_DAY = BigDecimal.valueOf(Duration.ofDays(1).toMillis());

    public ReportStatistics {
        commentsPerSection = Collections.unmodifiableSortedMap(new TreeMap<>(commentsPerSection));
        dispositionShares = Collections.unmodifiableMap(new EnumMap<>(dispositionShares));
    }

    /** Computes the figures from the comments. */
    public static ReportStatistics of(List<ReportComment> comments) {
        int total = comments.size();
        int onWholeDraft = 0;
        SortedMap<Integer, Integer> perSection = new TreeMap<>();
        Map<Disposition, Integer> perDisposition = new EnumMap<>(Disposition.class);
        for (ReportComment comment : comments) {
            if (comment.isOnWholeDraft()) {
                onWholeDraft++;
            } else {
                perSection.merge(comment.sectionNumber(), 1, Integer::sum);
            }
            if (comment.isAnswered()) {
                perDisposition.merge(comment.disposition(), 1, Integer::sum);
            }
        }
        Map<Disposition, BigDecimal> shares = new EnumMap<>(Disposition.class);
        int answered = 0;
        for (Disposition disposition : Disposition.values()) {
            int count = perDisposition.getOrDefault(disposition, 0);
            answered += count;
            shares.put(disposition, percent(count, total));
        }
        int unanswered = total - answered;
        return new ReportStatistics(total, onWholeDraft, perSection, shares, unanswered, percent(unanswered, total),
                medianDays(comments));
    }

    private static BigDecimal percent(int count, int total) {
        if (total == 0) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        return BigDecimal.valueOf(count).multiply(HUNDRED).divide(BigDecimal.valueOf(total), SCALE,
                RoundingMode.HALF_UP);
    }

    private static BigDecimal medianDays(List<ReportComment> comments) {
        List<Long> millis = comments.stream()
                .flatMap(comment -> comment.timeToAnswer().stream())
                .map(Duration::toMillis)
                .sorted()
                .toList();
        if (millis.isEmpty()) {
            return null;
        }
        int middle = millis.size() / 2;
        BigDecimal median = millis.size() % 2 == 1
                ? BigDecimal.valueOf(millis.get(middle))
                : BigDecimal.valueOf(millis.get(middle - 1)).add(BigDecimal.valueOf(millis.get(middle)))
                        .divide(BigDecimal.TWO);
        return median.divide(MILLIS_PER_DAY, SCALE, RoundingMode.HALF_UP);
    }
}
