package org.nstac.portal.payment.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A claim's receipt: checked, stripped of metadata, stored under a random name; the row says where. */
@Entity
@Table(name = "payment_receipt")
public class ReceiptRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "payable_id", nullable = false, updatable = false)
    private Long payableId;

    @Column(name = "stored_name", nullable = false, updatable = false)
    private String storedName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    protected ReceiptRecord() {
        // for JPA
    }

    public ReceiptRecord(Long payableId, String storedName, String contentType, long sizeBytes) {
        this.payableId = payableId;
        this.storedName = storedName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
    }

    public Long getPayableId() {
        return payableId;
    }

    public String getStoredName() {
        return storedName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }
}
