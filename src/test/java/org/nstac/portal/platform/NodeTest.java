package org.nstac.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A node's name goes into a response header and a lease row: only safe characters, never empty, never long. */
class NodeTest {

    @Test
    void namesKeepOnlySafeCharacters() {
        assertEquals("node-a", Node.safe("node-a"));
        assertEquals("node-a--evil--Set-Cookie-x", Node.safe("node-a\r\nevil: Set-Cookie x"));
        assertEquals("node", Node.safe("   "));
        assertEquals(60, Node.safe("n".repeat(200)).length());
    }

    @Test
    void theLeaseHolderIsTheNameAndThisRun() {
        assertTrue(Node.holder().startsWith(Node.name() + "/"), Node.holder());
        assertNotEquals(Node.name(), Node.holder(), "a restarted node is not taken for its former run");
    }
}
