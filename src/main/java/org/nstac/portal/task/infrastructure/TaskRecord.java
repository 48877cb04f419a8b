package org.nstac.portal.task.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.nstac.portal.payment.domain.Currency;
import org.nstac.portal.payment.domain.Money;
import org.nstac.portal.task.domain.PayBasis;
import org.nstac.portal.task.domain.TaskState;

/** A paid task as stored: what is expected, how it is paid, what it needs, and where it stands. */
@Entity
@Table(name = "task")
public class TaskRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String outcome;

    @Column(nullable = false)
    private String kind;

    @Column(name = "consultation_id")
    private Long consultationId;

    @Column(name = "estimated_hours", nullable = false)
    private BigDecimal estimatedHours;

    @Enumerated(EnumType.STRING)
    @Column(name = "pay_basis", nullable = false)
    private PayBasis payBasis;

    /** An amount per unit agreed above the rate card, in {@link #currency}; null: the card's rate of the work day. */
    @Column
    private BigDecimal rate;

    @Column(name = "rate_reason")
    private String rateReason;

    /** The currency the task pays in: the card's for its work when it was written. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Currency currency;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "roles_needed", nullable = false)
    private String rolesNeeded = "";

    @Column(nullable = false)
    private String topics = "";

    @Column(name = "public_facing", nullable = false)
    private boolean publicFacing;

    @Column(name = "media_present", nullable = false)
    private boolean mediaPresent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskState state;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Version
    private int version;

    protected TaskRecord() {
        // for JPA
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    public TaskRecord(String title, String outcome, String kind, Long consultationId, BigDecimal estimatedHours,
            PayBasis payBasis, Money agreedRate, String rateReason, Currency currency, LocalDate deadline,
            Collection<String> rolesNeeded, Collection<String> topics, boolean publicFacing, boolean mediaPresent,
            TaskState state, String createdBy, Instant createdAt) {
        this.title = title;
        this.outcome = outcome;
        this.kind = kind;
        this.consultationId = consultationId;
        this.estimatedHours = estimatedHours;
        this.payBasis = payBasis;
        if (agreedRate != null && agreedRate.currency() != currency) {
            throw new IllegalArgumentException("A task's agreed rate is in the task's currency");
        }
        this.rate = agreedRate == null ? null : agreedRate.amount();
        this.rateReason = rateReason;
        this.currency = currency;
        this.deadline = deadline;
        this.rolesNeeded = String.join(",", rolesNeeded);
        this.topics = String.join(",", topics);
        this.publicFacing = publicFacing;
        this.mediaPresent = mediaPresent;
        this.state = state;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void moveTo(TaskState next) {
        this.state = next;
    }

    public void cancel(Instant at) {
        this.state = TaskState.CANCELLED;
        this.cancelledAt = at;
    }

    private static List<String> split(String list) {
        return list == null || list.isEmpty() ? List.of() : Arrays.asList(list.split(","));
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getKind() {
        return kind;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public BigDecimal getEstimatedHours() {
        return estimatedHours;
    }

    public PayBasis getPayBasis() {
        return payBasis;
    }

    /** The amount per unit agreed above the card, or null for the card's rate of the work day. */
    public Money getAgreedRate() {
        return rate == null ? null : new Money(rate, currency);
    }

    public String getRateReason() {
        return rateReason;
    }

    public Currency getCurrency() {
        return currency;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public List<String> getRolesNeeded() {
        return split(rolesNeeded);
    }

    public List<String> getTopics() {
        return split(topics);
    }

    public boolean isPublicFacing() {
        return publicFacing;
    }

    public boolean isMediaPresent() {
        return mediaPresent;
    }

    public TaskState getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
