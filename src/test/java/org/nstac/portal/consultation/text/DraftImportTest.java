package org.nstac.portal.consultation.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.nstac.portal.consultation.text.DraftImport.Format;
import org.nstac.portal.shared.DomainRuleViolation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

class DraftImportTest {

    // --- Markdown

    @Test
    void markdownHeadingsStartSectionsAndTheParagraphsUnderThemBecomeTheirText() {
        List<DraftSection> sections = DraftImport.fromMarkdown("""
                # Član 1

                Ovim zakonom uređuju se *prava* članova.

                Drugi stav.

                ## Član 2
                Treći stav
                u dva reda.
                """);
        assertEquals(List.of(
                new DraftSection("Član 1", "Ovim zakonom uređuju se prava članova.\n\nDrugi stav."),
                new DraftSection("Član 2", "Treći stav\nu dva reda.")), sections);
    }

    @Test
    void textBeforeTheFirstHeadingBecomesAPreambleWithAnEmptyHeading() {
        List<DraftSection> sections = DraftImport.fromMarkdown("Uvodna napomena.\n\n# Član 1\n\nTekst.");
        assertEquals(2, sections.size());
        assertEquals(new DraftSection(DraftImport.PREAMBLE_HEADING, "Uvodna napomena."), sections.get(0));
        assertTrue(sections.get(0).isPreamble());
    }

    @Test
    void blankLinesBeforeTheFirstHeadingMakeNoPreamble() {
        List<DraftSection> sections = DraftImport.fromMarkdown("\n\n   \n# Član 1\n\nTekst.");
        assertEquals(List.of(new DraftSection("Član 1", "Tekst.")), sections);
    }

    @Test
    void deeperHeadingsStayInTheTextOfTheirSection() {
        List<DraftSection> sections = DraftImport.fromMarkdown("## Glava I\n\n### Član 1\n\nTekst.\n\n- a\n- b");
        assertEquals(List.of(new DraftSection("Glava I", "Član 1\n\nTekst.\n\n- a\n- b")), sections);
    }

    @Test
    void aHeadingWithoutWordsStartsNoSection() {
        List<DraftSection> sections = DraftImport.fromMarkdown("# Član 1\n\nA\n\n#\n\nB");
        assertEquals(List.of(new DraftSection("Član 1", "A\n\nB")), sections);
    }

    @Test
    void markupInTheDraftStaysLiteralText() {
        List<DraftSection> sections = DraftImport.fromMarkdown(
                "# <script>alert(1)</script>\n\n<script>alert(2)</script>\n\n[klik](javascript:alert(3))");
        assertEquals("<script>alert(1)</script>", sections.get(0).heading());
        assertTrue(sections.get(0).text().contains("<script>alert(2)</script>"), sections.get(0).text());
    }

