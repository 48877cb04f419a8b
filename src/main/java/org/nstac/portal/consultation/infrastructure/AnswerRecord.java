package org.nstac.portal.consultation.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.nstac.portal.consultation.domain.Disposition;

/** The ministry's answer to one comment; answering again replaces it (the audit chain keeps each answer). */
@Entity
@Table(name = "comment_answer")
public class AnswerRecord {

    @Id
    @Column(name = "comment_id")
    private Long commentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Disposition disposition;

    private String reason;

    @Column(name = "changed_section_id")
    private Long changedSectionId;

    @Column(name = "answered_by", nullable = false)
    private String answeredBy;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected AnswerRecord() {
        // for JPA
    }

    public AnswerRecord(Long commentId) {
        this.commentId = commentId;
    }

    public void answer(Disposition disposition, String reason, Long changedSectionId, String by, Instant at) {
        this.disposition = disposition;
        this.reason = reason;
        this.changedSectionId = changedSectionId;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    /** Links this answer to the section of a later version it led to ("you said, we did"). */
    public void ledTo(Long sectionId) {
        this.changedSectionId = sectionId;
    }

    /** Whether the answer took the comment up, in full or in part: only such an answer can lead to a change. */
    public boolean tookItUp() {
        return disposition == Disposition.ACCEPTED || disposition == Disposition.PARTLY_ACCEPTED;
    }

    public Long getCommentId() {
        return commentId;
    }

    public Disposition getDisposition() {
        return disposition;
    }

    public String getReason() {
        return reason;
    }

    public Long getChangedSectionId() {
        return changedSectionId;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
