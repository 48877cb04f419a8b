package org.nstac.portal.member.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nstac.portal.shared.DomainRuleViolation;

class IbanTest {

    @ParameterizedTest
    @CsvSource({
        "RS35260005601001611379, rs35 2600 0560 1001 6113 79",
        "DE89370400440532013000, de89-3704-0044-0532-0130-00",
        "GB82WEST12345698765432, GB82 west 1234 5698 7654 32",
        "BA391290079401028494, ba39 1290 0794 0102 8494",
        "ME25505000012345678951, ' ME25 5050 0001 2345 6789 51 '",
        "NO9386011117947, NO93 8601 1117 947",
        "MT84MALT011000012345MTLCAST001S, mt84 malt 0110 0001 2345 mtlc ast0 01s"})
    void validIbansAreAcceptedAsPeopleTypeThem(String compact, String typed) {
        assertEquals(compact, Iban.parse(typed).value());
        assertEquals(compact, Iban.parse(compact).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "RS35260005601001611378", // checksum: last digit mistyped
        "RS53260005601001611379", // checksum: check digits swapped
        "DE89370400440532013001",
        "RS832600056010016113790", // valid checksum, one digit too many for Serbia
        "RS0626000560100161137", // valid checksum, two digits too few for Serbia
        "QQ50260005601001611379", // valid checksum, no such country
        "US08260005601001611379", // valid checksum, a country without IBANs
        "RS35 2600 0560 1001 6113 7!",
        "RS3526000560100161137é",
        "R",
        "35RS260005601001611379"})
    void wrongIbansAreRefusedWithAKeyThatDoesNotRepeatTheNumber(String typed) {
        DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class, () -> Iban.parse(typed));
        assertEquals("member.iban.invalid", refusal.key());
        assertTrue(refusal.args().isEmpty());
        assertNoRunOfDigitsFrom(typed, refusal.getMessage());
        assertNoRunOfDigitsFrom(typed, refusal.toString());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "- -"})
    void anEmptyIbanIsRefused(String typed) {
        assertEquals("member.iban.invalid", assertThrows(DomainRuleViolation.class, () -> Iban.parse(typed)).key());
    }

    @Test
    void theFormattedFormGroupsByFour() {
        assertEquals("RS35 2600 0560 1001 6113 79", Iban.parse("RS35260005601001611379").formatted());
        assertEquals("NO93 8601 1117 947", Iban.parse("NO9386011117947").formatted());
    }

    @Test
    void theMaskedFormShowsOnlyCountryCheckDigitsAndTheLastTwo() {
        Iban iban = Iban.parse("RS35260005601001611379");
        assertEquals("RS35 **** **** **** **** 79", iban.masked());
        assertEquals("NO93 **** **** *47", Iban.parse("NO9386011117947").masked());
        assertEquals("RS", iban.countryCode());
    }

    @Test
    void toStringNeverShowsTheMiddleOfTheNumber() {
        Iban iban = Iban.parse("GB82WEST12345698765432");
        String logged = "paying into " + iban;
        assertEquals("paying into GB82 **** **** **** **** 32", logged);
        assertFalse(logged.contains("WEST"));
        assertFalse(logged.contains("123456"));
    }

    @Test
    void twoSpellingsOfTheSameAccountAreEqual() {
        assertEquals(Iban.parse("rs35 2600 0560 1001 6113 79"), Iban.parse("RS35260005601001611379"));
        assertEquals(Iban.parse("rs35 2600 0560 1001 6113 79").hashCode(),
                Iban.parse("RS35260005601001611379").hashCode());
        assertNotEquals(Iban.parse("RS35260005601001611379"), Iban.parse("DE89370400440532013000"));
    }

    private static void assertNoRunOfDigitsFrom(String typed, String text) {
        if (typed == null) {
            return;
        }
        Matcher digits = Pattern.compile("[0-9]{4,}").matcher(typed.replaceAll("[\\s-]", ""));
        while (digits.find()) {
            for (int i = 0; i + 4 <= digits.group().length(); i++) {
                String run = digits.group().substring(i, i + 4);
                assertFalse(text.contains(run), "the refusal repeats part of the number: " + run);
            }
        }
    }
}