    @Test
    void markdownBytesMayCarryAByteOrderMark() {
        byte[] bytes = ("\uFEFF# Član 1\n\nTekst.").getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(new DraftSection("Član 1", "Tekst.")), DraftImport.fromMarkdown(bytes));
    }

    @Test
    void markdownThatIsNotUtf8IsUnreadable() {
        byte[] windows1250 = "# Član 1\n\nČačak".getBytes(java.nio.charset.Charset.forName("windows-1250"));
        assertRule(DraftImport.UNREADABLE, () -> DraftImport.fromMarkdown(windows1250));
    }

    @Test
    void markdownWithoutHeadingsHasNoSections() {
        assertRule(DraftImport.NO_SECTIONS, () -> DraftImport.fromMarkdown("Samo tekst.\n\nI još teksta."));
        assertRule(DraftImport.NO_SECTIONS, () -> DraftImport.fromMarkdown(""));
    }

    // --- DOCX

    @Test
    void docxHeadingsAreFoundByStyleIdWhenTheDocumentDefinesNoStyles() {
        byte[] docx = TestFiles.docx(document -> {
            paragraph(document, null, "Uvod pre prvog naslova.");
            paragraph(document, "Heading1", "Član 1");
            paragraph(document, null, "Prvi stav.");
            paragraph(document, null, "   ");
            paragraph(document, null, "Drugi stav.");
            paragraph(document, "Heading2", "Član 2");
            paragraph(document, "Heading3", "Podnaslov");
            paragraph(document, null, "Treći stav.");
        });
        assertEquals(List.of(
                new DraftSection("", "Uvod pre prvog naslova."),
                new DraftSection("Član 1", "Prvi stav.\n\nDrugi stav."),
                new DraftSection("Član 2", "Podnaslov\n\nTreći stav.")), DraftImport.fromDocx(docx));
    }

    @Test
    void docxHeadingsAreFoundByWordsBuiltInNameWhenTheStyleIdIsTranslated() {
        // Word in Serbian saves "heading 1" with the id "Naslov1"; a house style may be based on it.
        byte[] docx = TestFiles.docx(document -> {
            XWPFStyles styles = document.createStyles();
            styles.addStyle(style("Naslov1", "heading 1", null));
            styles.addStyle(style("Naslov", "Title", null));
            styles.addStyle(style("ClanZakona", "Član zakona", "Naslov1"));
            paragraph(document, "Naslov", "Zakon o savetu");
            paragraph(document, "Naslov1", "Glava I");
            paragraph(document, null, "Tekst glave.");
            paragraph(document, "ClanZakona", "Član 1");
            paragraph(document, null, "Tekst člana.");
        });
        assertEquals(List.of(
                new DraftSection("Zakon o savetu", ""),
                new DraftSection("Glava I", "Tekst glave."),
                new DraftSection("Član 1", "Tekst člana.")), DraftImport.fromDocx(docx));
    }

    @Test
    void aDocxParagraphWithAnOutlineLevelIsAHeading() {
        byte[] docx = TestFiles.docx(document -> {
            XWPFParagraph heading = paragraph(document, null, "Član 1");
            heading.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.ONE);
            paragraph(document, null, "Tekst.");
        });
        assertEquals(List.of(new DraftSection("Član 1", "Tekst.")), DraftImport.fromDocx(docx));
    }

    @Test
    void docxTablesBecomeOneLinePerRow() {
        byte[] docx = TestFiles.docx(document -> {
            paragraph(document, "Heading1", "Član 1");
            XWPFTable table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Iznos");
            table.getRow(0).getCell(1).setText("Rok");
            table.getRow(1).getCell(0).setText("100");
            table.getRow(1).getCell(1).setText("30 dana");
        });
        assertEquals(List.of(new DraftSection("Član 1", "Iznos | Rok\n100 | 30 dana")), DraftImport.fromDocx(docx));
    }

    @Test
    void aDocxWithoutHeadingsHasNoSections() {
        byte[] docx = TestFiles.docx(document -> paragraph(document, null, "Samo tekst."));
        assertRule(DraftImport.NO_SECTIONS, () -> DraftImport.fromDocx(docx));
    }

    @Test
    void randomBytesAreUnreadable() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        assertRule(DraftImport.UNREADABLE, () -> DraftImport.fromDocx(garbage));
        assertRule(DraftImport.UNREADABLE, () -> DraftImport.fromMarkdown(garbage));
    }

    @Test
    void aPdfRenamedDocxIsUnreadable() {
        assertRule(DraftImport.UNREADABLE, () -> DraftImport.fromDocx(TestFiles.pdf("Član 1")));
    }

    @Test
    void markdownUploadedAsDocxIsUnreadable() {
        byte[] markdown = "# Član 1\n\nTekst.".getBytes(StandardCharsets.UTF_8);
        assertRule(DraftImport.UNREADABLE, () -> DraftImport.fromDocx(markdown));
        assertRule(DraftImport.UNREADABLE, () -> DraftImport.fromDocx(new byte[0]));
    }

    @Test
    void aDocxThatUnpacksAThousandfoldIsRefusedAsAZipBomb() {
        byte[] honest = TestFiles.docx(document -> paragraph(document, "Heading1", "Član 1"));
        assertEquals(1, DraftImport.fromDocx(TestFiles.padded(honest, 1000)).size(), "a little padding is fine");
        byte[] bomb = TestFiles.padded(honest, 20_000_000);
        assertTrue(bomb.length < 1024 * 1024, "the bomb is small: " + bomb.length);
        assertRule(DraftImport.UNREADABLE, () -> DraftImport.fromDocx(bomb));
    }

    // --- size and format

    @Test
    void anUploadOverFiveMegabytesIsRefusedBeforeParsing() {
        byte[] tooLarge = new byte[5 * 1024 * 1024 + 1];
        DomainRuleViolation docx = assertRule(DraftImport.TOO_LARGE,
                () -> DraftImport.read(Format.DOCX, new ByteArrayInputStream(tooLarge)));
        assertEquals(List.of(DraftImport.MAX_MEGABYTES), docx.args());
        assertRule(DraftImport.TOO_LARGE, () -> DraftImport.fromDocx(tooLarge));
        assertRule(DraftImport.TOO_LARGE, () -> DraftImport.fromMarkdown(tooLarge));
        assertRule(DraftImport.TOO_LARGE, () -> DraftImport.fromMarkdown("č".repeat(3 * 1024 * 1024)));
    }

    @Test
    void anUploadOfExactlyFiveMegabytesIsRead() throws Exception {
        byte[] markdown = ("# Član 1\n\n" + "a".repeat(5 * 1024 * 1024 - 11)).getBytes(StandardCharsets.UTF_8);
        assertEquals(5 * 1024 * 1024, markdown.length);
        assertEquals(1, DraftImport.read(Format.MARKDOWN, new ByteArrayInputStream(markdown)).size());
    }

    @Test
    void theFormatComesFromTheFileNamesExtension() {
        assertEquals(Optional.of(Format.DOCX), Format.ofFileName("Nacrt zakona.DOCX"));
        assertEquals(Optional.of(Format.MARKDOWN), Format.ofFileName("nacrt.md"));
        assertEquals(Optional.of(Format.MARKDOWN), Format.ofFileName("nacrt.markdown"));
        assertEquals(Optional.empty(), Format.ofFileName("nacrt.doc"));
        assertEquals(Optional.empty(), Format.ofFileName(null));
    }

    // --- helpers

    private static XWPFParagraph paragraph(XWPFDocument document, String styleId, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        if (styleId != null) {
            paragraph.setStyle(styleId);
        }
        paragraph.createRun().setText(text);
        return paragraph;
    }

    private static XWPFStyle style(String id, String name, String basedOn) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        return new XWPFStyle(style);
    }

    private interface Action {
        void run() throws Exception;
    }

    private static DomainRuleViolation assertRule(String key, Action action) {
        DomainRuleViolation violation = assertThrows(DomainRuleViolation.class, action::run);
        assertEquals(key, violation.key());
        return violation;
    }
}
