package org.nstac.portal.platform.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;

class PdfInflationTest {

    private static final long CEILING = 64L * 1024 * 1024;

    @Test
    void anOrdinaryPdfIsWithinTheCeiling() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        org.openpdf.text.Document doc = new org.openpdf.text.Document();
        org.openpdf.text.pdf.PdfWriter.getInstance(doc, pdf);
        doc.open();
        for (int i = 0; i < 200; i++) {
            doc.add(new org.openpdf.text.Paragraph("Bus ticket, Belgrade to Niš, line " + i));
        }
        doc.close();
        assertTrue(PdfInflation.within(pdf.toByteArray(), CEILING));
    }

    @Test
    void aStreamThatInflatesToGigabytesIsRefusedWithoutHoldingIt() throws Exception {
        byte[] bomb = pdfWithStream(deflate(zeros(256L * 1024 * 1024)));
        assertTrue(bomb.length < 2 * 1024 * 1024, "a small file: " + bomb.length);
        assertFalse(PdfInflation.within(bomb, CEILING));
    }

    @Test
    void aBombBehindASecondFlateFilterIsRefusedToo() throws Exception {
        byte[] inner = deflate(zeros(512L * 1024 * 1024));
        byte[] twice = pdfWithStream(deflate(inner));
        assertFalse(PdfInflation.within(twice, CEILING));
    }

    @Test
    void manySmallStreamsCountTogether() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        byte[] chunk = deflate(zeros(8L * 1024 * 1024));
        for (int i = 0; i < 10; i++) {
            pdf.write(("" + (i + 1) + " 0 obj\n<< /Filter /FlateDecode >>\nstream\n").getBytes(StandardCharsets.US_ASCII));
            pdf.write(chunk);
            pdf.write("\nendstream\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        }
        assertFalse(PdfInflation.within(pdf.toByteArray(), CEILING), "80 MB in ten streams of 8 MB");
    }

    private static byte[] pdfWithStream(byte[] data) throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.write("%PDF-1.7\n1 0 obj\n<< /Type /ObjStm /Filter /FlateDecode >>\nstream\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        pdf.write(data);
        pdf.write("\nendstream\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        return pdf.toByteArray();
    }

    private static java.io.InputStream zeros(long length) {
        return new java.io.InputStream() {
            private long left = length;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }

    private static byte[] deflate(java.io.InputStream in) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflating = new DeflaterOutputStream(out, new Deflater(9))) {
            in.transferTo(deflating);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data) throws Exception {
        return deflate(new java.io.ByteArrayInputStream(data));
    }
}
