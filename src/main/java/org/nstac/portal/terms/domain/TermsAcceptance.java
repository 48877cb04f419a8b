package org.nstac.portal.terms.domain;

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

/** A member accepted one version of the terms, at a time. Appended, never changed. */
@Entity
@Table(name = "terms_acceptance")
public class TermsAcceptance {

    public static final String NOT_CURRENT = "terms.version.notCurrent";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_ref", nullable = false, updatable = false, length = 32)
    @Convert(converter = MemberRefConverter.class)
    private MemberRef memberRef;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(name = "accepted_at", nullable = false, updatable = false)
    private Instant acceptedAt;

    @Column(name = "accepted_by", nullable = false, updatable = false, length = 60)
    private String acceptedBy;

    protected TermsAcceptance() {
        // for JPA
    }

    /**
     * The member accepts {@code version}; only the version in force can be accepted.
     *
     * @throws org.nstac.portal.shared.DomainRuleViolation {@value #NOT_CURRENT}, with the current version
     */
    public static TermsAcceptance of(String memberRef, int version, TermsVersion current, Instant at, String by) {
        if (current == null || version != current.getVersion()) {
            throw new org.nstac.portal.shared.DomainRuleViolation(NOT_CURRENT,
                    current == null ? 0 : current.getVersion());
        }
        TermsAcceptance a = new TermsAcceptance();
        a.memberRef = new MemberRef(Objects.requireNonNull(memberRef, "memberRef"));
        a.version = version;
        a.acceptedAt = Objects.requireNonNull(at, "at");
        a.acceptedBy = Objects.requireNonNull(by, "by");
        return a;
    }

    public String getMemberRef() {
        return memberRef.value();
    }

    public int getVersion() {
        return version;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }
}
