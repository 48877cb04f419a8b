package org.nstac.portal.task.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Accepted task work as an amount owed to the member: one per offer (a unique key, so two reviewers accepting at the
 * same moment create one). Hours beyond the estimate are paid and flagged, never cut.
 */
@Entity
@Table(name = "task_payable")
public class TaskPayableRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "offer_id", nullable = false, updatable = false)
    private Long offerId;

    @Column(name = "member_ref", nullable = false, updatable = false)
    private String memberRef;

    @Column(nullable = false, updatable = false)
    private BigDecimal hours;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "over_estimate", nullable = false, updatable = false)
    private boolean overEstimate;

    @Column(name = "extra_hours", nullable = false, updatable = false)
    private BigDecimal extraHours;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected TaskPayableRecord() {
        // for JPA
    }

    public TaskPayableRecord(Long offerId, String memberRef, BigDecimal hours, BigDecimal amount, String currency,
            boolean overEstimate, BigDecimal extraHours, String createdBy, Instant createdAt) {
        this.offerId = offerId;
        this.memberRef = memberRef;
        this.hours = hours;
        this.amount = amount;
        this.currency = currency;
        this.overEstimate = overEstimate;
        this.extraHours = extraHours;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getOfferId() {
        return offerId;
    }

    public String getMemberRef() {
        return memberRef;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public boolean isOverEstimate() {
        return overEstimate;
    }

    public BigDecimal getExtraHours() {
        return extraHours;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
