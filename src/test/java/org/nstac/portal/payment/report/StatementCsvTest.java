package org.nstac.portal.payment.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.nstac.portal.payment.report.PaymentFixtures.FORMULA;
import static org.nstac.portal.payment.report.PaymentFixtures.SERBIAN;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class StatementCsvTest {

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    @Test
    void theHeaderIsInTheReadersLanguageAndEveryLineIsOneRowAndNothingElse() throws IOException {
        try (CSVParser parser = CSVParser.parse(csv(PaymentFixtures.statement()), READ)) {
            assertEquals(List.of("Broj", "Datum", "Mesec", "Aktivnost", "Vrsta zadatka", "Opis", "Iznos", "Valuta",
                    "Stanje", "Odobreno dana", "Isplaćeno dana", "Referenca plaćanja", "Razlog", "Kasni"),
                    parser.getHeaderNames());
            List<CSVRecord> rows = parser.getRecords();
            assertEquals(PaymentFixtures.lines().size(), rows.size());
            for (CSVRecord row : rows) {
                assertEquals(14, row.size(), row.toString());
            }
        }
    }

    @Test
    void amountsReadBackAsTheSameDecimalsWithTheirCurrency() throws IOException {
        List<CSVRecord> rows = rows(PaymentFixtures.statement());
        List<StatementLine> lines = PaymentFixtures.statement().lines();
        for (int i = 0; i < lines.size(); i++) {
            StatementLine line = lines.get(i);
            CSVRecord row = rows.get(i);
            assertEquals(String.valueOf(line.payableId()), row.get("Broj"));
            assertEquals(line.amount().amount(), new BigDecimal(row.get("Iznos")));
            assertEquals(line.amount().currency().name(), row.get("Valuta"));
        }
        assertEquals("1500.00", rows.get(0).get("Iznos"));
        assertEquals("60.00", rows.get(1).get("Iznos"));
        assertEquals("EUR", rows.get(1).get("Valuta"));
    }

    @Test
    void wordsAreTranslatedAndDatesAreSortable() throws IOException {
        CSVRecord translation = rows(PaymentFixtures.statement()).get(2);
        assertEquals("2026-03-12", translation.get("Datum"));
        assertEquals("2026-03", translation.get("Mesec"));
        assertEquals("Sat rada na zadatku", translation.get("Aktivnost"));
        assertEquals("Prevođenje", translation.get("Vrsta zadatka"));
        assertEquals("Isplaćeno", translation.get("Stanje"));
        assertEquals("2026-03-20", translation.get("Odobreno dana"));
        assertEquals("2026-03-28", translation.get("Isplaćeno dana"));
        assertEquals("UPL-2026-0312", translation.get("Referenca plaćanja"));
        assertEquals("", translation.get("Kasni"));
        CSVRecord late = rows(PaymentFixtures.statement()).get(4);
        assertEquals("Kasni", late.get("Kasni"));
        assertEquals("", late.get("Isplaćeno dana"));
    }

    @Test
    void aDescriptionThatLooksLikeAFormulaIsNeutralised() throws IOException {
        List<CSVRecord> rows = rows(PaymentFixtures.statement());
        CSVRecord rejected = rows.get(3);
        assertEquals("'" + FORMULA, rejected.get("Opis"));
        assertEquals("Priprema je već obračunata uz sednicu.", rejected.get("Razlog"));
        for (CSVRecord row : rows) {
            for (String cell : row) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, cell);
            }
        }
    }

    @Test
    void theSpreadsheetVersionIsUtf8WithAByteOrderMark() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatementCsv.writeForSpreadsheets(PaymentFixtures.statement(), PaymentFixtures.text(SERBIAN), out);
        byte[] bytes = out.toByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals(csv(PaymentFixtures.statement()), new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    private static List<CSVRecord> rows(Statement statement) throws IOException {
        try (CSVParser parser = CSVParser.parse(csv(statement), READ)) {
            return parser.getRecords();
        }
    }

    private static String csv(Statement statement) throws IOException {
        StringWriter out = new StringWriter();
        StatementCsv.write(statement, PaymentFixtures.text(SERBIAN), out);
        return out.toString();
    }
}
