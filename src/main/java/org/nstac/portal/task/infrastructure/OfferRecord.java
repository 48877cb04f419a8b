package org.nstac.portal.task.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import org.nstac.portal.shared.MemberRef;
import org.nstac.portal.task.domain.OfferState;
import org.nstac.portal.task.domain.ReviewState;
import org.nstac.portal.task.domain.TaskPay;
import org.nstac.portal.shared.MemberRefConverter;

/** A task offered to one member, their answer, their submission and the review of their work. */
@Entity
@Table(name = "task_offer")
public class OfferRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false, updatable = false)
    private Long taskId;

    @Column(name = "member_ref", nullable = false, updatable = false)
    @Convert(converter = MemberRefConverter.class)
    private MemberRef memberRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OfferState state;

    @Column(name = "offered_at", nullable = false, updatable = false)
    private Instant offeredAt;

    @Column(name = "offered_by", nullable = false, updatable = false)
    private String offeredBy;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "hand_in_note", length = 1000)
    private String handInNote;

    @Column(name = "hand_in_link", length = 500)
    private String handInLink;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_state")
    private ReviewState reviewState;

    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    /** The hours accepted when the work was accepted (the estimate when none were logged). */
    @Column(name = "hours_accepted")
    private BigDecimal hoursAccepted;

    @Column(name = "over_estimate", nullable = false)
    private boolean overEstimate;

    @Column(name = "extra_hours", nullable = false)
    private BigDecimal extraHours = BigDecimal.ZERO;

    @Version
    private int version;

    protected OfferRecord() {
        // for JPA
    }

    public OfferRecord(Long taskId, String memberRef, OfferState state, Instant offeredAt, String offeredBy,
            Instant expiresAt) {
        this.taskId = taskId;
        this.memberRef = new MemberRef(memberRef);
        this.state = state;
        this.offeredAt = offeredAt;
        this.offeredBy = offeredBy;
        this.expiresAt = expiresAt;
    }

    public void respond(OfferState next, Instant at) {
        this.state = next;
        this.respondedAt = at;
    }

    public void moveTo(OfferState next) {
        this.state = next;
    }

    /** Hands the work in for review, with the member's note and link for the reviewer (each may be null). */
    public void submit(Instant at, String note, String link) {
        this.submittedAt = at;
        this.handInNote = note;
        this.handInLink = link;
        this.reviewState = ReviewState.IN_REVIEW;
    }

    public String getHandInNote() {
        return handInNote;
    }

    public String getHandInLink() {
        return handInLink;
    }

    public void review(ReviewState outcome, String comment, String by, Instant at) {
        this.reviewState = outcome;
        this.reviewComment = comment;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    /** Keeps what the accepted work came to: the hours, and the hours beyond the estimate. */
    public void paidFor(BigDecimal hours, TaskPay pay) {
        this.hoursAccepted = hours;
        this.overEstimate = pay.overEstimate();
        this.extraHours = pay.extraHours();
    }

    public Long getId() {
        return id;
    }

    public Long getTaskId() {
        return taskId;
    }

    public String getMemberRef() {
        return memberRef.value();
    }

    public OfferState getState() {
        return state;
    }

    public Instant getOfferedAt() {
        return offeredAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public ReviewState getReviewState() {
        return reviewState;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public BigDecimal getHoursAccepted() {
        return hoursAccepted;
    }

    public boolean isOverEstimate() {
        return overEstimate;
    }

    public BigDecimal getExtraHours() {
        return extraHours;
    }
}
