package org.nstac.portal.payment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who may do what with payments, written out in full: every action, every relation. A change to the rules must
 * change this table too, on purpose.
 */
class PaymentRulesTest {

    /** Columns: FINANCE, SECRETARIAT, ADMIN, CHAIR, MEMBER, PAYEE, MINISTRY, PARTNER; x = allowed. */
    private static final String TABLE = """
            READ_ALL            x  x  .  .  .  .  .  .
            READ_STATEMENT      .  .  .  .  x  .  .  .
            READ_PAYABLE        .  .  .  .  .  x  .  .
            ENTER               x  x  .  .  .  .  .  .
            MOVE_MONEY          x  .  .  .  .  .  .  .
            BATCH               x  .  .  .  .  .  .  .
            REPORT              x  .  .  .  .  .  .  .
            READ_FUNDED_TOTALS  x  .  .  .  .  .  x  x
            READ_RATES          x  x  x  x  x  .  .  .
            SET_RATES           x  .  x  .  .  .  .  .
            CLAIM               .  .  .  .  x  .  .  .
            READ_RECEIPT        x  .  .  .  .  x  .  .
            MANAGE_STIPENDS     x  x  .  .  .  .  .  .
            """;

    private static final List<PaymentRelation> COLUMNS = List.of(PaymentRelation.FINANCE,
            PaymentRelation.SECRETARIAT, PaymentRelation.ADMIN, PaymentRelation.CHAIR, PaymentRelation.MEMBER,
            PaymentRelation.PAYEE, PaymentRelation.MINISTRY, PaymentRelation.PARTNER);

    @Test
    void theTableIsTheRules() {
        Set<PaymentAction> seen = EnumSet.noneOf(PaymentAction.class);
        for (String line : TABLE.strip().split("\n")) {
            String[] cells = line.trim().split("\\s+");
            PaymentAction action = PaymentAction.valueOf(cells[0]);
            assertTrue(seen.add(action), "one line per action: " + action);
            for (int i = 0; i < COLUMNS.size(); i++) {
                assertEquals("x".equals(cells[i + 1]), PaymentRules.allows(COLUMNS.get(i), action),
                        action + " for " + COLUMNS.get(i));
            }
        }
        assertEquals(EnumSet.allOf(PaymentAction.class), seen, "every action is in the table");
        assertEquals(EnumSet.allOf(PaymentRelation.class), EnumSet.copyOf(COLUMNS), "every relation is a column");
    }

    @Test
    void nobodyWithoutARelationMayDoAnything() {
        for (PaymentAction action : PaymentAction.values()) {
            assertFalse(PaymentRules.allowsAny(Set.of(), action), action.name());
        }
    }

    @Test
    void aMemberReadsAPayableOnlyAsItsPayee() {
        assertFalse(PaymentRules.allowsAny(Set.of(PaymentRelation.MEMBER), PaymentAction.READ_PAYABLE));
        assertFalse(PaymentRules.allowsAny(Set.of(PaymentRelation.MEMBER), PaymentAction.READ_RECEIPT));
        assertTrue(PaymentRules.allowsAny(Set.of(PaymentRelation.MEMBER, PaymentRelation.PAYEE),
                PaymentAction.READ_RECEIPT));
    }
}
