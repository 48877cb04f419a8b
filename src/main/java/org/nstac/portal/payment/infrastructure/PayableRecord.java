package org.nstac.portal.payment.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.payment.domain.Funder;
import org.nstac.portal.payment.domain.Money;
import org.nstac.portal.shared.MemberRef;
import org.nstac.portal.shared.MemberRefConverter;

/**
 * What is owed to a member for one piece of work, meeting or expense: inserted once and never changed (every column
 * is insert-only here, and a database trigger refuses UPDATE and DELETE). Where it stands is in its ledger entries.
 */
@Entity
@Table(name = "payable")
public class PayableRecord {

    /** Where a payable came from. */
    public enum Source {
        TASK, ATTENDANCE, EXPENSE, MANUAL, CORRECTION, CONSULTATION, STIPEND, LEARNING
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_ref", nullable = false, updatable = false)
    @Convert(converter = MemberRefConverter.class)
    private MemberRef memberRef;

    @Column(nullable = false, updatable = false)
    private String source;

    @Column(name = "source_key", nullable = false, updatable = false)
    private String sourceKey;

    @Column(nullable = false, updatable = false)
    private String activity;

    @Column(name = "task_kind", updatable = false)
    private String taskKind;

    @Column(name = "expense_kind", updatable = false)
    private String expenseKind;

    @Column(updatable = false)
    private BigDecimal quantity;

    @Column(name = "rate_id", updatable = false)
    private Long rateId;

    @Column(name = "work_date", nullable = false, updatable = false)
    private LocalDate workDate;

    @Column(nullable = false, updatable = false)
    private LocalDate period;

    @Embedded
    private StoredMoney money;

    @Column(updatable = false)
    private String description;

    @Column(nullable = false, updatable = false)
    private String funder = Funder.Kind.COUNCIL_BUDGET.name();

    @Column(name = "funder_code", updatable = false)
    private String funderCode;

    @Column(name = "corrects_payable_id", updatable = false)
    private Long correctsPayableId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PayableRecord() {
        // for JPA
    }

    @SuppressWarnings("java:S107") // one row, written once: every column is given here
    public PayableRecord(String memberRef, Source source, String sourceKey, Activity activity, String taskKind,
            String expenseKind, BigDecimal quantity, Long rateId, LocalDate workDate, Money amount,
            String description, Long correctsPayableId, String createdBy, Instant createdAt) {
        this.memberRef = new MemberRef(memberRef);
        this.source = source.name();
        this.sourceKey = sourceKey;
        this.activity = activity.name();
        this.taskKind = taskKind;
        this.expenseKind = expenseKind;
        this.quantity = quantity;
        this.rateId = rateId;
        this.workDate = workDate;
        this.period = workDate.withDayOfMonth(1);
        this.money = new StoredMoney(amount);
        this.description = description;
        this.correctsPayableId = correctsPayableId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getMemberRef() {
        return memberRef.value();
    }

    /** Who pays for it; set before the payable is booked (the council's budget unless set). */
    public PayableRecord fundedBy(Funder by) {
        this.funder = by.kind().name();
        this.funderCode = by.code();
        return this;
    }

    public Funder getFunder() {
        return new Funder(Funder.Kind.valueOf(funder), funderCode);
    }

    public Source getSource() {
        return Source.valueOf(source);
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public Activity getActivity() {
        return Activity.valueOf(activity);
    }

    public String getTaskKind() {
        return taskKind;
    }

    public String getExpenseKind() {
        return expenseKind;
    }

    /** The quantity with two decimals, or more where a share of a month needs them (0.5667 of a stipend's month). */
    public BigDecimal getQuantity() {
        if (quantity == null) {
            return null;
        }
        BigDecimal plain = quantity.stripTrailingZeros();
        return plain.setScale(Math.max(2, plain.scale()));
    }

    public Long getRateId() {
        return rateId;
    }

    public LocalDate getWorkDate() {
        return workDate;
    }

    public LocalDate getPeriod() {
        return period;
    }

    public Money getMoney() {
        return money.toMoney();
    }

    public String getDescription() {
        return description;
    }

    public Long getCorrectsPayableId() {
        return correctsPayableId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
