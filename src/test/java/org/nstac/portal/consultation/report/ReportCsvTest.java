package org.nstac.portal.consultation.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.nstac.portal.consultation.report.ReportFixtures.FORMULA;
import static org.nstac.portal.consultation.report.ReportFixtures.MULTI_LINE;
import static org.nstac.portal.consultation.report.ReportFixtures.SCRIPT;
import static org.nstac.portal.consultation.report.ReportFixtures.SERBIAN;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.nstac.portal.consultation.report.ReportLabels.Label;

class ReportCsvTest {

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    @Test
    void everyCommentIsOneRowThatParsesBack() throws IOException {
        try (CSVParser parser = CSVParser.parse(csv(ReportFixtures.report(SERBIAN)), READ)) {
            assertEquals(List.of("Odeljak", "Autor", "Komentar", "Objavljeno", "Odgovor", "Obrazloženje",
                    "Odgovoreno"), parser.getHeaderNames());
            List<CSVRecord> rows = parser.getRecords();
            assertEquals(ReportFixtures.comments().size(), rows.size());
            for (CSVRecord row : rows) {
                assertEquals(7, row.size(), row.toString());
            }
        }
    }

    @Test
    void rowsComeInReadingOrderWithTranslatedWordsAndSortableDates() throws IOException {
        List<CSVRecord> rows = rows(ReportFixtures.report(SERBIAN));
        assertEquals(List.of("Ceo nacrt", "1", "2", "2", "3", "9"), rows.stream().map(r -> r.get(0)).toList());
        CSVRecord wholeDraft = rows.get(0);
        assertEquals("Zora", wholeDraft.get("Autor"));
        assertEquals("2026-03-03 10:00", wholeDraft.get("Objavljeno"));
        assertEquals("Prihvaćeno", wholeDraft.get("Odgovor"));
        assertEquals("Slažemo se.", wholeDraft.get("Obrazloženje"));
        assertEquals("2026-03-04 10:00", wholeDraft.get("Odgovoreno"));
        CSVRecord waiting = rows.get(4);
        assertEquals(List.of("", "", ""), List.of(waiting.get(4), waiting.get(5), waiting.get(6)));
    }

    @Test
    void cellsThatLookLikeFormulasAreNeutralisedAndMarkupStaysText() throws IOException {
        List<CSVRecord> rows = rows(ReportFixtures.report(SERBIAN));
        assertEquals(SCRIPT, rows.get(1).get("Komentar"));
        assertEquals("'-delimično", rows.get(1).get("Obrazloženje"));
        assertEquals("'@Mila", rows.get(2).get("Autor"));
        assertEquals("'" + FORMULA, rows.get(2).get("Komentar"));
        assertEquals("'+razlog", rows.get(2).get("Obrazloženje"));
        assertEquals("'\tTab na početku", rows.get(4).get("Komentar"));
        assertEquals("Opšti komentar: =1+1 i Čačak đak ćevap šuma žaba", rows.get(0).get("Komentar"));
        for (CSVRecord row : rows) {
            for (String cell : row) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, cell);
            }
        }
    }

    @Test
    void quotesCommasAndLineBreaksSurviveTheRoundTrip() throws IOException {
        assertEquals(MULTI_LINE, rows(ReportFixtures.report(SERBIAN)).get(3).get("Komentar"));
    }

    @Test
    void headersAreNeutralisedToo() throws IOException {
        ConsultationReport report = ReportFixtures.report(SERBIAN);
        Map<Label, String> words = new EnumMap<>(report.labels().words());
        words.put(Label.AUTHOR, "=cmd|' /C calc'!A0");
        ConsultationReport hostile = new ConsultationReport(report.title(), report.summary(),
                report.ministryName(), report.phases(), report.sections(), report.comments(),
                report.councilPosition(), new ReportLabels(SERBIAN, ReportFixtures.BELGRADE, words));
        try (CSVParser parser = CSVParser.parse(csv(hostile), READ)) {
            assertEquals("'=cmd|' /C calc'!A0", parser.getHeaderNames().get(1));
        }
    }

    @Test
    void theSpreadsheetVersionIsUtf8WithAByteOrderMark() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportCsv.writeForSpreadsheets(ReportFixtures.report(SERBIAN), out);
        byte[] bytes = out.toByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals(csv(ReportFixtures.report(SERBIAN)), text);
    }

    @Test
    void anEnglishReportHasEnglishHeaders() throws IOException {
        try (CSVParser parser = CSVParser.parse(csv(ReportFixtures.report(ReportFixtures.ENGLISH)), READ)) {
            assertEquals(List.of("Section", "Author", "Comment", "Posted", "Answer", "Reason", "Answered"),
                    parser.getHeaderNames());
            assertEquals("Whole draft", parser.getRecords().get(0).get(0));
        }
    }

    private static List<CSVRecord> rows(ConsultationReport report) throws IOException {
        try (CSVParser parser = CSVParser.parse(csv(report), READ)) {
            return parser.getRecords();
        }
    }

    private static String csv(ConsultationReport report) throws IOException {
        StringWriter out = new StringWriter();
        ReportCsv.write(report, out);
        return out.toString();
    }
}
