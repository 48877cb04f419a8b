package org.nstac.portal.vault.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Assertions that text meant for logs or users (exception messages, toString) carries no key or plaintext, because
 * such text is exactly where a leak would go unnoticed.
 */
final class LeakChecks {

    /** Long enough that a random match in ordinary text is practically impossible, short enough to catch fragments. */
    private static final int FRAGMENT = 8;

    private LeakChecks() {
    }

    /** Messages and toString of an exception, its causes and suppressed exceptions: everything a log would show. */
    static String everythingSaidBy(Throwable thrown) {
        StringBuilder said = new StringBuilder();
        List<Throwable> pending = new ArrayList<>(List.of(thrown));
        while (!pending.isEmpty()) {
            Throwable t = pending.remove(0);
            said.append(t).append('\n');
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
            pending.addAll(List.of(t.getSuppressed()));
        }
        return said.toString();
    }

    static void assertNoKeyIn(String text, byte[]... keys) {
        for (byte[] key : keys) {
            String base64 = Base64.getEncoder().withoutPadding().encodeToString(key);
            String hex = HexFormat.of().formatHex(key);
            assertFalse(text.toLowerCase(Locale.ROOT).contains(hex), "hex of a key in: " + text);
            for (int i = 0; i + FRAGMENT <= base64.length(); i++) {
                String fragment = base64.substring(i, i + FRAGMENT);
                assertFalse(text.contains(fragment), "fragment of a key's base64 in: " + text);
            }
        }
    }

    static void assertNoPlaintextIn(String text, String... plaintexts) {
        for (String plaintext : plaintexts) {
            assertFalse(text.contains(plaintext), "plaintext in: " + text);
        }
    }

    /** Every key written in a keyring file, decoded, so tests can look for them where they must not be. */
    static byte[][] keysIn(Path keyringFile) throws IOException {
        Properties entries = new Properties();
        try (InputStream in = Files.newInputStream(keyringFile)) {
            entries.load(in);
        }
        List<byte[]> keys = new ArrayList<>();
        for (String name : entries.stringPropertyNames()) {
            if (name.startsWith("key.") || name.equals("index")) {
                keys.add(Base64.getDecoder().decode(entries.getProperty(name)));
            }
        }
        return keys.toArray(byte[][]::new);
    }
}
