package org.nstac.portal.payment.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.nstac.portal.payment.domain.PayableState;
import org.nstac.portal.payment.infrastructure.LedgerEntryRecord;
import org.nstac.portal.payment.infrastructure.PayableRecord;
import org.nstac.portal.platform.Dates;

/**
 * A payable with its entries, and what they add up to: where it stands, when it was approved and paid, why it was
 * rejected or reversed, and whether it is late.
 *
 * @param payable the payable
 * @param entries its ledger entries, in booking order
 * @param late    approved, unpaid, and approved longer ago than the portal allows
 */
public record PayableView(PayableRecord payable, List<LedgerEntryRecord> entries, boolean late) {

    /** Where the payable stands: reversed once any entry was reversed, otherwise the state of its latest entry. */
    public static PayableState stateOf(List<LedgerEntryRecord> entries) {
        PayableState state = PayableState.ACCRUED;
        for (LedgerEntryRecord e : entries) {
            if (e.getState() == PayableState.REVERSED) {
                return PayableState.REVERSED;
            }
            state = e.getState();
        }
        return state;
    }

    /** The same view with its lateness worked out by the ledger's rule. */
    PayableView withLate(PayableQueries queries) {
        PayableView plain = new PayableView(payable, entries, false);
        return new PayableView(payable, entries, queries.isLate(plain));
    }

    public PayableState state() {
        return stateOf(entries);
    }

    /** The standing entry of a state (not reversed), if any. */
    public Optional<LedgerEntryRecord> entry(PayableState state) {
        return entries.stream().filter(e -> e.getState() == state).reduce((a, b) -> b);
    }

    public Optional<Instant> approvedAt() {
        return entry(PayableState.APPROVED).map(LedgerEntryRecord::getBookedAt);
    }

    public LocalDate approvedOn() {
        return approvedAt().map(i -> i.atZone(Dates.COUNCIL_ZONE).toLocalDate()).orElse(null);
    }

    /** The payment entry, while the payable is paid (a reversed payment no longer counts). */
    public Optional<LedgerEntryRecord> payment() {
        return state() == PayableState.PAID ? entry(PayableState.PAID) : Optional.empty();
    }

    /** The reason given for a rejection or a reversal, if any. */
    public String reason() {
        return entries.stream().filter(e -> e.getReason() != null).map(LedgerEntryRecord::getReason)
                .reduce((a, b) -> b).orElse(null);
    }
}
