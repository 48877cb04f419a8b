package org.nstac.portal.payment.report;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.payment.domain.Money;
import org.nstac.portal.payment.domain.PayableState;

/**
 * The council's payments over a span of months, for finance officers and the annual report: how much was accrued,
 * and where it stands, overall, per month, per activity and per member.
 *
 * <p>Why per member by pseudonym: finance officers check that no member is left waiting while others are paid, and
 * the report is shared with the council, so it names members only as they appear in the portal.
 *
 * @param from the first day the report covers
 * @param to   the last day the report covers, not before {@code from}
 * @param rows one row per payable, in any order
 */
public record PaymentTotalsReport(LocalDate from, LocalDate to, List<Row> rows) {

    private static final Locale SERBIAN_LATIN = Locale.forLanguageTag("sr-Latn");

    /**
     * One payable, in the state it is in now.
     *
     * <p>{@code late} is optional: the five-value constructor counts the payable as not late, for a caller that does
     * not track payment deadlines; the late column then shows 0.
     *
     * @param period          the month the payable belongs to, as its first day
     * @param activity        what it pays for
     * @param memberPseudonym the member's pseudonym
     * @param amount          the amount
     * @param state           the state it is in now
     * @param late            whether it is approved and not paid in the time the council promised
     * @param funder          who pays for it, as a report names it ({@code COUNCIL_BUDGET}, {@code MINISTRY justice})
     */
    public record Row(LocalDate period, Activity activity, String memberPseudonym, Money amount, PayableState state,
            boolean late, String funder) implements Countable {

        /**
         * @throws NullPointerException     for a missing value
         * @throws IllegalArgumentException for a period that is not the first day of a month
         */
        public Row {
            Periods.requireMonth(period);
            Objects.requireNonNull(activity, "activity");
            Objects.requireNonNull(memberPseudonym, "memberPseudonym");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(state, "state");
            funder = funder == null ? "COUNCIL_BUDGET" : funder;
        }

        /** A row for a payable the council's budget pays. */
        public Row(LocalDate period, Activity activity, String memberPseudonym, Money amount, PayableState state,
                boolean late) {
            this(period, activity, memberPseudonym, amount, state, late, null);
        }

        /** A row for a payable not counted as late. */
        public Row(LocalDate period, Activity activity, String memberPseudonym, Money amount, PayableState state) {
            this(period, activity, memberPseudonym, amount, state, false, null);
        }
    }

    /**
     * @throws NullPointerException     for a missing value or row
     * @throws IllegalArgumentException for a span that ends before it starts
     */
    public PaymentTotalsReport {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A report cannot end before it starts");
        }
        rows = Objects.requireNonNull(rows, "rows").stream()
                .map(row -> Objects.requireNonNull(row, "row"))
                .toList();
    }

    /** The totals of all rows, one per currency present, dinars first. */
    public List<Totals> overall() {
        return Totals.of(rows);
    }

    /** The totals of each month with payables, earliest first. */
    public SortedMap<LocalDate, List<Totals>> byPeriod() {
        SortedMap<LocalDate, List<Totals>> totals = Groups.totals(rows, Row::period, TreeMap::new);
        return Collections.unmodifiableSortedMap(totals);
    }

    /** The totals of each activity with payables, in the order of {@link Activity}. */
    public Map<Activity, List<Totals>> byActivity() {
        return Collections.unmodifiableMap(Groups.totals(rows, Row::activity, () -> new EnumMap<>(Activity.class)));
    }

    /** The totals of each funder, the council's budget first, then the others by name. */
    public SortedMap<String, List<Totals>> byFunder() {
        Comparator<String> order = Comparator.<String, Boolean>comparing(f -> !"COUNCIL_BUDGET".equals(f))
                .thenComparing(Comparator.naturalOrder());
        return Collections.unmodifiableSortedMap(Groups.totals(rows, Row::funder, () -> new TreeMap<>(order)));
    }

    /**
     * The totals of each member with payables, in alphabetical order of pseudonym. The alphabet is the Serbian Latin
     * one (C, Č, Ć, D, Dž, Đ, E), the council's own, whatever the reader's language, so the same report lists members
     * in the same order for everyone; pseudonyms the alphabet holds equal (differing only in case) stay apart.
     */
    public SortedMap<String, List<Totals>> byMember() {
        Collator alphabet = Collator.getInstance(SERBIAN_LATIN);
        Comparator<String> order = Comparator.<String, String>comparing(name -> name, alphabet)
                .thenComparing(Comparator.naturalOrder());
        SortedMap<String, List<Totals>> totals = Groups.totals(rows, Row::memberPseudonym, () -> new TreeMap<>(order));
        return Collections.unmodifiableSortedMap(totals);
    }
}
