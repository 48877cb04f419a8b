package org.nstac.portal.care.infrastructure;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.time.LocalDate;
import org.nstac.portal.care.domain.QuoteProposal;
import org.nstac.portal.care.domain.QuoteState;
import org.nstac.portal.shared.MemberRef;
import org.nstac.portal.shared.MemberRefConverter;

/** A member's words or photo proposed for a public output, by opaque reference, and the member's decision. */
@Entity
@Table(name = "quote")
public class QuoteRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_ref", nullable = false, updatable = false)
    @Convert(converter = MemberRefConverter.class)
    private MemberRef memberRef;

    @Column(name = "quote_text", updatable = false)
    private String text;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "photo", updatable = false)
    private byte[] photo;

    @Column(name = "photo_type", updatable = false)
    private String photoType;

    @Column(nullable = false, updatable = false)
    private String purpose;

    @Column(name = "publish_on", nullable = false, updatable = false)
    private LocalDate publishOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuoteState state;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private int version;

    protected QuoteRecord() {
    }

    public QuoteRecord(String memberRef, QuoteProposal proposal, byte[] photo, String photoType, String proposedBy,
            Instant proposedAt) {
        this.memberRef = new MemberRef(Objects.requireNonNull(memberRef, "memberRef"));
        this.text = proposal.text();
        this.photo = photo;
        this.photoType = photoType;
        this.purpose = proposal.purpose();
        this.publishOn = proposal.publishOn();
        this.state = QuoteState.PROPOSED;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    /** The member's answer: yes approves, no declines or (after a yes) withdraws the approval. */
    public void decide(boolean approve, Instant at) {
        QuoteState next = state.afterDecision(approve);
        if (next == QuoteState.WITHDRAWN) {
            withdrawnAt = at;
        } else if (next != state) {
            decidedAt = at;
        }
        state = next;
    }

    public Long getId() {
        return id;
    }

    public String getMemberRef() {
        return memberRef == null ? null : memberRef.value();
    }

    public String getText() {
        return text;
    }

    public byte[] getPhoto() {
        return photo;
    }

    public String getPhotoType() {
        return photoType;
    }

    public boolean isPhoto() {
        return photoType != null;
    }

    public String getPurpose() {
        return purpose;
    }

    public LocalDate getPublishOn() {
        return publishOn;
    }

    public QuoteState getState() {
        return state;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
