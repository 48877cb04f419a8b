package org.nstac.portal.payment.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nstac.portal.payment.report.PaymentFixtures.ENGLISH;
import static org.nstac.portal.payment.report.PaymentFixtures.FORMULA;
import static org.nstac.portal.payment.report.PaymentFixtures.SERBIAN;
import static org.nstac.portal.payment.report.PaymentFixtures.pdfText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;

class StatementPdfTest {

    @Test
    void aSerbianStatementShowsThePseudonymSerbianWordsAndEveryAmount() throws IOException {
        String text = pdfText(pdf(PaymentFixtures.statement(), SERBIAN));
        for (String expected : List.of("Izvod o isplatama", "Član: Zora Đurić", "Period: 1. 3. 2026. – 30. 4. 2026.",
                "Čeka odobrenje", "Isplaćeno", "Odbijeno ili stornirano", "Prevođenje", "Vršnjačka podrška",
                "troškovi", "Po mesecima", "mart 2026.", "april 2026.", "Po aktivnostima", "Sve stavke u ovom periodu",
                "Beograd – Užice i nazad", "1.500,00 RSD", "3.000,00 RSD", "2.400,00 RSD", "60,00 EUR", "11.900,00",
                "UPL-2026-0312", "Banka je vratila uplatu.", "Odobreno dana:")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        for (String english : List.of("Paid", "Approved", "Meeting day", "Late", "Month")) {
            assertFalse(text.contains(english), english + " in " + text);
        }
    }

    @Test
    void anEnglishStatementIsInEnglishWithEnglishNumbers() throws IOException {
        String text = pdfText(pdf(PaymentFixtures.statement(), ENGLISH));
        for (String expected : List.of("Payment statement", "Member: Zora Đurić", "Awaiting approval",
                "March 2026", "1,500.00 RSD", "11,900.00", "Translation", "Travel per kilometre")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        assertFalse(text.contains("Isplaćeno"), text);
    }

    @Test
    void aLateLineIsMarkedAndLateIsExplained() throws IOException {
        String text = pdfText(pdf(PaymentFixtures.statement(), SERBIAN));
        assertTrue(text.contains("Kasni: odobreno, ali nije isplaćeno"), text);
        String late = between(text, "2. 4. 2026.Dan sastanka", "9. 4. 2026.");
        assertTrue(late.contains("Kasni"), late);
        String paid = between(text, "12. 3. 2026.Sat rada", "20. 3. 2026.Sat pripreme");
        assertFalse(paid.contains("Kasni"), paid);
    }

    @Test
    void aStatementWithoutLateLinesDoesNotExplainLate() throws IOException {
        Statement statement = PaymentFixtures.statement();
        Statement onTime = new Statement(statement.pseudonym(), statement.from(), statement.to(),
                statement.lines().stream().filter(line -> !line.late()).toList());
        assertFalse(pdfText(pdf(onTime, SERBIAN)).contains("Kasni:"));
    }

    @Test
    void textThatLooksLikeAFormulaOrMarkupPrintsAsWritten() throws IOException {
        String text = pdfText(pdf(PaymentFixtures.statement(), SERBIAN));
        assertTrue(text.contains("=HYPERLINK("), text);
        assertFalse(text.contains("'" + FORMULA.substring(0, 5)), "the PDF is no spreadsheet: " + text);
    }

    @Test
    void everyLetterIsInTheEmbeddedFontAndThePdfSaysItsLanguage() throws IOException {
        byte[] pdf = pdf(PaymentFixtures.statement(), SERBIAN);
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("LiberationSans") && raw.contains("/FontFile2"), "the font is embedded");
        assertFalse(raw.contains("/Helvetica"), "no standard font slips in");
        PdfReader reader = new PdfReader(pdf);
        try {
            assertEquals("sr-Latn", reader.getCatalog().getAsString(PdfName.LANG).toUnicodeString());
            assertEquals("Izvod o isplatama: Zora Đurić", reader.getInfo().get("Title"));
        } finally {
            reader.close();
        }
    }

    @Test
    void aStatementWithoutPaymentsSaysSo() throws IOException {
        Statement empty = new Statement("Zora", PaymentFixtures.MARCH, PaymentFixtures.APRIL, List.of());
        String text = pdfText(pdf(empty, SERBIAN));
        assertTrue(text.contains("U ovom periodu nema isplata."), text);
        assertFalse(text.contains("Po mesecima"), text);
    }

    @Test
    void aMissingWordFailsBeforeAnythingIsWritten() {
        Function<String, String> serbian = PaymentFixtures.text(SERBIAN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(IllegalArgumentException.class, () -> StatementPdf.write(PaymentFixtures.statement(),
                key -> key.equals("payment.statement.lines") ? null : serbian.apply(key), SERBIAN, out));
        assertEquals(0, out.size());
    }

    /** The text of one table row: from where it starts to where the next one starts. */
    private static String between(String text, String start, String next) {
        int from = text.indexOf(start);
        int to = text.indexOf(next, from + 1);
        assertTrue(from >= 0 && to > from, start + " then " + next + " in " + text);
        return text.substring(from, to);
    }

    private static byte[] pdf(Statement statement, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatementPdf.write(statement, PaymentFixtures.text(locale), locale, out);
        return out.toByteArray();
    }
}
