package org.nstac.portal.payment.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.nstac.portal.payment.domain.Ledger;
import org.nstac.portal.payment.domain.Money;
import org.nstac.portal.payment.domain.PayableState;
import org.nstac.portal.shared.MemberRef;
import org.nstac.portal.shared.MemberRefConverter;

/**
 * One booking: a payable moved into {@link #getState()}. Inserted once, never changed or deleted (insert-only
 * columns here, triggers in the database); a mistake is undone by a {@code REVERSED} entry that negates it.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntryRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "payable_id", nullable = false, updatable = false)
    private Long payableId;

    @Column(name = "member_ref", nullable = false, updatable = false)
    @Convert(converter = MemberRefConverter.class)
    private MemberRef memberRef;

    @Column(nullable = false, updatable = false)
    private LocalDate period;

    @Column(nullable = false, updatable = false)
    private String state;

    @Embedded
    private StoredMoney money;

    @Column(name = "reverses_entry_id", updatable = false)
    private Long reversesEntryId;

    @Column(name = "booked_by", nullable = false, updatable = false)
    private String bookedBy;

    @Column(name = "booked_at", nullable = false, updatable = false)
    private Instant bookedAt;

    @Column(name = "payment_date", updatable = false)
    private LocalDate paymentDate;

    @Column(name = "payment_method", updatable = false)
    private String paymentMethod;

    @Column(name = "bank_reference", updatable = false)
    private String bankReference;

    @Column(updatable = false)
    private String reason;

    @Column(name = "idempotency_key", updatable = false)
    private String idempotencyKey;

    protected LedgerEntryRecord() {
        // for JPA
    }

    public LedgerEntryRecord(PayableRecord payable, PayableState state, Money amount, Long reversesEntryId,
            String bookedBy, Instant bookedAt, String idempotencyKey) {
        this.payableId = payable.getId();
        this.memberRef = new MemberRef(payable.getMemberRef());
        this.period = payable.getPeriod();
        this.state = state.name();
        this.money = new StoredMoney(amount);
        this.reversesEntryId = reversesEntryId;
        this.bookedBy = bookedBy;
        this.bookedAt = bookedAt;
        this.idempotencyKey = idempotencyKey;
    }

    /** Adds what a payment entry records; only before the entry is persisted. */
    public LedgerEntryRecord withPayment(LocalDate date, String method, String reference) {
        this.paymentDate = date;
        this.paymentMethod = method;
        this.bankReference = reference;
        return this;
    }

    /** Adds the reason of a rejection or reversal; only before the entry is persisted. */
    public LedgerEntryRecord withReason(String why) {
        this.reason = why;
        return this;
    }

    /** The entry as the ledger check reads it. */
    public Ledger.Entry toEntry() {
        return new Ledger.Entry(id, memberRef.value(), period, getMoney(), getState(), reversesEntryId);
    }

    public Long getId() {
        return id;
    }

    public Long getPayableId() {
        return payableId;
    }

    public String getMemberRef() {
        return memberRef.value();
    }

    public LocalDate getPeriod() {
        return period;
    }

    public PayableState getState() {
        return PayableState.valueOf(state);
    }

    public Money getMoney() {
        return money.toMoney();
    }

    public Long getReversesEntryId() {
        return reversesEntryId;
    }

    public String getBookedBy() {
        return bookedBy;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }

    public LocalDate getPaymentDate() {
        return paymentDate;
    }

    public String getPaymentMethod() {
        return paymentMethod;
    }

    public String getBankReference() {
        return bankReference;
    }

    public String getReason() {
        return reason;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }
}
