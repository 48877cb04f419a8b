package org.nstac.portal.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.terms.domain.TermsAcceptance;
import org.nstac.portal.terms.domain.TermsVersion;

/** A version of the terms: in order, with texts within limits; only the version in force can be accepted. */
class TermsVersionTest {

    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");
    private static final String EN = "Role. " + "You choose your roles. ".repeat(10) + "\n\n  Pay. At the rate card.";
    private static final String SR = "Uloga. " + "Birate svoje uloge. ".repeat(12);

    @Test
    void theNextVersionFollowsTheCurrentOneWithoutGaps() {
        assertEquals(3, TermsVersion.next(2, null, EN, SR, AT, "admin").getVersion(), "left out: the next one");
        assertEquals(3, TermsVersion.next(2, 3, EN, SR, AT, "admin").getVersion());
        for (int wrong : new int[] {1, 2, 4, 0, -1}) {
            DomainRuleViolation v = assertThrows(DomainRuleViolation.class,
                    () -> TermsVersion.next(2, wrong, EN, SR, AT, "admin"));
            assertEquals(TermsVersion.VERSION_ORDER, v.key());
            assertEquals(List.of(3), v.args(), "the message names the version expected");
        }
    }

    @Test
    void aTextTooShortOrTooLongIsRefusedInEitherLanguage() {
        String shortText = "x".repeat(TermsVersion.MIN_LENGTH - 1);
        assertEquals(TermsVersion.TEXT_TOO_SHORT, assertThrows(DomainRuleViolation.class,
                () -> TermsVersion.next(0, 1, shortText, SR, AT, "admin")).key());
        assertEquals(TermsVersion.TEXT_TOO_SHORT, assertThrows(DomainRuleViolation.class,
                () -> TermsVersion.next(0, 1, EN, "  " + shortText + "\n ", AT, "admin")).key());
        assertEquals(TermsVersion.TEXT_TOO_SHORT, assertThrows(DomainRuleViolation.class,
                () -> TermsVersion.next(0, 1, EN, null, AT, "admin")).key());
        assertEquals(TermsVersion.TEXT_TOO_LONG, assertThrows(DomainRuleViolation.class,
                () -> TermsVersion.next(0, 1, "y".repeat(TermsVersion.MAX_LENGTH + 1), SR, AT, "admin")).key());
    }

    @Test
    void theTextIsReadInTheReadersLanguageAsParagraphs() {
        TermsVersion v = TermsVersion.next(0, 1, EN, SR, AT, "admin");
        assertEquals(2, v.paragraphsIn(Locale.ENGLISH).size());
        assertEquals("Pay. At the rate card.", v.paragraphsIn(Locale.ENGLISH).get(1));
        assertEquals(SR.strip(), v.textIn(Locale.forLanguageTag("sr-Latn")));
    }

    @Test
    void onlyTheVersionInForceCanBeAccepted() {
        TermsVersion current = TermsVersion.next(1, 2, EN, SR, AT, "admin");
        assertEquals(2, TermsAcceptance.of("m-1", 2, current, AT, "sunflower").getVersion());
        for (int other : new int[] {1, 3}) {
            DomainRuleViolation v = assertThrows(DomainRuleViolation.class,
                    () -> TermsAcceptance.of("m-1", other, current, AT, "sunflower"));
            assertEquals(TermsAcceptance.NOT_CURRENT, v.key());
            assertEquals(List.of(2), v.args());
        }
    }
}
