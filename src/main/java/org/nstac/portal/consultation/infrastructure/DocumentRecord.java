package org.nstac.portal.consultation.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A supporting PDF of a consultation. The bytes live in a folder outside the web root under a random stored name;
 * the file name the ministry gave is only shown, never used as a path.
 */
@Entity
@Table(name = "consultation_document")
public class DocumentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id", nullable = false, updatable = false)
    private Long consultationId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "stored_name", nullable = false, updatable = false)
    private String storedName;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected DocumentRecord() {
        // for JPA
    }

    public DocumentRecord(Long consultationId, String fileName, long sizeBytes, String sha256, String storedName,
            String uploadedBy, Instant uploadedAt) {
        this.consultationId = consultationId;
        this.fileName = fileName;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storedName = storedName;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getStoredName() {
        return storedName;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
