package org.nstac.portal.audit.infrastructure;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.nstac.portal.audit.domain.ChainedEntry;

/** One row of the append-only audit chain. Written once, never updated: there are no mutators. */
@Entity
@Table(name = "audit_entry")
@Cacheable(false)
public class AuditEntryRecord implements ChainedEntry {

    @Id
    private long sequence;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "subject_ref", updatable = false)
    private String subjectRef;

    @Column(updatable = false)
    private String details;

    @Column(name = "previous_hash", nullable = false, updatable = false)
    private String previousHash;

    @Column(nullable = false, updatable = false)
    private String hash;

    protected AuditEntryRecord() {
        // for JPA
    }

    public AuditEntryRecord(ChainedEntry entry) {
        this.sequence = entry.sequence();
        this.occurredAt = entry.occurredAt();
        this.actor = entry.actor();
        this.action = entry.action();
        this.subjectRef = entry.subjectRef();
        this.details = entry.details();
        this.previousHash = entry.previousHash();
        this.hash = entry.hash();
    }

    @Override
    public long sequence() {
        return sequence;
    }

    @Override
    public Instant occurredAt() {
        return occurredAt;
    }

    @Override
    public String actor() {
        return actor;
    }

    @Override
    public String action() {
        return action;
    }

    @Override
    public String subjectRef() {
        return subjectRef;
    }

    @Override
    public String details() {
        return details;
    }

    @Override
    public String previousHash() {
        return previousHash;
    }

    @Override
    public String hash() {
        return hash;
    }
}
