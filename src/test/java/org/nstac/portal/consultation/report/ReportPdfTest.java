package org.nstac.portal.consultation.report;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nstac.portal.consultation.report.ReportFixtures.CYRILLIC;
import static org.nstac.portal.consultation.report.ReportFixtures.ENGLISH;
import static org.nstac.portal.consultation.report.ReportFixtures.FORMULA;
import static org.nstac.portal.consultation.report.ReportFixtures.SCRIPT;
import static org.nstac.portal.consultation.report.ReportFixtures.SERBIAN;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nstac.portal.consultation.text.PdfCheck;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class ReportPdfTest {

    @Test
    void serbianLettersAndCyrillicComeOutAsWritten() throws IOException {
        String text = text(pdf(ReportFixtures.report(SERBIAN)));
        assertTrue(text.contains("Čačak đak"), text);
        assertTrue(text.contains("Čačak đak ćevap šuma žaba"), text);
        assertTrue(text.contains(CYRILLIC), text);
        assertTrue(text.contains("Ministarstvo unutrašnjih poslova"), text);
    }

    @Test
    void everyLetterIsDrawnInTheEmbeddedFontSoNoViewerSubstitutesOne() throws IOException {
        String raw = new String(pdf(ReportFixtures.report(SERBIAN)), StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("LiberationSans"), "the embedded font is used");
        assertTrue(raw.contains("/FontFile2"), "and embedded");
        assertFalse(raw.contains("/Helvetica"), "no standard font slips in (spacing, page numbers)");
    }

    @Test
    void markupAndFormulasInTitlesHeadingsAndCommentsPrintAsLiteralText() throws IOException {
        String text = text(pdf(ReportFixtures.report(SERBIAN)));
        assertTrue(text.contains("Zakon " + SCRIPT), "title: " + text);
        assertTrue(text.contains("Odeljak 2: " + FORMULA), "heading: " + text);
        assertTrue(text.contains("Savet traži " + SCRIPT + " izmene."), "position: " + text);
        assertTrue(text.contains("-delimično"), "reasons are not neutralised in a PDF: " + text);
        assertFalse(text.contains("'" + FORMULA), "the PDF is no spreadsheet: " + text);
    }

    @Test
    void everyCommentAndAnswerIsInTheReportEvenOnASectionTheDraftLost() throws IOException {
        String text = text(pdf(ReportFixtures.report(SERBIAN)));
        for (ReportComment comment : ReportFixtures.comments()) {
            for (String line : comment.body().split("\n")) {
                assertTrue(text.contains(line.strip()), line + " in " + text);
            }
        }
        assertTrue(text.contains("Odeljak 9"), text);
        assertTrue(text.contains("Odgovor: Delimično prihvaćeno"), text);
        assertTrue(text.contains("Obrazloženje: Slažemo se."), text);
        assertTrue(text.contains("Još bez odgovora"), text);
        assertTrue(text.contains("Otvoreno za komentare: 2. 3. 2026. 10:00"), text);
    }

    @Test
    void figuresAreWrittenInTheReadersLanguage() throws IOException {
        String serbian = text(pdf(ReportFixtures.report(SERBIAN)));
        assertTrue(serbian.contains("Medijana vremena do odgovora (u danima): 2,5"), serbian);
        assertTrue(serbian.contains("Prihvaćeno: 16,7 %"), serbian);
        assertTrue(serbian.contains("Članovi koji su ga podržali: 9"), serbian);
        for (String english : List.of("Section", "Whole draft", "Median", "Accepted", "Comments")) {
            assertFalse(serbian.contains(english), english + " in " + serbian);
        }
        String english = text(pdf(ReportFixtures.report(ENGLISH)));
        assertTrue(english.contains("Median time to answer (days): 2.5"), english);
        assertTrue(english.contains("Section 2: " + FORMULA), english);
        assertTrue(english.contains("Otvoreno za komentare: 2 Mar 2026, 10:00"), english);
    }

    @Test
    void theReportIsAPdfThePortalWouldAcceptAndSaysItsLanguage() throws IOException {
        byte[] pdf = pdf(ReportFixtures.report(SERBIAN));
        assertDoesNotThrow(() -> PdfCheck.check(pdf));
        PdfReader reader = new PdfReader(pdf);
        try {
            assertEquals("sr-Latn", reader.getCatalog().getAsString(PdfName.LANG).toUnicodeString());
            assertEquals("Zakon " + SCRIPT, reader.getInfo().get("Title"));
        } finally {
            reader.close();
        }
    }

    @Test
    void aReportWithoutCommentsOrPositionStillReads() throws IOException {
        ConsultationReport report = ReportFixtures.report(ENGLISH);
        ConsultationReport empty = new ConsultationReport(report.title(), "", report.ministryName(), List.of(),
                report.sections(), List.of(), null, report.labels());
        String text = text(pdf(empty));
        assertTrue(text.contains("No answers yet"), text);
        assertTrue(text.contains("No comments."), text);
        assertFalse(text.contains("The council's position"), text);
    }

    private static byte[] pdf(ConsultationReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportPdf.write(report, out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
