package org.nstac.portal.audit.domain;

import java.util.List;
import java.util.Objects;

/**
 * Walks the audit chain from its first entry and names the first entry that is not what was written.
 *
 * <p>Why it names one entry: whoever investigates needs a place to start, and everything before that entry is
 * shown to be intact. Each entry is checked in this order, and the first failure ends the walk:
 * <ol>
 *   <li>position: the first entry must be sequence 1 ({@value Verification#FIRST_ENTRY}), each later one the
 *       previous sequence plus one ({@value Verification#SEQUENCE_GAP});</li>
 *   <li>content: its hash, recomputed with {@link AuditChain#hashOf(ChainedEntry)}, must equal the stored hash
 *       ({@value Verification#HASH_MISMATCH});</li>
 *   <li>link: its previous hash must be {@link AuditChain#GENESIS} for the first entry
 *       ({@value Verification#FIRST_ENTRY}) and the stored hash of the entry before for every other
 *       ({@value Verification#CHAIN_BREAK}).</li>
 * </ol>
 * What gets named:
 * <ul>
 *   <li>an altered entry (not re-hashed): that entry, {@value Verification#HASH_MISMATCH};</li>
 *   <li>a deleted entry: the <em>missing</em> sequence number, {@value Verification#SEQUENCE_GAP} (or 1 and
 *       {@value Verification#FIRST_ENTRY} when the first entry was deleted); if the later entries were renumbered
 *       to close the gap, the first renumbered entry fails its hash, which is the same number;</li>
 *   <li>entries out of order (rows swapped in the list): the sequence number expected at the first misplaced
 *       position, {@value Verification#SEQUENCE_GAP}; swapped contents under fixed sequence numbers fail the hash
 *       of the lower one, because the hash covers the sequence;</li>
 *   <li>an entry altered and re-hashed: the entry after it, {@value Verification#CHAIN_BREAK}, because that entry
 *       still points at the original hash. A chain break at N means entry N or N-1 was rewritten.</li>
 * </ul>
 * Entries cut off the end of the log leave a shorter chain that is still intact; only a head recorded elsewhere
 * reveals them, see {@link #verify(List, long, String)}.
 */
public final class AuditVerifier {

    private AuditVerifier() {
    }

    /**
     * The result of a verification.
     *
     * @param intact               whether every entry checked out
     * @param firstBrokenSequence  the first entry that did not, as explained in {@link AuditVerifier}; {@code null}
     *                             when intact
     * @param problem              one of the constants below; {@code null} when intact
     */
    public record Verification(boolean intact, Long firstBrokenSequence, String problem) {

        /** An entry's content no longer matches its hash: it was altered. */
        public static final String HASH_MISMATCH = "hash-mismatch";
        /** An entry's previous hash is not the hash of the entry before it: a row was rewritten or inserted. */
        public static final String CHAIN_BREAK = "chain-break";
        /** Sequence numbers are not consecutive here: a row is missing (named), or rows are out of order. */
        public static final String SEQUENCE_GAP = "sequence-gap";
        /** The first entry is not sequence 1 with the genesis previous hash: the start of the log was changed. */
        public static final String FIRST_ENTRY = "first-entry";
        /** The log ends before a head recorded earlier: entries were cut off its end (the first missing is named). */
        public static final String TAIL_MISSING = "tail-missing";
        /** The entry at a recorded head has a different hash: the chain up to it was rewritten. */
        public static final String HEAD_MISMATCH = "head-mismatch";
        /** An entry's signed checkpoint is missing, or does not vouch for the entry's hash. */
        public static final String CHECKPOINT_MISMATCH = "checkpoint-mismatch";

        public Verification {
            if (intact != (firstBrokenSequence == null) || intact != (problem == null)) {
                throw new IllegalArgumentException("An intact chain names no entry and no problem; a broken one both");
            }
        }

        static Verification ok() {
            return new Verification(true, null, null);
        }

        static Verification broken(long sequence, String problem) {
            return new Verification(false, sequence, problem);
        }
    }

    /**
     * Verifies a whole log, read in ascending sequence order from its first entry. An empty log is intact.
     */
    public static Verification verify(List<? extends ChainedEntry> entriesInSequenceOrder) {
        Objects.requireNonNull(entriesInSequenceOrder, "entriesInSequenceOrder");
        ChainedEntry previous = null;
        for (ChainedEntry entry : entriesInSequenceOrder) {
            Objects.requireNonNull(entry, "entry");
            if (previous == null && entry.sequence() != 1) {
                return Verification.broken(1, Verification.FIRST_ENTRY);
            }
            if (previous != null && entry.sequence() != previous.sequence() + 1) {
                return Verification.broken(previous.sequence() + 1, Verification.SEQUENCE_GAP);
            }
            if (entry.occurredAt() == null || !Objects.equals(entry.hash(), AuditChain.hashOf(entry))) {
                return Verification.broken(entry.sequence(), Verification.HASH_MISMATCH);
            }
            if (previous == null && !AuditChain.GENESIS.equals(entry.previousHash())) {
                return Verification.broken(entry.sequence(), Verification.FIRST_ENTRY);
            }
            if (previous != null && !Objects.equals(entry.previousHash(), previous.hash())) {
                return Verification.broken(entry.sequence(), Verification.CHAIN_BREAK);
            }
            previous = entry;
        }
        return Verification.ok();
    }

    /**
     * Verifies a whole log against a head recorded earlier outside the database (for example in the daily report
     * or a signed export): the log must still reach that sequence, and the entry there must carry that hash.
     * Entries appended after the head was recorded are checked like the rest.
     *
     * @param headSequence the sequence of the last entry when the head was recorded; 0 for an empty log
     * @param headHash     that entry's hash; {@link AuditChain#GENESIS} for an empty log
     */
    public static Verification verify(List<? extends ChainedEntry> entriesInSequenceOrder, long headSequence,
            String headHash) {
        Verification chain = verify(entriesInSequenceOrder);
        if (!chain.intact() || headSequence <= 0) {
            return chain;
        }
        if (entriesInSequenceOrder.size() < headSequence) {
            return Verification.broken(entriesInSequenceOrder.size() + 1L, Verification.TAIL_MISSING);
        }
        // The chain is intact, so entry N sits at index N-1.
        ChainedEntry head = entriesInSequenceOrder.get((int) (headSequence - 1));
        if (!Objects.equals(head.hash(), headHash)) {
            return Verification.broken(headSequence, Verification.HEAD_MISMATCH);
        }
        return chain;
    }

    /**
     * Verifies the chain, then every entry from {@code signedFrom} on against its signed checkpoint: an entry edited
     * and every hash after it recomputed (which write access to the database allows) keeps a consistent chain but
     * breaks the signatures, which need the key outside the database. Entries before {@code signedFrom} were written
     * before signing began and rest on the chain (and the first signature after them, which covers them).
     *
     * @param signatures each signed entry's signature, by sequence
     */
    public static Verification verify(List<? extends ChainedEntry> entriesInSequenceOrder,
            java.util.Map<Long, String> signatures, CheckpointSigner signer, long signedFrom) {
        Verification chain = verify(entriesInSequenceOrder);
        if (!chain.intact()) {
            return chain;
        }
        for (ChainedEntry entry : entriesInSequenceOrder) {
            if (entry.sequence() >= signedFrom
                    && !signer.verifies(entry.sequence(), entry.hash(), signatures.get(entry.sequence()))) {
                return Verification.broken(entry.sequence(), Verification.CHECKPOINT_MISMATCH);
            }
        }
        return chain;
    }
}
