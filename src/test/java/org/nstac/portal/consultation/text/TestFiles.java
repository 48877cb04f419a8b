package org.nstac.portal.consultation.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/** Files the upload tests need, made in the test so no binary fixture sits in the repository. */
final class TestFiles {

    private TestFiles() {
    }

    /** A one-page PDF written by OpenPDF. */
    static byte[] pdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }

    /** A DOCX built by the given steps. */
    static byte[] docx(Consumer<XWPFDocument> build) {
        try (XWPFDocument document = new XWPFDocument()) {
            build.accept(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same DOCX with its main part padded by a comment of {@code spaces} spaces: a few kilobytes that unpack
     * to many megabytes, the shape of a zip bomb.
     */
    static byte[] padded(byte[] docx, int spaces) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    byte[] content = in.readAllBytes();
                    if (entry.getName().equals("word/document.xml")) {
                        String xml = new String(content, StandardCharsets.UTF_8);
                        int afterDeclaration = xml.indexOf("?>") + 2;
                        xml = xml.substring(0, afterDeclaration) + "<!--" + " ".repeat(spaces) + "-->"
                                + xml.substring(afterDeclaration);
                        content = xml.getBytes(StandardCharsets.UTF_8);
                    }
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(content);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
