package org.nstac.portal.audit.domain;

import java.time.Instant;

/**
 * One audit entry as the chain sees it, whatever stores it (a JPA entity, a row read by a report, a test record).
 *
 * <p>Why an interface: the verifier must check the entries exactly as they were read, so it asks only for the
 * fields that go into the hash.
 */
public interface ChainedEntry {

    /** Position in the log: 1 for the first entry, then one more for each entry, without gaps. */
    long sequence();

    /** When it happened; the hash covers it to the millisecond. */
    Instant occurredAt();

    /** Who acted: a login or a system process name, never a legal name. */
    String actor();

    /** What was done, as a stable code such as {@code member.admitted}. */
    String action();

    /** Whose or which record it concerns, as an opaque reference; may be {@code null}. */
    String subjectRef();

    /** Further references (field names, ids, a reason code); never personal values; may be {@code null}. */
    String details();

    /** The hash of the entry before; {@link AuditChain#GENESIS} for the first entry. */
    String previousHash();

    /** This entry's hash, {@link AuditChain#hashOf(ChainedEntry)} over all the fields above. */
    String hash();
}
