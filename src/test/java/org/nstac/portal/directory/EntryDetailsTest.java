package org.nstac.portal.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nstac.portal.directory.domain.EntryDetails;
import org.nstac.portal.directory.domain.EntryLinks;
import org.nstac.portal.directory.domain.ListedEntry;
import org.nstac.portal.directory.domain.Service;
import org.nstac.portal.directory.domain.SpokenLanguage;
import org.nstac.portal.shared.DomainRuleViolation;

/** What a directory entry may say: links, services, languages, required texts and lengths. */
class EntryDetailsTest {

    private static EntryDetails.Draft draft() {
        return new EntryDetails.Draft("Legal aid centre", List.of("LEGAL"), List.of("sr", "en"), "Belgrade",
                "+381 11 000 0001", "help@example.org", "https://help.example.org/", "Mon–Fri 09:00–17:00",
                "Free legal advice.", "Besplatan pravni savet.");
    }

    private static EntryDetails.Draft with(String field, Object value) {
        EntryDetails.Draft d = draft();
        return new EntryDetails.Draft(
                field.equals("organisation") ? (String) value : d.organisation(),
                field.equals("services") ? asList(value) : d.services(),
                field.equals("languages") ? asList(value) : d.languages(),
                field.equals("area") ? (String) value : d.area(),
                field.equals("phone") ? (String) value : d.phone(),
                field.equals("email") ? (String) value : d.email(),
                field.equals("website") ? (String) value : d.website(),
                field.equals("hours") ? (String) value : d.hours(),
                field.equals("en") ? (String) value : d.descriptionEn(),
                field.equals("sr") ? (String) value : d.descriptionSr());
    }

    @SuppressWarnings("unchecked")
    private static List<String> asList(Object value) {
        return (List<String>) value;
    }

    private static String refusal(EntryDetails.Draft d) {
        return assertThrows(DomainRuleViolation.class, () -> EntryDetails.check(d)).key();
    }

    @Test
    void aGoodEntryIsKeptAsTypedOnlyTidied() {
        EntryDetails e = EntryDetails.check(new EntryDetails.Draft("  Legal\n aid   centre ", List.of("legal", " SHELTER",
                "LEGAL"), List.of(" ROM", "sr"), " Novi  Sad ", null, "", "  https://help.example.org/a?b=c#d  ",
                "Mon–Fri\r\n09:00–17:00 ", "Free <b>legal</b> advice.\u0007", "Besplatan savet."));
        assertEquals("Legal aid centre", e.organisation());
        assertEquals(EnumSet.of(Service.LEGAL, Service.SHELTER), e.services());
        assertEquals(EnumSet.of(SpokenLanguage.ROM, SpokenLanguage.SR), e.languages());
        assertEquals("Novi Sad", e.area());
        assertNull(e.phone());
        assertNull(e.email(), "an empty field is no address");
        assertEquals("https://help.example.org/a?b=c#d", e.website());
        assertEquals("Mon–Fri\n09:00–17:00", e.hours(), "line breaks stay in the opening hours");
        assertEquals("Free <b>legal</b> advice.", e.descriptionEn(), "markup is kept as text, control characters go");
    }

    @Test
    void onlyPlainWebAddressesAreAccepted() {
        for (String bad : List.of("javascript:alert(1)", " JavaScript:alert(document.cookie)", "data:text/html,<script>",
                "vbscript:msgbox", "file:///etc/passwd", "ftp://files.example.org/", "//example.org/", "example.org",
                "https://", "https:///path", "https://user:pass@example.org/", "https://help.example.org@evil.example/",
                "https://exa mple.org/", "https://example.org/\u0000", "http:example.org", "mailto:a@example.org",
                "https://example.org/" + "a".repeat(EntryLinks.MAX_WEBSITE_LENGTH))) {
            assertEquals("directory.website.invalid", refusal(with("website", bad)), bad);
            assertNull(EntryLinks.websiteHref(bad), bad);
        }
        for (String good : List.of("https://example.org", "http://example.org/path?q=1", "HTTPS://EXAMPLE.ORG/",
                "https://xn--ni-ena.example.org/")) {
            assertEquals(good, EntryDetails.check(with("website", good)).website(), good);
            assertEquals(good, EntryLinks.websiteHref(good));
        }
    }

    @Test
    void phoneNumbersAndEmailAddressesBecomeOnlyTelAndMailtoLinks() {
        assertEquals("tel:+381110000001", EntryLinks.phoneHref("+381 (11) 000-0001"));
        assertEquals("mailto:help@example.org", EntryLinks.emailHref("help@example.org"));
        for (String bad : List.of("javascript:alert(1)", "+381 11 000 0001 ext. 2", "0800+123", "12", "<script>",
                "1".repeat(EntryLinks.MAX_PHONE_LENGTH + 1))) {
            assertEquals("directory.phone.invalid", refusal(with("phone", bad)), bad);
            assertNull(EntryLinks.phoneHref(bad), bad);
        }
        for (String bad : List.of("help", "help@", "@example.org", "a@b@example.org", "help@example",
                "help@example..org", "a b@example.org", "help?cc=x@example.org", "help@example.org?subject=x",
                "\"x\"@example.org", "javascript:alert(1)//@example.org")) {
            assertEquals("directory.email.invalid", refusal(with("email", bad)), bad);
            assertNull(EntryLinks.emailHref(bad), bad);
        }
    }

