package org.nstac.portal.payment.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.payment.domain.Currency;
import org.nstac.portal.payment.domain.Money;
import org.nstac.portal.payment.domain.Rate;

/** One stored line of the rate card; inserted once, never changed (the database refuses it). */
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

    @Column(name = "member_amount", nullable = false, updatable = false)
    private BigDecimal memberAmount;

    @Column(name = "expert_reference", nullable = false, updatable = false)
    private BigDecimal expertReference;

    @Column(nullable = false, updatable = false)
    private String currency;

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
        this.memberAmount = rate.memberAmount().amount();
        this.expertReference = rate.expertReference().amount();
        this.currency = rate.memberAmount().currency().name();
        this.validFrom = rate.validFrom();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The domain rate this row holds. */
    public Rate toRate() {
        Currency c = Currency.valueOf(currency);
        return new Rate(Activity.valueOf(activity), taskKind.isEmpty() ? null : taskKind, new Money(memberAmount, c),
                new Money(expertReference, c), validFrom);
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
