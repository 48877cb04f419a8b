package org.nstac.portal.payment.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.nstac.portal.payment.application.PayableView;
import org.nstac.portal.payment.application.Payables;
import org.nstac.portal.payment.infrastructure.LedgerEntryRecord;
import org.nstac.portal.payment.infrastructure.PayableRecord;
import org.nstac.portal.platform.Messages;

/**
 * A payable as the API shows it. Amounts are strings with exactly the currency's decimals ({@code "1500.00"}), so that
 * no client reads them as floating point.
 */
public record PayableJson(long id, String memberRef, String source, String activity, String taskKind,
        String expenseKind, String quantity, LocalDate workDate, String period, String amount, String currency,
        String description, String state, boolean late, LocalDate approvedOn, LocalDate paidOn, String paymentMethod,
        String bankReference, String reason, Long correctsPayableId, String createdBy, Instant createdAt,
        String funder, String funderCode) {

    static PayableJson of(PayableView v, Messages messages, Locale locale) {
        PayableRecord p = v.payable();
        LedgerEntryRecord payment = v.payment().orElse(null);
        return new PayableJson(p.getId(), p.getMemberRef(), p.getSource().name(), p.getActivity().name(),
                p.getTaskKind(), p.getExpenseKind(), p.getQuantity() == null ? null : p.getQuantity().toPlainString(),
                p.getWorkDate(), p.getPeriod().toString().substring(0, 7), p.getMoney().amount().toPlainString(),
                p.getMoney().currency().name(), p.getDescription(), v.state().name(), v.late(), v.approvedOn(),
                payment == null ? null : payment.getPaymentDate(), payment == null ? null : payment.getPaymentMethod(),
                payment == null ? null : payment.getBankReference(), reasonText(v.reason(), messages, locale),
                p.getCorrectsPayableId(), p.getCreatedBy(), p.getCreatedAt(), p.getFunder().kind().name(),
                p.getFunder().code());
    }

    /** A reason the portal wrote as a message key, in the reader's language; a person's reason as written. */
    static String reasonText(String reason, Messages messages, Locale locale) {
        if (reason != null && reason.startsWith(Payables.KEY_PREFIX)) {
            return messages.get(locale, reason.substring(Payables.KEY_PREFIX.length()));
        }
        return reason;
    }
}
