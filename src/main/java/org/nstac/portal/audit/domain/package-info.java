/**
 * The audit log's tamper evidence, without a server: each entry carries the hash of the entry before it, and a
 * verifier walks the chain and names the first entry that was altered, removed or put out of place.
 *
 * <p>Why: the log records who did what to whose records (admissions, identity reveals, payments, erasures), so
 * members and the council can trust that nobody quietly rewrote it. Entries hold references (an opaque member
 * reference, a record id), never personal data: an erased member's legal name must not survive in the log.
 * The chain shows tampering inside the log; cutting entries off its end is only visible against a head (last
 * sequence and hash) kept elsewhere, see {@link org.nstac.portal.audit.domain.AuditVerifier#verify(java.util.List,
 * long, String)}.
 */
package org.nstac.portal.audit.domain;
