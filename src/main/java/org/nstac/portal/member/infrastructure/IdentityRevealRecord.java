package org.nstac.portal.member.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.nstac.portal.shared.MemberRef;
import org.nstac.portal.shared.MemberRefConverter;

/** One opening of a member's identity: who, whose, which fields, why, when. Never the values. */
@Entity
@Table(name = "identity_reveal")
public class IdentityRevealRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_ref", nullable = false, updatable = false)
    @Convert(converter = MemberRefConverter.class)
    private MemberRef memberRef;

    @Column(nullable = false, updatable = false)
    private String custodian;

    @Column(nullable = false, updatable = false)
    private String fields;

    @Column(nullable = false, updatable = false, length = 2000)
    private String reason;

    @Column(name = "revealed_at", nullable = false, updatable = false)
    private Instant revealedAt;

    protected IdentityRevealRecord() {
        // for JPA
    }

    public IdentityRevealRecord(String memberRef, String custodian, String fields, String reason, Instant revealedAt) {
        this.memberRef = new MemberRef(Objects.requireNonNull(memberRef, "memberRef"));
        this.custodian = custodian;
        this.fields = fields;
        this.reason = reason;
        this.revealedAt = revealedAt;
    }

    public String getMemberRef() {
        return memberRef.value();
    }

    public String getCustodian() {
        return custodian;
    }

    public String getFields() {
        return fields;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRevealedAt() {
        return revealedAt;
    }
}
