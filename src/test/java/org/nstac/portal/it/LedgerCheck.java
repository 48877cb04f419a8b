package org.nstac.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.nstac.portal.payment.domain.Currency;
import org.nstac.portal.payment.domain.Ledger;
import org.nstac.portal.payment.domain.Money;
import org.nstac.portal.payment.domain.PayableState;

/**
 * After every test of a class that moves money: the whole ledger, as stored, keeps its invariants (for every member
 * and period, accrued = approved + rejected + pending with nothing pending below zero, no more paid than approved,
 * and every reversal exactly negates one approval or payment). Reads the real database, not the application.
 */
public final class LedgerCheck implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        List<Ledger.Entry> entries = entries();
        assertEquals(List.of(), Ledger.check(entries), "the ledger adds up after " + context.getDisplayName()
                + " (" + entries.size() + " entries)");
    }

    /** Every ledger entry, in booking order. */
    public static List<Ledger.Entry> entries() throws Exception {
        List<Ledger.Entry> entries = new ArrayList<>();
        try (Connection db = Db.connect(); Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(
                "SELECT id, member_ref, period, amount, currency, state, reverses_entry_id FROM ledger_entry ORDER BY id")) {
            while (rows.next()) {
                Long reverses = rows.getObject(7) == null ? null : rows.getLong(7);
                entries.add(new Ledger.Entry(rows.getLong(1), rows.getString(2), rows.getDate(3).toLocalDate(),
                        new Money(new BigDecimal(rows.getString(4)), Currency.valueOf(rows.getString(5))),
                        PayableState.valueOf(rows.getString(6)), reverses));
            }
        }
        return entries;
    }
}
