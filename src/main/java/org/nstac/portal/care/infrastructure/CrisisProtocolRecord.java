package org.nstac.portal.care.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.nstac.portal.care.domain.CrisisProtocolText;

/** One version of the crisis protocol: both languages, who wrote it (a login) and when. Never changed once written. */
@Entity
@Table(name = "crisis_protocol")
public class CrisisProtocolRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "text_en", nullable = false, updatable = false)
    private String en;

    @Column(name = "text_sr", nullable = false, updatable = false)
    private String sr;

    @Column(name = "updated_by", nullable = false, updatable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false, updatable = false)
    private Instant updatedAt;

    protected CrisisProtocolRecord() {
    }

    public CrisisProtocolRecord(CrisisProtocolText text, String updatedBy, Instant updatedAt) {
        this.en = text.en();
        this.sr = text.sr();
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public CrisisProtocolText text() {
        return new CrisisProtocolText(en, sr);
    }

    /** The version number: versions are numbered by their row, the newest the highest. */
    public Long getId() {
        return id;
    }

    public String getEn() {
        return en;
    }

    public String getSr() {
        return sr;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