    @Test
    void atLeastOneWayToReachTheServiceIsNeeded() {
        EntryDetails.Draft d = draft();
        assertEquals("directory.contact.required", refusal(new EntryDetails.Draft(d.organisation(), d.services(),
                d.languages(), d.area(), " ", null, "", d.hours(), d.descriptionEn(), d.descriptionSr())));
        assertEquals("+381 11 000 0001", EntryDetails.check(new EntryDetails.Draft(d.organisation(), d.services(),
                d.languages(), d.area(), d.phone(), null, null, null, d.descriptionEn(), d.descriptionSr())).phone());
    }

    @Test
    void servicesAndLanguagesComeFromTheListsAndAtLeastOneOfEach() {
        assertEquals("directory.services.required", refusal(with("services", List.of())));
        assertEquals("directory.services.required", refusal(with("services", null)));
        assertEquals("directory.service.unknown", refusal(with("services", List.of("LEGAL", "ADVICE"))));
        assertEquals("directory.service.unknown", refusal(with("services", Arrays.asList("LEGAL", null))));
        assertEquals("directory.languages.required", refusal(with("languages", List.of())));
        DomainRuleViolation unknown = assertThrows(DomainRuleViolation.class,
                () -> EntryDetails.check(with("languages", List.of("sr", "klingon"))));
        assertEquals("directory.language.unknown", unknown.key());
        assertEquals(List.of(SpokenLanguage.allTags()), unknown.args(), "the message names the known tags");
        assertTrue(SpokenLanguage.allTags().contains("rom"));
        assertEquals("directory.language.unknown", refusal(with("languages", List.of("sr-Latn"))));
        for (Service s : Service.values()) {
            assertEquals(Set.of(s), EntryDetails.check(with("services", List.of(s.name()))).services());
        }
        for (SpokenLanguage l : SpokenLanguage.values()) {
            assertEquals(Set.of(l), EntryDetails.check(with("languages", List.of(l.tag()))).languages());
        }
    }

    @Test
    void requiredTextsAreRequired() {
        assertEquals("directory.organisation.required", refusal(with("organisation", null)));
        assertEquals("directory.organisation.required", refusal(with("organisation", " \n\t ")));
        assertEquals("directory.area.required", refusal(with("area", "")));
        assertEquals("directory.description.en.required", refusal(with("en", null)));
        assertEquals("directory.description.sr.required", refusal(with("sr", "   ")));
    }

    @Test
    void overLongFieldsAreRefusedWithTheLimit() {
        assertLimit("organisation", EntryDetails.MAX_ORGANISATION, "directory.organisation.tooLong");
        assertLimit("area", EntryDetails.MAX_AREA, "directory.area.tooLong");
        assertLimit("hours", EntryDetails.MAX_HOURS, "directory.hours.tooLong");
        assertLimit("en", EntryDetails.MAX_DESCRIPTION, "directory.description.tooLong");
        assertLimit("sr", EntryDetails.MAX_DESCRIPTION, "directory.description.tooLong");
        // Characters as people count them: 1000 letters outside the Basic Multilingual Plane still fit.
        assertEquals(1000, EntryDetails.check(with("en", "😀".repeat(1000))).descriptionEn().codePointCount(0, 2000));
    }

    private static void assertLimit(String field, int max, String key) {
        EntryDetails.check(with(field, "ž".repeat(max)));
        DomainRuleViolation tooLong = assertThrows(DomainRuleViolation.class,
                () -> EntryDetails.check(with(field, "ž".repeat(max + 1))));
        assertEquals(key, tooLong.key(), field);
        assertEquals(List.of(max), tooLong.args(), field);
    }

    @Test
    void aRefusalNeverRepeatsWhatWasTyped() {
        for (EntryDetails.Draft d : List.of(with("website", "javascript:alert('canary')"),
                with("email", "canary<script>@x"), with("phone", "canary"), with("languages", List.of("canary")),
                with("services", List.of("canary")))) {
            DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class, () -> EntryDetails.check(d));
            assertFalse(refusal.getMessage().contains("canary"));
            assertFalse(refusal.args().toString().contains("canary"));
        }
    }

    @Test
    void aListedEntryBuildsItsLinksAgainSoATamperedRowLinksNowhere() {
        EntryDetails tampered = new EntryDetails("X", Set.of(Service.OTHER), Set.of(SpokenLanguage.SR), "Belgrade",
                "javascript:alert(1)", "x@example.org?bcc=y@example.org", "javascript:alert(1)", null, "a", "b");
        ListedEntry listed = new ListedEntry(1, tampered, java.time.LocalDate.of(2026, 1, 1), false);
        assertNull(listed.websiteHref());
        assertNull(listed.phoneHref());
        assertNull(listed.emailHref());
        assertEquals(List.of(Service.LEGAL, Service.SHELTER, Service.UNION),
                new ListedEntry(2, EntryDetails.check(with("services", List.of("UNION", "LEGAL", "SHELTER"))),
                        java.time.LocalDate.of(2026, 1, 1), false).services(), "services in the list's order");
    }
}
