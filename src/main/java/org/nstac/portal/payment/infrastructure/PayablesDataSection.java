package org.nstac.portal.payment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.nstac.portal.platform.JsonRows;
import org.nstac.portal.shared.MemberDataSection;

/**
 * "Download my data": everything owed to the member (payables), every move of each (ledger entries: approved, paid,
 * rejected with the reason, reversed), and how they chose to be paid. Bank details stay in the vault.
 */
@ApplicationScoped
public class PayablesDataSection implements MemberDataSection {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public String name() {
        return "payables";
    }

    @Override
    public JsonValue sectionFor(String memberRef) {
        var payables = em.createNativeQuery("SELECT id, source, activity, task_kind, expense_kind, quantity,"
                + " work_date, period, amount, currency, description, funder, corrects_payable_id, created_at"
                + " FROM payable WHERE member_ref = ? ORDER BY id").setParameter(1, memberRef).getResultList();
        var entries = em.createNativeQuery("SELECT id, payable_id, state, amount, currency, booked_at, payment_date,"
                + " payment_method, bank_reference, reason FROM ledger_entry WHERE member_ref = ? ORDER BY id")
                .setParameter(1, memberRef).getResultList();
        var channels = em.createNativeQuery("SELECT channel, chosen_at FROM payment_channel WHERE member_ref = ?"
                + " ORDER BY id").setParameter(1, memberRef).getResultList();
        return Json.createObjectBuilder()
                .add("payables", JsonRows.of(payables, "id", "source", "activity", "taskKind", "expenseKind",
                        "quantity", "workDate", "period", "amount", "currency", "description", "funder",
                        "correctsPayableId", "createdAt"))
                .add("ledgerEntries", JsonRows.of(entries, "id", "payableId", "state", "amount", "currency",
                        "bookedAt", "paymentDate", "paymentMethod", "bankReference", "reason"))
                .add("paymentChannels", JsonRows.of(channels, "channel", "chosenAt"))
                .build();
    }
}
