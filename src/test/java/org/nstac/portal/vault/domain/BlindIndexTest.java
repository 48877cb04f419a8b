package org.nstac.portal.vault.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nstac.portal.vault.domain.BlindIndex.Kind;

/** Duplicate checks must see through formatting differences yet reveal nothing without the index key. */
class BlindIndexTest {

    private final MasterKeyring keyring = MasterKeyring.generate();
    private final BlindIndex index = keyring.blindIndex();

    @Test
    void spacingAndCaseDoNotHideADuplicateEmail() {
        assertEquals(index.of("ana.marković@example.org"), index.of("  Ana.Marković@Example.org "));
        assertEquals(index.of(Kind.EMAIL, "ana.marković@example.org"),
                index.of(Kind.EMAIL, "  Ana.Marković@Example.org "));
    }

    @Test
    void composedDecomposedAndFullWidthFormsMatch() {
        String composed = "Marković";
        String decomposed = "Markovic\u0301";
        String fullWidth = "Ｍａｒｋｏｖｉｃ\u0301";
        assertEquals(index.of(Kind.NAME, composed), index.of(Kind.NAME, decomposed));
        assertEquals(index.of(Kind.NAME, composed), index.of(Kind.NAME, fullWidth));
    }

    @Test
    void whitespaceAndInvisibleCharactersDoNotHideADuplicateName() {
        assertEquals(index.of(Kind.NAME, "Ana Marković"), index.of(Kind.NAME, "ana\u00A0\tmar\u200Bković\n"));
        assertEquals("anamarković", Kind.NAME.normalise(" Ana\u00A0Mar\u00ADković "));
    }

    @Test
    void differentValuesGiveDifferentIndexes() {
        assertNotEquals(index.of("ana.markovic@example.org"), index.of("ana.marković@example.org"));
        assertNotEquals(index.of(Kind.NAME, "Đorđe"), index.of(Kind.NAME, "Djordje"));
    }

    @Test
    void anotherKeyringGivesAnotherIndex() {
        assertNotEquals(index.of("ana.marković@example.org"),
                MasterKeyring.generate().blindIndex().of("ana.marković@example.org"));
    }

    @Test
    void anIndexIsLowerCaseHexAndContainsNoPlaintext() {
        String value = index.of("ana.marković@example.org");
        assertTrue(value.matches("[0-9a-f]{64}"), value);
    }

    @Test
    void phoneNumbersCompareByDigitsAndLeadingPlus() {
        assertEquals(index.of(Kind.PHONE, "+381641234567"), index.of(Kind.PHONE, " +381 (64) 123-45-67 "));
        assertEquals("+381641234567", Kind.PHONE.normalise("＋381 64 123 45 67"));
        assertEquals("0641234567", Kind.PHONE.normalise("064/123-45-67"));
        assertNotEquals(index.of(Kind.PHONE, "+381641234567"), index.of(Kind.PHONE, "381641234567"));
    }

    @Test
    void ibansCompareByUpperCaseLettersAndDigits() {
        assertEquals(index.of(Kind.IBAN, "RS35260005601001611379"), index.of(Kind.IBAN, "rs35 2600 0560 1001 6113 79"));
        assertEquals("RS35260005601001611379", Kind.IBAN.normalise(" RS35-2600-0560-1001-6113-79 "));
    }

    @Test
    void eachKindHasItsOwnIndexes() {
        assertNotEquals(index.of(Kind.NAME, "ana"), index.of(Kind.EMAIL, "ana"));
        assertNotEquals(index.of(Kind.PHONE, "0641234567"), index.of(Kind.IBAN, "0641234567"));
        assertEquals(index.of(Kind.TEXT, "Ana"), index.of("Ana"));
    }

    @Test
    void missingOrEmptyValuesHaveNoIndexSoTheyAreNeverDuplicates() {
        assertNull(index.of(null));
        assertNull(index.of("  \t "));
        assertNull(index.of(Kind.PHONE, "+"));
        assertNull(index.of(Kind.IBAN, " -- "));
    }

    @Test
    void theIndexKeySurvivesRotationAndReloading(@TempDir Path dir) {
        Path file = dir.resolve("keyring.properties");
        keyring.rotate().rotate().save(file);
        assertEquals(index.of(Kind.IBAN, "RS35260005601001611379"),
                MasterKeyring.load(file).blindIndex().of(Kind.IBAN, "RS35260005601001611379"));
    }
}
