package org.nstac.portal.payment.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nstac.portal.payment.report.PaymentFixtures.SERBIAN;
import static org.nstac.portal.payment.report.PaymentFixtures.pdfText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class PaymentTotalsRenderingTest {

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    @Test
    void thePdfShowsEveryGroupingInSerbian() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PaymentTotalsPdf.write(PaymentTotalsReportTest.report(), PaymentFixtures.text(SERBIAN), SERBIAN, out);
        String text = pdfText(out.toByteArray());
        for (String expected : List.of("Zbirni pregled isplata", "Period: 1. 3. 2026. – 30. 4. 2026.",
                "Sve isplate", "Po mesecima", "mart 2026.", "Po aktivnostima", "Dnevnica", "Po članovima", "Ćira",
                "=Mila", "8.300,00", "60,00", "Od toga kasni", "3.000,00")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        assertFalse(text.contains("'=Mila"), text);
    }

    @Test
    void theCsvHasOneRowPerGroupAndCurrencyWithPlainFigures() throws IOException {
        try (CSVParser parser = CSVParser.parse(csv(), READ)) {
            assertEquals(List.of("Grupisanje", "Grupa", "Valuta", "Obračunato", "Čeka odobrenje",
                    "Odobreno, još nije isplaćeno", "Isplaćeno", "Odbijeno ili stornirano", "Od toga kasni"),
                    parser.getHeaderNames());
            List<CSVRecord> rows = parser.getRecords();
            // overall 2 currencies, March 2 + April 1, 4 activities, 5 members, 1 funder in 2 currencies
            assertEquals(2 + 3 + 4 + 5 + 2, rows.size());
            CSVRecord dinars = rows.get(0);
            assertEquals(List.of("Sve isplate", "", "RSD", "8300.00", "1500.00", "3000.00", "1500.00", "2300.00",
                    "3000.00"), dinars.toList());
            assertEquals(List.of("Sve isplate", "", "EUR"), rows.get(1).toList().subList(0, 3));
            assertEquals(List.of("Mesec", "2026-03", "RSD"), rows.get(2).toList().subList(0, 3));
            assertEquals(List.of("Aktivnost", "Dan sastanka", "RSD"), rows.get(5).toList().subList(0, 3));
            assertEquals(List.of("Član", "'=Mila", "RSD", "1500.00"), rows.get(9).toList().subList(0, 4));
            assertEquals("Zora", rows.get(13).get(1));
            assertEquals(List.of("Finansijer", "COUNCIL_BUDGET", "RSD", "8300.00"), rows.get(14).toList().subList(0, 4),
                    "every payable has a funder, and the funders' totals are the overall totals");
            for (CSVRecord row : rows) {
                for (int column = 3; column < row.size(); column++) {
                    assertEquals(2, new BigDecimal(row.get(column)).scale(), row.toString());
                }
            }
        }
    }

    private static String csv() throws IOException {
        StringWriter out = new StringWriter();
        PaymentTotalsCsv.write(PaymentTotalsReportTest.report(), PaymentFixtures.text(SERBIAN), out);
        return out.toString();
    }
}
