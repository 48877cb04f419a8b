package org.nstac.portal.payment.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.payment.domain.Money;

/**
 * Members' rates next to what an expert is paid for the same work, so anyone can check the council's rule that a
 * member is never paid less.
 *
 * <p>Why a report of its own: members' lived expertise used to be paid as volunteering while professionals in the
 * same room were paid as experts. The rate card refuses a rate below the reference, but trust comes from seeing the
 * figures side by side, with the difference and the member's rate as a share of the reference.
 *
 * @param rows the rates; kept in the order of {@link Activity}, then task kind (the general rate first), then the
 *             day they start
 */
public record ParityReport(List<Row> rows) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final Comparator<Row> READING_ORDER = Comparator.comparing(Row::activity)
            .thenComparing(Row::taskKind, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Row::validFrom);

    /**
     * One rate.
     *
     * @param activity        what is paid for
     * @param taskKind        for task hours, the task kind's name ({@code TaskKind}), or {@code null} for the rate of
     *                        every kind without its own; {@code null} for other activities
     * @param validFrom       the first day the rate applies
     * @param memberAmount    what a member is paid
     * @param expertReference what an expert is paid for the same work, in the same currency
     */
    public record Row(Activity activity, String taskKind, LocalDate validFrom, Money memberAmount,
            Money expertReference) {

        /**
         * @throws NullPointerException     for a missing value other than the task kind
         * @throws IllegalArgumentException for amounts in two currencies
         */
        public Row {
            Objects.requireNonNull(activity, "activity");
            Objects.requireNonNull(validFrom, "validFrom");
            Objects.requireNonNull(memberAmount, "memberAmount");
            Objects.requireNonNull(expertReference, "expertReference");
            if (memberAmount.currency() != expertReference.currency()) {
                throw new IllegalArgumentException("A rate and its reference are in the same currency");
            }
        }

        /** How much more a member is paid than an expert; negative if less, which the rate card should not allow. */
        public Money difference() {
            return memberAmount.minus(expertReference);
        }

        /**
         * The member's rate as a percentage of the expert reference, with one decimal, half up ({@code 3000} against
         * {@code 2500} is {@code 120.0}); empty when the reference is 0, since there is nothing to compare with.
         */
        public Optional<BigDecimal> percentOfReference() {
            if (expertReference.isZero()) {
                return Optional.empty();
            }
            return Optional.of(memberAmount.amount().multiply(HUNDRED)
                    .divide(expertReference.amount(), 1, RoundingMode.HALF_UP));
        }
    }

    /** @throws NullPointerException for a missing row */
    public ParityReport {
        rows = Objects.requireNonNull(rows, "rows").stream()
                .map(row -> Objects.requireNonNull(row, "row"))
                .sorted(READING_ORDER)
                .toList();
    }
}
