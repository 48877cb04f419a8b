package org.nstac.portal.payment.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The invariants of the payments ledger, checked over its entries without touching them.
 *
 * <p>Why a check and not only careful code: finance officers must be able to trust the ledger, and trust comes from
 * figures that add up whenever anyone looks, not from the hope that every service wrote them right. The ledger is
 * append-only: each move of a payable ({@link PayableState}) books an entry in the state it moved into, and a mistake
 * is undone by a {@code REVERSED} entry that exactly negates the entry it undoes, never by editing. So, for each
 * member and period:
 * <ul>
 * <li>accrued = approved + rejected + pending, where pending (accrued and not yet decided) cannot be below zero:
 *     no more is decided than was accrued;</li>
 * <li>no more is paid than was approved;</li>
 * <li>one currency only, since nothing converts one into the other;</li>
 * <li>every entry other than a reversal is more than zero, so that a sign can never hide a correction;</li>
 * <li>a reversal names an approval or a payment (the only entries {@link PayableState} lets be reversed) of the
 *     same member, period and currency, negates its amount exactly, and is the only reversal of that entry. An
 *     exact reversal counts against the figure of the entry it reverses; a broken one is reported and left out of
 *     the sums.</li>
 * </ul>
 */
public final class Ledger {

    private Ledger() {
    }

    /**
     * One booking.
     *
     * @param id              the entry's id, unique in the ledger
     * @param memberRef       the member's pseudonymous reference, never a name
     * @param period          the period the amount belongs to (the first day of a month)
     * @param amount          the amount; negative only in a reversal
     * @param state           the state the payable moved into with this entry
     * @param reversesEntryId for a {@code REVERSED} entry, the id of the entry it undoes; otherwise {@code null}
     */
    public record Entry(long id, String memberRef, LocalDate period, Money amount, PayableState state,
            Long reversesEntryId) {

        public Entry {
            Objects.requireNonNull(memberRef, "memberRef");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(state, "state");
        }
    }

    /** Which invariant is broken. */
    public enum Problem {
        /** More was approved and rejected than accrued: pending would be below zero. */
        DECIDED_MORE_THAN_ACCRUED,
        /** More was paid than approved. */
        PAID_MORE_THAN_APPROVED,
        /** A member's entries for one period are in more than one currency. */
        MIXED_CURRENCIES,
        /** An entry other than a reversal is zero or negative. */
        NOT_POSITIVE,
        /**
         * A reversal without an entry to reverse, of an entry that does not exist or is not an approval or
         * payment, for another member, period or currency, or for any amount other than the exact negation; or an
         * entry that names an entry to reverse without being a reversal.
         */
        REVERSAL_NOT_EXACT,
        /** An entry is reversed more than once. */
        REVERSED_TWICE
    }

    /**
     * A broken invariant.
     *
     * @param problem   which invariant
     * @param memberRef the member whose entries break it
     * @param period    the period
     * @param entryId   the entry at fault, or {@code null} when the sums of the member and period are
     */
    public record Violation(Problem problem, String memberRef, LocalDate period, Long entryId) {

        public Violation {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(memberRef, "memberRef");
            Objects.requireNonNull(period, "period");
        }
    }

    private record Key(String memberRef, LocalDate period) {
    }

    /**
     * The broken invariants, entry by entry and then member and period by member and period, in the entries' order;
     * empty for a ledger that adds up.
     *
     * @throws IllegalArgumentException when two entries share an id, which no stored ledger can hold
     */
    public static List<Violation> check(List<Entry> entries) {
        Map<Long, Entry> byId = new HashMap<>();
        for (Entry entry : entries) {
            if (byId.put(entry.id(), entry) != null) {
                throw new IllegalArgumentException("Entry ids are unique");
            }
        }
        List<Violation> violations = new ArrayList<>();
        Set<Long> reversed = new HashSet<>();
        Map<Key, List<Entry>> counted = new LinkedHashMap<>();
        Map<Key, Set<Currency>> currencies = new LinkedHashMap<>();
        for (Entry entry : entries) {
            Key key = new Key(entry.memberRef(), entry.period());
            currencies.computeIfAbsent(key, k -> new HashSet<>()).add(entry.amount().currency());
            List<Entry> group = counted.computeIfAbsent(key, k -> new ArrayList<>());
            if (entry.state() != PayableState.REVERSED) {
                if (entry.reversesEntryId() != null) {
                    violations.add(violation(Problem.REVERSAL_NOT_EXACT, entry));
                } else if (entry.amount().isNegative() || entry.amount().isZero()) {
                    violations.add(violation(Problem.NOT_POSITIVE, entry));
                } else {
                    group.add(entry);
                }
                continue;
            }
            Entry target = entry.reversesEntryId() == null ? null : byId.get(entry.reversesEntryId());
            if (!exactlyReverses(entry, target)) {
                violations.add(violation(Problem.REVERSAL_NOT_EXACT, entry));
            } else if (!reversed.add(target.id())) {
                violations.add(violation(Problem.REVERSED_TWICE, entry));
            } else {
                group.add(entry);
            }
        }
        for (Map.Entry<Key, List<Entry>> group : counted.entrySet()) {
            Key key = group.getKey();
            if (currencies.get(key).size() > 1) {
                violations.add(new Violation(Problem.MIXED_CURRENCIES, key.memberRef(), key.period(), null));
                continue;
            }
            Map<PayableState, Money> sums = sums(group.getValue(), byId, currencies.get(key).iterator().next());
            Money decided = sums.get(PayableState.APPROVED).plus(sums.get(PayableState.REJECTED));
            Money pending = sums.get(PayableState.ACCRUED).minus(decided);
            if (pending.isNegative()) {
                violations.add(new Violation(Problem.DECIDED_MORE_THAN_ACCRUED, key.memberRef(), key.period(), null));
            }
            if (sums.get(PayableState.PAID).compareTo(sums.get(PayableState.APPROVED)) > 0) {
                violations.add(new Violation(Problem.PAID_MORE_THAN_APPROVED, key.memberRef(), key.period(), null));
            }
        }
        return List.copyOf(violations);
    }

    private static boolean exactlyReverses(Entry reversal, Entry target) {
        return target != null
                && target.state().canMoveTo(PayableState.REVERSED)
                && target.memberRef().equals(reversal.memberRef())
                && target.period().equals(reversal.period())
                && target.amount().negate().equals(reversal.amount());
    }

    /** Each figure of one member and period, an exact reversal counted against the figure of what it reverses. */
    private static Map<PayableState, Money> sums(List<Entry> group, Map<Long, Entry> byId, Currency currency) {
        Map<PayableState, Money> sums = new EnumMap<>(PayableState.class);
        for (PayableState state : PayableState.values()) {
            sums.put(state, Money.zero(currency));
        }
        for (Entry entry : group) {
            PayableState figure = entry.state() == PayableState.REVERSED
                    ? byId.get(entry.reversesEntryId()).state()
                    : entry.state();
            sums.merge(figure, entry.amount(), Money::plus);
        }
        return sums;
    }

    private static Violation violation(Problem problem, Entry entry) {
        return new Violation(problem, entry.memberRef(), entry.period(), entry.id());
    }
}
