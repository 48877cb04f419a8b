package org.nstac.portal.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nstac.portal.audit.domain.AuditVerifier.Verification;

class AuditVerifierTest {

    private static final Instant START = Instant.parse("2026-11-27T08:00:00Z");

    /** A chain of the given size, built as the portal writes entries. */
    private static List<SimpleEntry> chainOf(int size) {
        List<SimpleEntry> chain = new ArrayList<>();
        SimpleEntry previous = null;
        for (int i = 1; i <= size; i++) {
            previous = SimpleEntry.next(previous, START.plusSeconds(60L * i), i % 2 == 0 ? "custodian" : "secretariat",
                    i % 3 == 0 ? "vault.revealed" : "member.admitted", "m-" + i, i % 4 == 0 ? null : "fields=iban");
            chain.add(previous);
        }
        return chain;
    }

    private static SimpleEntry withActor(SimpleEntry e, String actor) {
        return new SimpleEntry(e.sequence(), e.occurredAt(), actor, e.action(), e.subjectRef(), e.details(),
                e.previousHash(), e.hash());
    }

    private static SimpleEntry withDetails(SimpleEntry e, String details) {
        return new SimpleEntry(e.sequence(), e.occurredAt(), e.actor(), e.action(), e.subjectRef(), details,
                e.previousHash(), e.hash());
    }

    private static SimpleEntry withSequence(SimpleEntry e, long sequence) {
        return new SimpleEntry(sequence, e.occurredAt(), e.actor(), e.action(), e.subjectRef(), e.details(),
                e.previousHash(), e.hash());
    }

    /** The entry with its hash recomputed after a change: what a careful forger would write. */
    private static SimpleEntry rehashed(SimpleEntry e) {
        return new SimpleEntry(e.sequence(), e.occurredAt(), e.actor(), e.action(), e.subjectRef(), e.details(),
                e.previousHash(), AuditChain.hashOf(e));
    }

    private static void assertBroken(Verification verification, long sequence, String problem) {
        assertEquals(new Verification(false, sequence, problem), verification);
    }

    @Test
    void anUntouchedChainIsIntact() {
        Verification verification = AuditVerifier.verify(chainOf(10));
        assertTrue(verification.intact());
        assertEquals(new Verification(true, null, null), verification);
    }

    @Test
    void anEmptyLogIsIntact() {
        assertTrue(AuditVerifier.verify(List.of()).intact());
    }

    @Test
    void alteringTheActorOfEntryFiveNamesEntryFive() {
        List<SimpleEntry> chain = chainOf(10);
        chain.set(4, withActor(chain.get(4), "someone-else"));
        assertBroken(AuditVerifier.verify(chain), 5, Verification.HASH_MISMATCH);
    }

    @Test
    void deletingEntryFiveNamesTheMissingEntryFive() {
        List<SimpleEntry> chain = chainOf(10);
        chain.remove(4);
        assertBroken(AuditVerifier.verify(chain), 5, Verification.SEQUENCE_GAP);
    }

    @Test
    void deletingEntryFiveAndRenumberingTheRestStillNamesFive() {
        List<SimpleEntry> chain = chainOf(10);
        chain.remove(4);
        for (int i = 4; i < chain.size(); i++) {
            chain.set(i, withSequence(chain.get(i), i + 1));
        }
        assertBroken(AuditVerifier.verify(chain), 5, Verification.HASH_MISMATCH);
    }

    @Test
    void deletingEntryFiveAndReHashingTheRenumberedRestBreaksTheLinkAtFive() {
        List<SimpleEntry> chain = chainOf(10);
        chain.remove(4);
        for (int i = 4; i < chain.size(); i++) {
            chain.set(i, rehashed(withSequence(chain.get(i), i + 1)));
        }
        assertBroken(AuditVerifier.verify(chain), 5, Verification.CHAIN_BREAK);
    }

    @Test
    void deletingTheFirstEntryNamesEntryOne() {
        List<SimpleEntry> chain = chainOf(10);
        chain.remove(0);
        assertBroken(AuditVerifier.verify(chain), 1, Verification.FIRST_ENTRY);
    }

    @Test
    void aFirstEntryThatDoesNotStartFromGenesisIsNamed() {
        List<SimpleEntry> chain = chainOf(3);
        SimpleEntry first = chain.get(0);
        chain.set(0, rehashed(new SimpleEntry(1, first.occurredAt(), first.actor(), first.action(), first.subjectRef(),
                first.details(), "f".repeat(64), first.hash())));
        assertBroken(AuditVerifier.verify(chain), 1, Verification.FIRST_ENTRY);
    }

