package org.nstac.portal.payment.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nstac.portal.payment.report.PaymentFixtures.ENGLISH;
import static org.nstac.portal.payment.report.PaymentFixtures.SERBIAN;
import static org.nstac.portal.payment.report.PaymentFixtures.pdfText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ParityRenderingTest {

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    @Test
    void thePdfShowsEachRateNextToItsReferenceWithDifferenceAndPercentage() throws IOException {
        String text = pdfText(pdf(SERBIAN));
        for (String expected : List.of("Iznosi za članove i referentni iznosi za stručnjake",
                "Član nikada nije plaćen manje", "Važi od", "Dan sastanka", "3.000,00 RSD", "2.500,00 RSD",
                "500,00 RSD", "120 %", "133,3 %", "100 %", "Prevođenje", "Sve ostale vrste", "Bez reference",
                "1. 1. 2026.")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        String english = pdfText(pdf(ENGLISH));
        assertTrue(english.contains("133.3 %") && english.contains("No reference"), english);
    }

    @Test
    void theCsvHasPlainFiguresAndNoPercentageWithoutAReference() throws IOException {
        StringWriter out = new StringWriter();
        ParityCsv.write(ParityReportTest.report(), PaymentFixtures.text(SERBIAN), out);
        try (CSVParser parser = CSVParser.parse(out.toString(), READ)) {
            assertEquals(List.of("Aktivnost", "Vrsta zadatka", "Važi od", "Valuta", "Iznos za člana",
                    "Referentni iznos za stručnjaka", "Razlika", "Iznos za člana u % reference"),
                    parser.getHeaderNames());
            List<CSVRecord> rows = parser.getRecords();
            assertEquals(List.of("Dan sastanka", "", "2026-01-01", "RSD", "3000.00", "2500.00", "500.00", "120.0"),
                    rows.get(0).toList());
            assertEquals(List.of("Sat rada na zadatku", "Sve ostale vrste"), rows.get(1).toList().subList(0, 2));
            assertEquals("100.0", rows.get(1).get(7));
            assertEquals(List.of("Prevođenje", "133.3"), List.of(rows.get(2).get(1), rows.get(2).get(7)));
            assertEquals(List.of("Dnevnica", "", "2026-01-01", "EUR", "60.00", "0.00", "60.00", ""),
                    rows.get(3).toList());
            assertEquals(4, rows.size());
        }
    }

    private static byte[] pdf(Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ParityPdf.write(ParityReportTest.report(), PaymentFixtures.text(locale), locale, out);
        return out.toByteArray();
    }
}
