package org.nstac.portal.consultation.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;

class PdfCheckTest {

    @Test
    void aPdfWrittenByOpenPdfIsAccepted() throws Exception {
        byte[] pdf = TestFiles.pdf("Obrazloženje nacrta");
        assertDoesNotThrow(() -> PdfCheck.check(pdf));
        assertArrayEquals(pdf, PdfCheck.read(new ByteArrayInputStream(pdf)));
    }

    @Test
    void aTextFileRenamedPdfIsRefused() {
        byte[] text = "Ovo je obična tekstualna datoteka.".getBytes(StandardCharsets.UTF_8);
        assertRule(PdfCheck.NOT_PDF, () -> PdfCheck.check(text));
        assertRule(PdfCheck.NOT_PDF, () -> PdfCheck.check(new byte[0]));
    }

    @Test
    void htmlRenamedPdfIsRefusedEvenIfItMentionsPdf() {
        byte[] html = "<html><!-- %PDF-1.7 --><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertRule(PdfCheck.NOT_PDF, () -> PdfCheck.check(html));
    }

    @Test
    void aPdfHiddenBehindOtherContentIsRefused() {
        // PDF readers look for the signature in the first kilobyte; a browser sniffing the start sees HTML.
        byte[] html = "<html><script>alert(1)</script></html>\n".getBytes(StandardCharsets.US_ASCII);
        byte[] pdf = TestFiles.pdf("Obrazloženje");
        byte[] polyglot = Arrays.copyOf(html, html.length + pdf.length);
        System.arraycopy(pdf, 0, polyglot, html.length, pdf.length);
        assertRule(PdfCheck.NOT_PDF, () -> PdfCheck.check(polyglot));
    }

    @Test
    void aFileThatOnlyStartsLikeAPdfIsRefused() {
        byte[] fake = "%PDF-1.7\nnothing of a PDF follows".getBytes(StandardCharsets.US_ASCII);
        assertRule(PdfCheck.NOT_PDF, () -> PdfCheck.check(fake));
    }

    @Test
    void anEncryptedPdfIsRefused() {
        // OpenPDF cannot write an encrypted file without BouncyCastle either, so the test adds the
        // encryption dictionary to the trailer of a plain PDF by hand, as a protected PDF carries it.
        String plain = new String(TestFiles.pdf("Zaključano"), StandardCharsets.ISO_8859_1);
        int trailer = plain.lastIndexOf("trailer");
        int dictionary = plain.indexOf("<<", trailer) + 2;
        String key = "0".repeat(64);
        String encrypted = plain.substring(0, dictionary)
                + "/Encrypt <</Filter/Standard/V 2/R 3/Length 128/O <" + key + ">/U <" + key + ">/P -3904>>"
                + plain.substring(dictionary);
        assertRule(PdfCheck.NOT_PDF, () -> PdfCheck.check(encrypted.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void aTruncatedPdfIsRefused() {
        byte[] pdf = TestFiles.pdf("Obrazloženje");
        assertRule(PdfCheck.NOT_PDF, () -> PdfCheck.check(Arrays.copyOf(pdf, 40)));
    }

    @Test
    void aDocumentOverTenMegabytesIsRefusedBeforeItIsOpened() {
        byte[] pdf = TestFiles.pdf("x");
        byte[] tooLarge = Arrays.copyOf(pdf, 10 * 1024 * 1024 + 1);
        DomainRuleViolation violation = assertRule(PdfCheck.TOO_LARGE, () -> PdfCheck.check(tooLarge));
        assertEquals(List.of(PdfCheck.MAX_MEGABYTES), violation.args());
        assertRule(PdfCheck.TOO_LARGE, () -> PdfCheck.read(new ByteArrayInputStream(tooLarge)));
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