    @Test
    void swappingTwoEntriesInPlaceIsDetectedAtTheFirstOfThem() {
        List<SimpleEntry> chain = chainOf(10);
        Collections.swap(chain, 3, 6);
        assertBroken(AuditVerifier.verify(chain), 4, Verification.SEQUENCE_GAP);
    }

    @Test
    void swappingTheContentsOfTwoRowsIsDetectedAtTheFirstOfThem() {
        List<SimpleEntry> chain = chainOf(10);
        SimpleEntry fourth = chain.get(3);
        SimpleEntry seventh = chain.get(6);
        chain.set(3, withSequence(seventh, 4));
        chain.set(6, withSequence(fourth, 7));
        assertBroken(AuditVerifier.verify(chain), 4, Verification.HASH_MISMATCH);
    }

    @Test
    void changingTheLastEntryIsDetected() {
        List<SimpleEntry> chain = chainOf(10);
        chain.set(9, withDetails(chain.get(9), "fields=legal_name"));
        assertBroken(AuditVerifier.verify(chain), 10, Verification.HASH_MISMATCH);
    }

    @Test
    void turningAnEmptyDetailIntoNoDetailIsDetected() {
        List<SimpleEntry> chain =
                new ArrayList<>(List.of(SimpleEntry.next(null, START, "admin", "ratecard.changed", null, "")));
        chain.set(0, withDetails(chain.get(0), null));
        assertBroken(AuditVerifier.verify(chain), 1, Verification.HASH_MISMATCH);
    }

    @Test
    void anEntryAlteredAndReHashedBreaksTheLinkOfTheNextEntry() {
        List<SimpleEntry> chain = chainOf(10);
        chain.set(4, rehashed(withActor(chain.get(4), "someone-else")));
        assertBroken(AuditVerifier.verify(chain), 6, Verification.CHAIN_BREAK);
    }

    @Test
    void anInsertedEntryIsDetectedAtTheEntryItPushedAside() {
        List<SimpleEntry> chain = chainOf(10);
        SimpleEntry forged = SimpleEntry.next(chain.get(4), START.plusSeconds(330), "secretariat", "member.admitted",
                "m-99", null);
        chain.add(5, forged);
        assertBroken(AuditVerifier.verify(chain), 7, Verification.SEQUENCE_GAP);
        for (int i = 6; i < chain.size(); i++) {
            chain.set(i, rehashed(withSequence(chain.get(i), i + 1)));
        }
        assertBroken(AuditVerifier.verify(chain), 7, Verification.CHAIN_BREAK);
    }

    @Test
    void cuttingEntriesOffTheEndIsOnlyVisibleAgainstARecordedHead() {
        List<SimpleEntry> chain = chainOf(10);
        String headHash = chain.get(9).hash();
        chain.remove(9);
        chain.remove(8);
        assertTrue(AuditVerifier.verify(chain).intact());
        assertBroken(AuditVerifier.verify(chain, 10, headHash), 9, Verification.TAIL_MISSING);
    }

    @Test
    void aLogThatGrewSinceTheHeadWasRecordedIsIntact() {
        List<SimpleEntry> chain = chainOf(10);
        String headHash = chain.get(6).hash();
        assertTrue(AuditVerifier.verify(chain, 7, headHash).intact());
        assertTrue(AuditVerifier.verify(List.of(), 0, AuditChain.GENESIS).intact());
    }

    @Test
    void aChainRewrittenFromTheStartDoesNotReachTheRecordedHead() {
        List<SimpleEntry> original = chainOf(10);
        List<SimpleEntry> rewritten = new ArrayList<>();
        SimpleEntry previous = null;
        for (SimpleEntry e : original) {
            previous = SimpleEntry.next(previous, e.occurredAt(), e.actor(), e.action(), e.subjectRef(),
                    e.sequence() == 3 ? "fields=email" : e.details());
            rewritten.add(previous);
        }
        assertTrue(AuditVerifier.verify(rewritten).intact(), "a full rewrite keeps the chain consistent");
        assertBroken(AuditVerifier.verify(rewritten, 10, original.get(9).hash()), 10, Verification.HEAD_MISMATCH);
    }

    @Test
    void aVerificationIsEitherIntactOrNamesAnEntryAndAProblem() {
        assertThrows(IllegalArgumentException.class, () -> new Verification(true, 3L, null));
        assertThrows(IllegalArgumentException.class, () -> new Verification(false, null, Verification.CHAIN_BREAK));
        assertThrows(IllegalArgumentException.class, () -> new Verification(false, 3L, null));
    }
}
