package org.nstac.portal.payment.infrastructure;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.payment.domain.Rate;

/**
 * One stored line of the rate card; inserted once, never changed (the database refuses it). Its two amounts are
 * {@link org.nstac.portal.payment.domain.Money} in one currency (a {@link Rate} refuses two).
 */
@Entity
@Table(name = "rate")
public class RateRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String activity;

    @Column(name = "task_kind", nullable = false, updatable = false)
    private String taskKind;

    /** What the member is paid, in the card line's one currency. */
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "member_amount", nullable = false, updatable = false))
    private StoredMoney memberAmount;

    /**
     * What an outside expert is paid for the same work, in the same currency: the line's one {@code currency} column
     * is written through {@link #memberAmount} and only read here.
     */
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "expert_reference", nullable = false,
            updatable = false))
    @AttributeOverride(name = "currency", column = @Column(name = "currency", nullable = false, insertable = false,
            updatable = false))
    private StoredMoney expertReference;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected RateRecord() {
        // for JPA
    }

    public RateRecord(Rate rate, String createdBy, Instant createdAt) {
        this.activity = rate.activity().name();
        this.taskKind = rate.taskKind() == null ? "" : rate.taskKind();
        this.memberAmount = new StoredMoney(rate.memberAmount());
        this.expertReference = new StoredMoney(rate.expertReference());
        this.validFrom = rate.validFrom();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The domain rate this row holds. */
    public Rate toRate() {
        return new Rate(Activity.valueOf(activity), taskKind.isEmpty() ? null : taskKind, memberAmount.toMoney(),
                expertReference.toMoney(), validFrom);
    }

    public Long getId() {
        return id;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
