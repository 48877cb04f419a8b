package org.nstac.portal.payment.web;

import org.nstac.portal.shared.NotFound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.nstac.portal.platform.LanguageBean;
import org.nstac.portal.payment.application.ExpenseClaims;
import org.nstac.portal.payment.application.PayableView;
import org.nstac.portal.payment.application.PayableDecisions;
import org.nstac.portal.payment.application.PayableQueries;
import org.nstac.portal.payment.application.PaymentBatches;
import org.nstac.portal.payment.domain.PayableState;
import org.nstac.portal.payment.infrastructure.ReceiptRecord;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.shared.DomainRuleViolation;
import org.omnifaces.util.Faces;

/**
 * Finance's ledger page: payables by state with late ones flagged, and the moves on the one chosen (approve, reject
 * with a reason, record a payment, reverse). Each form carries its own idempotency key, renewed after it succeeds, so
 * a double click or a second tab books one entry.
 */
@Named
@ViewScoped
public class FinancePayables implements Serializable {

    @jakarta.inject.Inject
    org.nstac.portal.shared.CouncilClock clock;

    @Inject
    org.nstac.portal.payment.application.PaymentPolicy policy;

    @jakarta.annotation.PostConstruct
    void startFromToday() {
        policy.require(org.nstac.portal.payment.domain.PaymentAction.MOVE_MONEY);
        paymentDate = clock.today();
    }

    private static final long serialVersionUID = 1L;

    @Inject
    PayableQueries queries;

    @Inject
    PayableDecisions decisions;

    @Inject
    ExpenseClaims claims;

    @Inject
    PaymentBatches batches;

    @Inject
    org.nstac.portal.security.StepUp stepUp;

    private String batchReason;

    @Inject
    CurrentUser user;

    @Inject
    FacesMessages messages;

    @Inject
    LanguageBean language;

    private String state = "";
    private Long selected;
    private String reason;
    private LocalDate paymentDate;
    private String method = "BANK_TRANSFER";
    private String reference;
    private String replacement;
    private String key = UUID.randomUUID().toString();
    private String batchKey = UUID.randomUUID().toString();
    private transient List<PayableView> rows;
    private String page;
    private transient org.nstac.portal.platform.Paged<PayableView> paged;
    private transient Map<String, String> people;
    private transient java.util.Set<Long> receipts;
    private transient Long lateCount;

    /** The page of payables the address asks for ({@code ?state=ACCRUED&page=2}), newest first, twenty to a page. */
    public org.nstac.portal.platform.Paged<PayableView> getPaged() {
        if (paged == null) {
            paged = org.nstac.portal.platform.Paged.of(getRows(), page);
        }
        return paged;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public List<PayableView> getRows() {
        if (rows == null) {
            PayableState filter = state == null || state.isBlank() ? null : PayableState.valueOf(state);
            rows = queries.list(null, filter, null, null);
            people = queries.namesByRef(rows.stream().map(v -> v.payable().getMemberRef())
                    .collect(Collectors.toSet()), language.getLocale());
            receipts = claims.withReceipts(rows.stream().map(v -> v.payable().getId()).toList());
            lateCount = filter == null ? rows.stream().filter(PayableView::late).count()
                    : queries.list(null, PayableState.APPROVED, null, null).stream().filter(PayableView::late).count();
        }
        return rows;
    }

    public String pseudonymOf(String memberRef) {
        getRows();
        return people.getOrDefault(memberRef, memberRef);
    }

    /** Approved payables unpaid for longer than the portal allows, across all states shown or not. */
    public long getLateCount() {
        getRows();
        return lateCount;
    }

    public boolean hasReceipt(long payableId) {
        getRows();
        return receipts.contains(payableId);
    }

    public void filter() {
        confirming = null;
        rows = null;
        paged = null;
        page = null;
        selected = null;
    }

    /** The consequential action waiting for its confirmation step ("reverse", "export"), if any. */
    private String confirming;

    /** Shows the confirmation step of {@code action}; nothing changes until it is confirmed. */
    public void ask(String action) {
        confirming = action;
    }

    public boolean isConfirming(String action) {
        return action.equals(confirming);
    }

    /** "No, go back": the confirmation step closes and nothing changed. */
    public void keep() {
        confirming = null;
    }

    public void choose(long id) {
        confirming = null;
        selected = id;
        reason = null;
        reference = null;
        replacement = null;
        key = UUID.randomUUID().toString();
    }

    public PayableView getChosen() {
        return selected == null ? null : queries.find(selected);
    }

    public void approve() {
        act(() -> decisions.approve(selected, user.getName(), key), "payment.approved.done");
    }

    public void reject() {
        act(() -> decisions.reject(selected, reason, user.getName(), key), "payment.rejected.done");
    }

    public void pay() {
        act(() -> decisions.pay(selected, paymentDate, method, reference, user.getName(), key), "payment.paid.done");
    }

    public void reverse() {
        act(() -> decisions.reverse(selected, reason, replacement, user.getName(), key), "payment.reversed.done");
    }

    private void act(Runnable command, String done) {
        confirming = null;
        try {
            command.run();
            messages.info(done);
            key = UUID.randomUUID().toString();
            rows = null;
            paged = null;
            selected = null;
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    /**
     * Makes the bank file of every approved payable not yet in a batch and streams it (its one download). Needs the
     * reason typed on the page and a recent step-up.
     */
    public void exportBatch() {
        confirming = null;
        try {
            List<PaymentBatches.Line> lines = batches.createAndDownload(user.getName(), batchKey, batchReason,
                    user.getSecondFactorAt().orElse(null));
            batchKey = UUID.randomUUID().toString();
            Downloads.send("payment-batch.csv", out -> {
                var w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                PaymentBatches.write(lines, w);
                w.flush();
            });
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        } catch (org.nstac.portal.security.StepUp.Required stale) {
            messages.error("security.stepUp.required");
        }
    }

    /** Whether the finance officer gave their password and code recently enough to make a bank file now. */
    public boolean isStepUpFresh() {
        return stepUp.isRecent(user.getSecondFactorAt().orElse(null));
    }

    public String getBatchReason() {
        return batchReason;
    }

    public void setBatchReason(String batchReason) {
        this.batchReason = batchReason;
    }

    public void receipt(long payableId) {
        ReceiptRecord r = claims.receiptOf(payableId).orElseThrow(NotFound::new);
        Faces.sendFile(claims.read(r), "receipt-" + payableId + "." + r.getStoredName()
                .substring(r.getStoredName().lastIndexOf('.') + 1), false);
    }

    public List<String> getStates() {
        return java.util.Arrays.stream(PayableState.values()).map(Enum::name).toList();
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public Long getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getPaymentDate() {
        return paymentDate;
    }

    public void setPaymentDate(LocalDate paymentDate) {
        this.paymentDate = paymentDate;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }
}
