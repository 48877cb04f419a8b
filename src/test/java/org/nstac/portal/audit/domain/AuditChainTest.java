package org.nstac.portal.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-11-27T10:15:30.123Z");
    private static final String PREVIOUS = AuditChain.GENESIS;

    @Test
    void genesisIsSixtyFourZeros() {
        assertEquals(64, AuditChain.GENESIS.length());
        assertTrue(AuditChain.GENESIS.chars().allMatch(c -> c == '0'));
    }

    @Test
    void theHashIsSha256InLowerCaseHexAndRepeatable() {
        String hash = AuditChain.hashOf(1, AT, "secretariat", "member.admitted", "m-7f3a", null, PREVIOUS);
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals(hash, AuditChain.hashOf(1, AT, "secretariat", "member.admitted", "m-7f3a", null, PREVIOUS));
    }

    @Test
    void aNullDetailHashesDifferentlyFromAnEmptyOne() {
        assertNotEquals(AuditChain.hashOf(1, AT, "a", "b", "c", null, PREVIOUS),
                AuditChain.hashOf(1, AT, "a", "b", "c", "", PREVIOUS));
        assertNotEquals(AuditChain.hashOf(1, AT, "a", "b", null, "d", PREVIOUS),
                AuditChain.hashOf(1, AT, "a", "b", "", "d", PREVIOUS));
    }

    @Test
    void movingTextAcrossAFieldBoundaryChangesTheHash() {
        assertNotEquals(AuditChain.hashOf(1, AT, "ab", "c", "x", "y", PREVIOUS),
                AuditChain.hashOf(1, AT, "a", "bc", "x", "y", PREVIOUS));
        assertNotEquals(AuditChain.hashOf(1, AT, "a", "b", "c|d", null, PREVIOUS),
                AuditChain.hashOf(1, AT, "a", "b", "c", "d", PREVIOUS));
        assertNotEquals(AuditChain.hashOf(1, AT, "a", "b", null, "", PREVIOUS),
                AuditChain.hashOf(1, AT, "a", "b", "", null, PREVIOUS));
        // Without length prefixes, the presence marker inside a text could pass for the start of the next field.
        assertNotEquals(AuditChain.hashOf(1, AT, "a\u0001b", "c", "x", "y", PREVIOUS),
                AuditChain.hashOf(1, AT, "a", "b\u0001c", "x", "y", PREVIOUS));
    }

    @Test
    void everyFieldIsCovered() {
        String base = AuditChain.hashOf(1, AT, "a", "b", "c", "d", PREVIOUS);
        assertNotEquals(base, AuditChain.hashOf(2, AT, "a", "b", "c", "d", PREVIOUS));
        assertNotEquals(base, AuditChain.hashOf(1, AT.plusMillis(1), "a", "b", "c", "d", PREVIOUS));
        assertNotEquals(base, AuditChain.hashOf(1, AT, "A", "b", "c", "d", PREVIOUS));
        assertNotEquals(base, AuditChain.hashOf(1, AT, "a", "B", "c", "d", PREVIOUS));
        assertNotEquals(base, AuditChain.hashOf(1, AT, "a", "b", "C", "d", PREVIOUS));
        assertNotEquals(base, AuditChain.hashOf(1, AT, "a", "b", "c", "D", PREVIOUS));
        assertNotEquals(base, AuditChain.hashOf(1, AT, "a", "b", "c", "d", "1" + PREVIOUS.substring(1)));
    }

    @Test
    void theInstantCountsToTheMillisecondTheDatabaseKeeps() {
        assertEquals(AuditChain.hashOf(1, AT, "a", "b", "c", "d", PREVIOUS),
                AuditChain.hashOf(1, AT.plusNanos(999_999), "a", "b", "c", "d", PREVIOUS));
    }

    @Test
    void anEntryNeedsATime() {
        assertThrows(NullPointerException.class, () -> AuditChain.hashOf(1, null, "a", "b", "c", "d", PREVIOUS));
    }

    @Test
    void nextStartsTheChainAndLinksEachEntryToTheOneBefore() {
        SimpleEntry first =
                SimpleEntry.next(null, AT.plusNanos(456_789), "secretariat", "member.admitted", "m-1", null);
        assertEquals(1, first.sequence());
        assertEquals(AuditChain.GENESIS, first.previousHash());
        assertEquals(AT, first.occurredAt(), "cut to milliseconds");
        assertEquals(AuditChain.hashOf(first), first.hash());

        SimpleEntry second = SimpleEntry.next(first, AT.plusSeconds(5), "custodian", "vault.revealed", "m-1",
                "fields=iban;reason=payment-return");
        assertEquals(2, second.sequence());
        assertEquals(first.hash(), second.previousHash());
        assertEquals(AuditChain.hashOf(second), second.hash());
    }

    @Test
    void nextNeedsAnActorAndAnAction() {
        assertThrows(IllegalArgumentException.class,
                () -> SimpleEntry.next(null, AT, " ", "member.admitted", null, null));
        assertThrows(IllegalArgumentException.class, () -> SimpleEntry.next(null, AT, "secretariat", null, null, null));
        assertThrows(NullPointerException.class, () -> SimpleEntry.next(null, null, "secretariat", "x", null, null));
    }
}
