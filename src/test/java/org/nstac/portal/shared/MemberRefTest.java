package org.nstac.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A member reference is the opaque {@code m-...} text the member feature hands out, stored unchanged; anything else
 * (a login, a pseudonym, a blank, something too wide for the columns) is not one.
 */
class MemberRefTest {

    private static final String GENERATED = "m-k3p9x2a7qrtw4d";

    @Test
    void aGeneratedReferenceIsOneAndReadsBackAsItself() {
        MemberRef ref = new MemberRef(GENERATED);
        assertEquals(GENERATED, ref.value());
        assertEquals(GENERATED, ref.toString());
        assertEquals(ref, new MemberRef(GENERATED));
        assertEquals(Optional.of(ref), MemberRef.parse("  " + GENERATED + " "));
    }

    @Test
    void textThatIsNoReferenceIsRefused() {
        for (String no : new String[] {"", "m-", "sunflower", "M-K3P9X2A7QRTW4D", "m-k3p9 x2a7", "m-" + "a".repeat(31),
                "x-k3p9x2a7qrtw4d", "m-k3p9x2a7qrtw4d'; --"}) {
            assertThrows(IllegalArgumentException.class, () -> new MemberRef(no), no);
            assertTrue(MemberRef.parse(no).isEmpty(), no);
        }
        assertThrows(NullPointerException.class, () -> new MemberRef(null));
        assertTrue(MemberRef.parse(null).isEmpty());
        assertEquals(MemberRef.MAX_LENGTH, new MemberRef("m-" + "a".repeat(30)).value().length());
    }

    @Test
    void theConverterStoresTheTextUnchanged() {
        MemberRefConverter converter = new MemberRefConverter();
        assertEquals(GENERATED, converter.convertToDatabaseColumn(new MemberRef(GENERATED)));
        assertEquals(new MemberRef(GENERATED), converter.convertToEntityAttribute(GENERATED));
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }

    @Test
    void aListKeepsItsReferencesInOrderAndLeavesOutTheRest() {
        assertEquals(List.of(new MemberRef(GENERATED), new MemberRef("m-abc")),
                MemberRef.allOf(List.of(GENERATED, "sunflower", "", " m-abc ", "m-k3p9x2a7qrtw4d'; --")));
        assertTrue(MemberRef.allOf(List.of()).isEmpty());
    }
}
