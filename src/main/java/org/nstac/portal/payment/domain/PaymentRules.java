package org.nstac.portal.payment.domain;

import static org.nstac.portal.payment.domain.PaymentAction.BATCH;
import static org.nstac.portal.payment.domain.PaymentAction.CLAIM;
import static org.nstac.portal.payment.domain.PaymentAction.ENTER;
import static org.nstac.portal.payment.domain.PaymentAction.MANAGE_STIPENDS;
import static org.nstac.portal.payment.domain.PaymentAction.MOVE_MONEY;
import static org.nstac.portal.payment.domain.PaymentAction.READ_ALL;
import static org.nstac.portal.payment.domain.PaymentAction.READ_FUNDED_TOTALS;
import static org.nstac.portal.payment.domain.PaymentAction.READ_PAYABLE;
import static org.nstac.portal.payment.domain.PaymentAction.READ_STATEMENT;
import static org.nstac.portal.payment.domain.PaymentAction.READ_RATES;
import static org.nstac.portal.payment.domain.PaymentAction.READ_RECEIPT;
import static org.nstac.portal.payment.domain.PaymentAction.REPORT;
import static org.nstac.portal.payment.domain.PaymentAction.SET_RATES;
import static org.nstac.portal.payment.domain.PaymentRelation.ADMIN;
import static org.nstac.portal.payment.domain.PaymentRelation.CHAIR;
import static org.nstac.portal.payment.domain.PaymentRelation.FINANCE;
import static org.nstac.portal.payment.domain.PaymentRelation.MEMBER;
import static org.nstac.portal.payment.domain.PaymentRelation.MINISTRY;
import static org.nstac.portal.payment.domain.PaymentRelation.PARTNER;
import static org.nstac.portal.payment.domain.PaymentRelation.PAYEE;
import static org.nstac.portal.payment.domain.PaymentRelation.SECRETARIAT;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who may do what with payments. The payment policy, the pages and the API all ask here.
 *
 * <p>Why these grants:
 * <ul>
 *   <li>Finance moves money (approve, reject, pay, reverse), makes bank files and reads every report; the four-eyes
 *       rules (never one's own entry, never as the payee) are the ledger's, on top of this table.</li>
 *   <li>The secretariat enters work by hand, reads every payable to answer members' questions, and assigns
 *       stipends; it never moves money.</li>
 *   <li>Members read what they are owed and claim their own expenses and lost earnings; a payee reads their own
 *       payables and receipts, nobody else's.</li>
 *   <li>A ministry or partner official reads only totals of what their organisation funded, never a member's line.</li>
 *   <li>The rate card is public to everyone who works with the council; only finance and the administrator add
 *       rates.</li>
 * </ul>
 * Anything not granted here is refused as "not found".
 */
public final class PaymentRules {

    private static final Map<PaymentAction, Set<PaymentRelation>> GRANTS = new EnumMap<>(PaymentAction.class);

    static {
        grant(FINANCE, READ_ALL, ENTER, MOVE_MONEY, BATCH, REPORT, READ_FUNDED_TOTALS, READ_RATES, SET_RATES,
                READ_RECEIPT, MANAGE_STIPENDS);
        grant(SECRETARIAT, READ_ALL, ENTER, READ_RATES, MANAGE_STIPENDS);
        grant(ADMIN, READ_RATES, SET_RATES);
        grant(CHAIR, READ_RATES);
        grant(MEMBER, READ_STATEMENT, READ_RATES, CLAIM);
        grant(PAYEE, READ_PAYABLE, READ_RECEIPT);
        grant(MINISTRY, READ_FUNDED_TOTALS);
        grant(PARTNER, READ_FUNDED_TOTALS);
    }

    private PaymentRules() {
    }

    private static void grant(PaymentRelation relation, PaymentAction... actions) {
        for (PaymentAction action : actions) {
            GRANTS.computeIfAbsent(action, a -> EnumSet.noneOf(PaymentRelation.class)).add(relation);
        }
    }

    public static boolean allows(PaymentRelation relation, PaymentAction action) {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(action, "action");
        return GRANTS.getOrDefault(action, Set.of()).contains(relation);
    }

    public static boolean allowsAny(Collection<PaymentRelation> relations, PaymentAction action) {
        Objects.requireNonNull(relations, "relations");
        return relations.stream().anyMatch(relation -> allows(relation, action));
    }
}
