package org.nstac.portal.member.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** "Download my data" as a PDF: what a member reads in it, in their language. */
class MemberDataPdfTest {

    private static final Locale SERBIAN = Locale.forLanguageTag("sr-Latn");

    private static JsonObject export() {
        return Json.createObjectBuilder()
                .add("exportedAt", "2026-12-03T23:30:00Z")
                .add("member", Json.createObjectBuilder().add("pseudonym", "Sunflower").add("status", "ACTIVE")
                        .add("admittedAt", "2025-03-01"))
                .add("comments", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("body", "<script>alert('x')</script> Shelters need čćžšđ")
                                .add("answer", Json.createObjectBuilder().add("disposition", "ACCEPTED"))
                                .add("internal", false)))
                .add("workLogs", Json.createArrayBuilder())
                .add("topics", Json.createArrayBuilder().add("labour").add("courts"))
                .build();
    }

    @Test
    void theMemberReadsEverySectionUnderAHeadingInTheirLanguageWithDatesInTheCouncilsZone() throws Exception {
        String text = text(export(), SERBIAN);
        assertTrue(text.contains("Sve što portal saveta čuva o vama"), text);
        assertTrue(text.contains("Vaš zapis u savetu"), "the record's heading in Serbian: " + text);
        assertTrue(text.contains("Vaši komentari"), text);
        assertTrue(text.contains("Vreme koje ste upisali"), text);
        assertTrue(text.contains("Ništa nije sačuvano."), "an empty section says so: " + text);
        assertTrue(text.contains("Sunflower"), text);
        assertTrue(text.contains("čćžšđ"), "Serbian letters survive: " + text);
        assertTrue(text.contains("<script>alert('x')</script>"), "a value is set as text, as written: " + text);
        assertTrue(text.contains("4.12.2026.") || text.contains("4. 12. 2026."),
                "23:30 UTC on 3 December is 4 December in Belgrade: " + text);
        assertTrue(text.contains("Europe/Belgrade"), "the zone is named: " + text);
        assertTrue(text.contains("labour, courts"), text);
        assertTrue(text.contains("ne"), "false reads as no: " + text);
        assertFalse(text.contains("2026-12-03T23:30:00Z"), "no raw ISO time: " + text);
    }

    @Test
    void anUnknownFieldReadsAsWordsAndEnglishHeadingsComeFromTheBundle() throws Exception {
        String text = text(export(), Locale.ENGLISH);
        assertTrue(text.contains("Everything the council portal holds about you"), text);
        assertTrue(text.contains("Time you logged"), text);
        assertTrue(text.contains("Nothing held."), text);
        assertEquals("Work logs", MemberDataPdf.label(k -> k, "member.export.section.", "workLogs"));
        assertEquals("Steps aside", MemberDataPdf.label(k -> k, "member.export.field.", "stepsAside"));
    }

    private static String text(JsonObject export, Locale locale) throws Exception {
        ResourceBundle bundle = ResourceBundle.getBundle("org.nstac.portal.i18n.messages", locale);
        Function<String, String> lookup = key -> bundle.containsKey(key) ? bundle.getString(key) : key;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MemberDataPdf.write(export, lookup, locale, out);
        return org.nstac.portal.it.Pdfs.text(out.toByteArray());
    }
}
