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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.nstac.portal.care.domain.SupportAbout;
import org.nstac.portal.care.domain.SupportState;
import org.nstac.portal.care.domain.Urgency;
import org.nstac.portal.shared.MemberRef;
import org.nstac.portal.shared.MemberRefConverter;

/** One member's request for support, by opaque reference; whom it reached and where it stands. */
@Entity
@Table(name = "support_request")
public class SupportRequestRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_ref", nullable = false, updatable = false)
    @Convert(converter = MemberRefConverter.class)
    private MemberRef memberRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SupportAbout about;

    @Column(name = "ref_id", updatable = false)
    private Long refId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Urgency urgency;

    @Column(updatable = false)
    private String note;

    /** The support person's login; {@code null}: the secretariat's support duty. */
    @Column(name = "reached_login", updatable = false)
    private String reachedLogin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SupportState state;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "escalate_at", nullable = false, updatable = false)
    private Instant escalateAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    @Version
    private int version;

    protected SupportRequestRecord() {
        // for JPA
    }

    /** A new, open request; the note was checked ({@code SupportNote.of}). */
    public SupportRequestRecord(String memberRef, SupportAbout about, Long refId, Urgency urgency, String note,
            String reachedLogin, Instant createdAt) {
        this.memberRef = new MemberRef(Objects.requireNonNull(memberRef, "memberRef"));
        this.about = Objects.requireNonNull(about, "about");
        this.refId = refId;
        this.urgency = Objects.requireNonNull(urgency, "urgency");
        this.note = note;
        this.reachedLogin = reachedLogin;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.escalateAt = createdAt.plus(urgency.escalateAfter());
        this.state = SupportState.OPEN;
    }

    /** Nobody acknowledged it in time: the chair is told. */
    public void escalate(Instant at) {
        state = state.moveTo(SupportState.ESCALATED);
        escalatedAt = at;
    }

    /** Someone it reached has it; acknowledging again changes nothing. */
    public void acknowledge(String by, Instant at) {
        if (state == SupportState.ACKNOWLEDGED) {
            return;
        }
        state = state.moveTo(SupportState.ACKNOWLEDGED);
        acknowledgedBy = by;
        acknowledgedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getMemberRef() {
        return memberRef == null ? null : memberRef.value();
    }

    public SupportAbout getAbout() {
        return about;
    }

    public Long getRefId() {
        return refId;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public String getNote() {
        return note;
    }

    public Optional<String> reachedLogin() {
        return Optional.ofNullable(reachedLogin);
    }

    public SupportState getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEscalateAt() {
        return escalateAt;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }
}
