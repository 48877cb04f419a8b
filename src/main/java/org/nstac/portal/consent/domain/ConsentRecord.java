package org.nstac.portal.consent.domain;

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
import org.nstac.portal.shared.MemberRef;
import org.nstac.portal.shared.MemberRefConverter;

/** A member gave or withdrew consent to a purpose, against one text version. Appended, never changed. */
@Entity
@Table(name = "consent_record")
public class ConsentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Convert(converter = MemberRefConverter.class)
    @Column(name = "member_ref", nullable = false, updatable = false, length = 32)
    private MemberRef memberRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private ConsentPurpose purpose;

    @Column(name = "text_version", nullable = false, updatable = false)
    private int textVersion;

    @Column(nullable = false, updatable = false)
    private boolean given;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 60)
    private String recordedBy;

    protected ConsentRecord() {
        // for JPA
    }

    public ConsentRecord(String memberRef, ConsentText text, boolean given, Instant at, String by) {
        this.memberRef = new MemberRef(Objects.requireNonNull(memberRef));
        this.purpose = text.getPurpose();
        this.textVersion = text.getVersion();
        this.given = given;
        this.recordedAt = at;
        this.recordedBy = by;
    }

    /** Valid consent for the purpose now: given, and against the text version in force. */
    public boolean isValidFor(ConsentText current) {
        return given && purpose == current.getPurpose() && textVersion == current.getVersion();
    }

    public ConsentPurpose getPurpose() {
        return purpose;
    }

    public int getTextVersion() {
        return textVersion;
    }

    public boolean isGiven() {
        return given;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
