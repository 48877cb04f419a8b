package org.nstac.portal.payment.receipt;

import org.nstac.portal.platform.pdf.PdfActiveContent;
import org.nstac.portal.platform.pdf.PdfDictionaries;
import org.nstac.portal.platform.pdf.PdfInflation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.nstac.portal.shared.DomainRuleViolation;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;

/**
 * Writes an uploaded PDF receipt again, with its pages and without what it says about who made it.
 *
 * <p>What goes: the document information (author, creator, producer, title, subject, keywords, dates), every XMP
 * metadata stream (the document's and any page's or image's), applications' private data ({@code /PieceInfo}), the
 * author and date of comments and other markup annotations, the EXIF, XMP and comments inside embedded JPEG photos
 * (a "scanner" app often places the camera's file, GPS position and all, straight into the PDF; see {@link
 * JpegSegments}), objects nothing refers to any more, earlier revisions kept by incremental saves, anything after
 * the end of the file, and the file identifier. The new document information holds only what OpenPDF writes
 * itself: its own name as producer and the time of the rewrite. Pages, their content, images and fonts stay as they
 * were: nothing is decoded and drawn again.
 *
 * <p>What is refused: a file OpenPDF cannot open or that has no pages, and one with a JPEG photo that cannot be
 * walked to its end, since it could hide metadata the walk did not see ({@value ReceiptCheck#UNREADABLE}); an
 * encrypted one ({@value ReceiptCheck#ENCRYPTED}; OpenPDF needs BouncyCastle for any encrypted file and the portal
 * does not carry it), and one with scripts or attachments ({@value ReceiptCheck#ACTIVE}; see {@link
 * PdfActiveContent}).
 *
 * <p>Not removed: text a member typed into the pages themselves, and metadata inside images in other formats or
 * inside fonts. A JPEG stored behind a second filter (compressed again) is left as it is.
 *
 * <p>OpenPDF decompresses object streams while reading, without a ceiling of its own, so a file built to inflate to
 * gigabytes is refused before OpenPDF sees it: everything compressed in it may unpack to at most
 * {@value #INFLATION_CEILING} bytes ({@link PdfInflation}).
 */
final class PdfReceipts {

    private static final PdfName PIECE_INFO = new PdfName("PieceInfo");

    /** What a receipt of at most 5 MB may unpack to, in all: scans of several pages stay far below it. */
    static final long INFLATION_CEILING = 64L * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(PdfReceipts.class.getName());

    private PdfReceipts() {
    }

    /**
     * @param upload the uploaded bytes, already known to start with {@code %PDF-}
     * @return the rewritten PDF
     * @throws DomainRuleViolation {@value ReceiptCheck#UNREADABLE}, {@value ReceiptCheck#ENCRYPTED} or
     *                             {@value ReceiptCheck#ACTIVE}
     */
    static byte[] rewrite(byte[] upload) {
        if (!PdfInflation.within(upload, INFLATION_CEILING)) {
            throw new DomainRuleViolation(ReceiptCheck.UNREADABLE);
        }
        PdfReader reader = open(upload);
        try {
            if (reader.isEncrypted()) {
                throw new DomainRuleViolation(ReceiptCheck.ENCRYPTED);
            }
            if (reader.getNumberOfPages() < 1) {
                throw new DomainRuleViolation(ReceiptCheck.UNREADABLE);
            }
            if (PdfActiveContent.in(reader)) {
                throw new DomainRuleViolation(ReceiptCheck.ACTIVE);
            }
            stripMetadata(reader);
            return write(reader);
        } catch (DomainRuleViolation refused) {
            throw refused;
        } catch (IOException | RuntimeException | StackOverflowError unreadable) {
            throw unreadable(unreadable);
        } finally {
            reader.close();
        }
    }

    private static PdfReader open(byte[] upload) {
        try {
            return new PdfReader(upload);
        } catch (IOException | RuntimeException | StackOverflowError unreadable) {
            // OpenPDF parses and writes nested arrays and dictionaries recursively, so a few hundred thousand
            // brackets overflow its stack. The error unwinds the parse and leaves nothing half done, so it is
            // safe to treat like any other file OpenPDF cannot read.
            throw unreadable(unreadable);
        } catch (NoClassDefFoundError missing) {
            // OpenPDF reaches for BouncyCastle as soon as a file is encrypted, and the WAR does not carry it.
            if (String.valueOf(missing.getMessage()).contains("bouncycastle")) {
                throw new DomainRuleViolation(ReceiptCheck.ENCRYPTED);
            }
            throw missing;
        }
    }

    private static DomainRuleViolation unreadable(Throwable cause) {
        // The cause's message may quote the file; only its kind is logged.
        LOG.log(Level.FINE, "Receipt PDF refused: {0}", cause.getClass().getName());
        return new DomainRuleViolation(ReceiptCheck.UNREADABLE);
    }

    private static void stripMetadata(PdfReader reader) {
        reader.getTrailer().remove(PdfName.INFO);
        PdfDictionaries.forEach(reader, dictionary -> {
            dictionary.remove(PdfName.METADATA);
            dictionary.remove(PIECE_INFO);
            if (isMarkupAnnotation(dictionary)) {
                dictionary.remove(PdfName.T); // by convention the author's name
                dictionary.remove(PdfName.M);
                dictionary.remove(PdfName.CREATIONDATE);
            }
            if (dictionary instanceof PRStream stream && isJpeg(stream)) {
                stripJpeg(stream);
            }
        });
        // the old information dictionary and XMP streams are now unreferenced: drop them with the rest
        reader.removeUnusedObjects();
    }

    /** Annotations other than form fields (whose {@code /T} is the field's name) and links. */
    private static boolean isMarkupAnnotation(PdfDictionary dictionary) {
        PdfObject subtype = dictionary.get(PdfName.SUBTYPE);
        return dictionary.contains(PdfName.RECT) && subtype instanceof PdfName
                && !PdfName.WIDGET.equals(subtype) && !PdfName.LINK.equals(subtype);
    }

    /** A stream holding a JPEG file as it is: filtered by {@code DCTDecode} alone. */
    private static boolean isJpeg(PRStream stream) {
        PdfObject filter = PdfReader.getPdfObject(stream.get(PdfName.FILTER));
        if (filter instanceof PdfArray filters && filters.size() == 1) {
            filter = PdfReader.getPdfObject(filters.getPdfObject(0));
        }
        return PdfName.DCTDECODE.equals(filter);
    }

    private static void stripJpeg(PRStream stream) {
        try {
            byte[] jpeg = JpegSegments.withoutMetadata(PdfReader.getStreamBytesRaw(stream));
            stream.setData(jpeg, false); // sets the new length, and drops the filter, so it is put back
            stream.put(PdfName.FILTER, PdfName.DCTDECODE);
        } catch (IOException damaged) {
            throw new UncheckedIOException(damaged);
        }
    }

    private static byte[] write(PdfReader reader) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfStamper stamper = new PdfStamper(reader, out);
        stamper.setUpdateMetadata(false);
        stamper.setIncludeFileID(false);
        stamper.close();
        return out.toByteArray();
    }
}
