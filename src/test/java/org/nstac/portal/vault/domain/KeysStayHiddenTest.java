package org.nstac.portal.vault.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nstac.portal.vault.domain.LeakChecks.assertNoKeyIn;
import static org.nstac.portal.vault.domain.LeakChecks.keysIn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Objects holding keys end up in logs and debuggers; their text form must never carry key bytes. */
class KeysStayHiddenTest {

    @Test
    void aKeyringsToStringShowsKeyIdsButNoKeyBytes(@TempDir Path dir) throws IOException {
        MasterKeyring keyring = MasterKeyring.generate().rotate();
        Path file = dir.resolve("keyring.properties");
        keyring.save(file);

        String shown = keyring + " " + keyring.blindIndex();

        assertNoKeyIn(shown, keysIn(file));
        assertTrue(shown.contains(keyring.currentKeyId()), shown);
    }

    @Test
    void aDataKeysToStringShowsNoKeyBytes() {
        DataKey key = DataKey.generate();
        assertNoKeyIn(key.toString(), key.encoded());
    }

    @Test
    void aWrappedDataKeyShowsOnlyItsMasterKeyIdAndLength() {
        var wrapped = MasterKeyring.generate().wrap(DataKey.generate(), "m-1");
        assertNoKeyIn(wrapped.toString(), wrapped.wrapped());
        assertTrue(wrapped.toString().contains(wrapped.masterKeyId()));
    }

    @Test
    void aWrappedDataKeyCannotBeChangedThroughItsArrays() {
        byte[] bytes = {1, 2, 3};
        var wrapped = new WrappedDataKey("mk-00000001", bytes);
        bytes[0] = 9;
        wrapped.wrapped()[1] = 9;
        assertArrayEquals(new byte[] {1, 2, 3}, wrapped.wrapped());
    }

    @Test
    void wrappedDataKeysAreEqualByContent() {
        assertEquals(new WrappedDataKey("mk-1", new byte[] {1, 2}), new WrappedDataKey("mk-1", new byte[] {1, 2}));
        assertEquals(new WrappedDataKey("mk-1", new byte[] {1, 2}).hashCode(),
                new WrappedDataKey("mk-1", new byte[] {1, 2}).hashCode());
        assertNotEquals(new WrappedDataKey("mk-1", new byte[] {1, 2}), new WrappedDataKey("mk-2", new byte[] {1, 2}));
        assertNotEquals(new WrappedDataKey("mk-1", new byte[] {1, 2}), new WrappedDataKey("mk-1", new byte[] {1, 3}));
    }

    @Test
    void twoDataKeysAreNeverTheSame() {
        assertNotEquals(HexFormat.of().formatHex(DataKey.generate().encoded()),
                HexFormat.of().formatHex(DataKey.generate().encoded()));
        assertEquals(32, DataKey.generate().encoded().length);
    }
}
