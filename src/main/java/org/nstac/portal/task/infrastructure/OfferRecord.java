package org.nstac.portal.task.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

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
    private String memberRef;

    @Column(nullable = false)
    private String state;

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

    @Column(name = "review_state")
    private String reviewState;

    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Version
    private int version;

    protected OfferRecord() {
        // for JPA
    }

    public OfferRecord(Long taskId, String memberRef, String state, Instant offeredAt, String offeredBy,
            Instant expiresAt) {
        this.taskId = taskId;
        this.memberRef = memberRef;
        this.state = state;
        this.offeredAt = offeredAt;
        this.offeredBy = offeredBy;
        this.expiresAt = expiresAt;
    }

    public void respond(String next, Instant at) {
        this.state = next;
        this.respondedAt = at;
    }

    public void moveTo(String next) {
        this.state = next;
    }

    public void submit(Instant at) {
        this.submittedAt = at;
        this.reviewState = "IN_REVIEW";
    }

    public void review(String outcome, String comment, String by, Instant at) {
        this.reviewState = outcome;
        this.reviewComment = comment;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getTaskId() {
        return taskId;
    }

    public String getMemberRef() {
        return memberRef;
    }

    public String getState() {
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

    public String getReviewState() {
        return reviewState;
    }

    public String getReviewComment() {
        return reviewComment;
    }
}
