package org.nstac.portal.consultation.text;

import org.nstac.portal.platform.pdf.PdfActiveContent;
import org.nstac.portal.platform.pdf.PdfInflation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.nstac.portal.shared.DomainRuleViolation;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.RandomAccessFileOrArray;

/**
 * Checks that an uploaded document (a draft's explanatory memorandum, an impact assessment) really is a PDF before
 * the portal stores it and offers it to members for download.
 *
 * <p>Why two checks: the name and the declared content type are the uploader's word. The file must begin with the
 * PDF signature {@code %PDF-}, so a renamed text, HTML or Word file is refused even if a browser would sniff it,
 * and a PDF library must be able to open it and find at least one page, so a truncated or damaged file is
 * refused too. Neither violation carries the file's content.
 *
 * <p>Encrypted PDFs are refused, both those locked with an opening password (members could not read them) and
 * those only restricted against editing or copying: OpenPDF needs BouncyCastle to read any encrypted file, and the
 * portal does not carry its 8 MB for this. A ministry can export the document again without protection.
 */
public final class PdfCheck {

    /** Largest document accepted, in megabytes: a long, image-free report is a few megabytes. */
    public static final int MAX_MEGABYTES = 10;

    public static final String NOT_PDF = "consultation.document.notPdf";
    public static final String TOO_LARGE = "consultation.document.tooLarge";
    public static final String ACTIVE = "consultation.document.active";

    /** What a document of at most 10 MB may unpack to, in all. */
    static final long INFLATION_CEILING = 128L * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(PdfCheck.class.getName());

    private static final byte[] SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private PdfCheck() {
    }

    /**
     * Reads an upload, never more than {@value #MAX_MEGABYTES} MB of it, and checks it.
     *
     * @return the checked bytes, ready to store
     * @throws DomainRuleViolation {@value #TOO_LARGE} (with the limit in MB) or {@value #NOT_PDF}
     * @throws IOException         when the upload stream itself fails
     */
    public static byte[] read(InputStream upload) throws IOException {
        Objects.requireNonNull(upload, "upload");
        byte[] content = Uploads.readAtMost(upload, MAX_MEGABYTES, TOO_LARGE);
        check(content);
        return content;
    }

    /**
     * Checks bytes already in memory.
     *
     * @throws DomainRuleViolation {@value #TOO_LARGE} (with the limit in MB) or {@value #NOT_PDF}
     */
    public static void check(byte[] content) {
        Objects.requireNonNull(content, "content");
        Uploads.requireAtMost(content.length, MAX_MEGABYTES, TOO_LARGE);
        if (content.length < SIGNATURE.length
                || !Arrays.equals(content, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw new DomainRuleViolation(NOT_PDF);
        }
        if (!PdfInflation.within(content, INFLATION_CEILING)) {
            throw new DomainRuleViolation(NOT_PDF);
        }
        if (!opens(content)) {
            throw new DomainRuleViolation(NOT_PDF);
        }
        if (acts(content)) {
            throw new DomainRuleViolation(ACTIVE);
        }
    }

    /**
     * Scripts, program launches, attached files: members open these documents in whatever viewer they have, so a
     * document that can act is refused like a receipt that can ({@link PdfActiveContent}).
     */
    private static boolean acts(byte[] content) {
        PdfReader reader = null;
        try {
            reader = new PdfReader(content);
            return PdfActiveContent.in(reader);
        } catch (IOException | RuntimeException | StackOverflowError unreadable) {
            return true;
        } finally {
            if (reader != null) {
                reader.close();
            }
        }
    }

    private static boolean opens(byte[] content) {
        PdfReader reader = null;
        try {
            // Partial reading: objects are parsed when asked for, so the check does not unpack the whole file.
            reader = new PdfReader(new RandomAccessFileOrArray(content), null);
            return reader.getNumberOfPages() > 0;
        } catch (IOException | RuntimeException unreadable) {
            // The cause's message may quote the file; only its kind is logged.
            LOG.log(Level.FINE, "PDF upload refused: {0}", unreadable.getClass().getName());
            return false;
        } catch (NoClassDefFoundError encrypted) {
            // OpenPDF reaches for BouncyCastle as soon as a file is encrypted, and the WAR does not carry it.
            LOG.log(Level.FINE, "PDF upload refused: encrypted");
            return false;
        } finally {
            if (reader != null) {
                reader.close();
            }
        }
    }
}
