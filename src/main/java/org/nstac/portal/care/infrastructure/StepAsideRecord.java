package org.nstac.portal.care.infrastructure;

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
import java.util.Objects;
import org.nstac.portal.care.domain.Interest;
import org.nstac.portal.care.domain.InterestRelation;
import org.nstac.portal.shared.MemberRef;
import org.nstac.portal.shared.MemberRefConverter;

/** A member stepped aside from a consultation for an interest, kept as the interest was declared at that moment. */
@Entity
@Table(name = "interest_step_aside")
public class StepAsideRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id", nullable = false, updatable = false)
    private long consultationId;

    @Column(name = "member_ref", nullable = false, updatable = false)
    @Convert(converter = MemberRefConverter.class)
    private MemberRef memberRef;

    @Column(nullable = false, updatable = false)
    private String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private InterestRelation relation;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected StepAsideRecord() {
    }

    public StepAsideRecord(long consultationId, String memberRef, Interest interest, Instant recordedAt) {
        this.consultationId = consultationId;
        this.memberRef = new MemberRef(Objects.requireNonNull(memberRef, "memberRef"));
        this.organisation = interest.organisation();
        this.relation = interest.relation();
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getConsultationId() {
        return consultationId;
    }

    public String getMemberRef() {
        return memberRef == null ? null : memberRef.value();
    }

    public Interest interest() {
        return new Interest(organisation, relation);
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
