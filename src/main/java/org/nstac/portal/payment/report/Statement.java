package org.nstac.portal.payment.report;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.nstac.portal.payment.domain.Activity;

/**
 * What the council owes and paid one member over a span of days: every payable, and the totals a member checks
 * first (overall, per month, per activity).
 *
 * <p>Why the member appears only by pseudonym: a statement is downloaded, printed and sometimes shown to someone
 * helping the member; it must not carry a real name. The caller has already decided that the reader may see this
 * member's payments.
 *
 * @param pseudonym the member's pseudonym
 * @param from      the first day the statement covers
 * @param to        the last day the statement covers, not before {@code from}
 * @param lines     the payables; kept in the order of their work date, then id, whatever order they come in
 */
public record Statement(String pseudonym, LocalDate from, LocalDate to, List<StatementLine> lines) {

    private static final Comparator<StatementLine> READING_ORDER =
            Comparator.comparing(StatementLine::workDate).thenComparingLong(StatementLine::payableId);

    /**
     * @throws NullPointerException     for a missing value or line
     * @throws IllegalArgumentException for a blank pseudonym or a span that ends before it starts
     */
    public Statement {
        Objects.requireNonNull(pseudonym, "pseudonym");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (pseudonym.isBlank()) {
            throw new IllegalArgumentException("A statement names its member by pseudonym");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A statement cannot end before it starts");
        }
        lines = Objects.requireNonNull(lines, "lines").stream()
                .map(line -> Objects.requireNonNull(line, "line"))
                .sorted(READING_ORDER)
                .toList();
    }

    /** The totals of all lines, one per currency present, dinars first. */
    public List<Totals> overall() {
        return Totals.of(lines);
    }

    /** The totals of each month with lines, earliest first. */
    public SortedMap<LocalDate, List<Totals>> byPeriod() {
        SortedMap<LocalDate, List<Totals>> totals = Groups.totals(lines, StatementLine::period, TreeMap::new);
        return Collections.unmodifiableSortedMap(totals);
    }

    /** The totals of each activity with lines, in the order of {@link Activity}. */
    public Map<Activity, List<Totals>> byActivity() {
        return Collections.unmodifiableMap(
                Groups.totals(lines, StatementLine::activity, () -> new EnumMap<>(Activity.class)));
    }

    /** Whether any line is late, so the statement explains what late means. */
    public boolean anyLate() {
        return lines.stream().anyMatch(StatementLine::late);
    }
}
