package org.nstac.portal.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An audit entry as plain data: the next entry to append, or a row as it was read back.
 *
 * <p>Why a separate record: {@link #next} is the one way the portal builds an entry, so the sequence and the
 * hash are always computed the same way; the persistence layer copies the result into its row. The canonical
 * constructor accepts any field values, tampered or not, because judging a stored row is the
 * {@link AuditVerifier}'s job.
 */
public record SimpleEntry(long sequence, Instant occurredAt, String actor, String action, String subjectRef,
        String details, String previousHash, String hash) implements ChainedEntry {

    public SimpleEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /**
     * The entry that follows {@code previousOrNull} (or starts the log when it is {@code null}), with its
     * sequence, previous hash and hash filled in. The time is cut to milliseconds, the precision the database
     * keeps, so a stored and reloaded entry is equal to the one built here.
     *
     * @param actor      who acted, a login or process name; required
     * @param action     a stable action code; required
     * @param subjectRef an opaque reference, or {@code null}
     * @param details    further references, never personal values, or {@code null}
     */
    public static SimpleEntry next(ChainedEntry previousOrNull, Instant at, String actor, String action,
            String subjectRef, String details) {
        Objects.requireNonNull(at, "at");
        if (actor == null || actor.isBlank() || action == null || action.isBlank()) {
            throw new IllegalArgumentException("An audit entry names an actor and an action");
        }
        long sequence = previousOrNull == null ? 1 : previousOrNull.sequence() + 1;
        String previousHash = previousOrNull == null ? AuditChain.GENESIS : previousOrNull.hash();
        Instant occurredAt = at.truncatedTo(ChronoUnit.MILLIS);
        String hash = AuditChain.hashOf(sequence, occurredAt, actor, action, subjectRef, details, previousHash);
        return new SimpleEntry(sequence, occurredAt, actor, action, subjectRef, details, previousHash, hash);
    }
}
