package org.nstac.portal.consultation.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.nstac.portal.consultation.domain.Disposition;

/** The council's joint position on a consultation: drafted by the chair, submitted once, answered by the ministry. */
@Entity
@Table(name = "council_position")
public class PositionRecord {

    @Id
    @Column(name = "consultation_id")
    private Long consultationId;

    @Column(nullable = false)
    private String body;

    @Column(name = "drafted_by", nullable = false)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    private Disposition disposition;

    private String reason;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private int version;

    protected PositionRecord() {
        // for JPA
    }

    public PositionRecord(Long consultationId) {
        this.consultationId = consultationId;
    }

    public void draft(String text, String by, Instant at) {
        this.body = text;
        this.draftedBy = by;
        this.draftedAt = at;
    }

    public void submit(Instant at) {
        this.submittedAt = at;
    }

    public void answer(Disposition disposition, String reason, String by, Instant at) {
        this.disposition = disposition;
        this.reason = reason;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public String getBody() {
        return body;
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public Disposition getDisposition() {
        return disposition;
    }

    public String getReason() {
        return reason;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
