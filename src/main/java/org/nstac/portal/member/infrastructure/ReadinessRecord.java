package org.nstac.portal.member.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.nstac.portal.member.domain.ReadinessAssessment;
import org.nstac.portal.member.domain.ReadinessReview;
import org.nstac.portal.shared.MemberRef;
import org.nstac.portal.shared.MemberRefConverter;

/** A later readiness assessment of a member, as stored (append only: a new one settles the one before). */
@Entity
@Table(name = "readiness_assessment")
public class ReadinessRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_ref", nullable = false, updatable = false)
    @Convert(converter = MemberRefConverter.class)
    private MemberRef memberRef;

    @Column(name = "assessed_on", nullable = false, updatable = false)
    private LocalDate assessedOn;

    @Column(nullable = false, updatable = false)
    private String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReadinessAssessment.Outcome outcome;

    @Column(name = "reassess_on", updatable = false)
    private LocalDate reassessOn;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ReadinessRecord() {
    }

    public ReadinessRecord(String memberRef, ReadinessReview review, String recordedBy, Instant recordedAt) {
        this.memberRef = new MemberRef(Objects.requireNonNull(memberRef, "memberRef"));
        this.assessedOn = review.assessment().date();
        this.organisation = review.assessment().organisation();
        this.outcome = review.assessment().outcome();
        this.reassessOn = review.reassessOn();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public String getMemberRef() {
        return memberRef.value();
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public String getOrganisation() {
        return organisation;
    }

    public ReadinessAssessment.Outcome getOutcome() {
        return outcome;
    }

    public LocalDate getReassessOn() {
        return reassessOn;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
