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
import org.nstac.portal.care.domain.Interest;
import org.nstac.portal.care.domain.InterestRelation;
import org.nstac.portal.shared.MemberRef;
import org.nstac.portal.shared.MemberRefConverter;

/** One declared interest of a person (by login; a member's reference too). A new declaration replaces the rows. */
@Entity
@Table(name = "declared_interest")
public class InterestRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_login", nullable = false, updatable = false)
    private String ownerLogin;

    @Column(name = "member_ref", updatable = false)
    @Convert(converter = MemberRefConverter.class)
    private MemberRef memberRef;

    @Column(nullable = false, updatable = false)
    private String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private InterestRelation relation;

    @Column(name = "declared_at", nullable = false, updatable = false)
    private Instant declaredAt;

    protected InterestRecord() {
    }

    public InterestRecord(String ownerLogin, String memberRef, Interest interest, Instant declaredAt) {
        this.ownerLogin = ownerLogin;
        this.memberRef = memberRef == null ? null : new MemberRef(memberRef);
        this.organisation = interest.organisation();
        this.relation = interest.relation();
        this.declaredAt = declaredAt;
    }

    public Interest interest() {
        return new Interest(organisation, relation);
    }

    public String getMemberRef() {
        return memberRef == null ? null : memberRef.value();
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }
}
