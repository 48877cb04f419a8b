package org.nstac.portal.payment.receipt;

import java.util.Objects;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Checks an uploaded expense receipt and returns a clean copy to store: a JPEG or PNG photo, or a PDF, with every
 * piece of metadata removed.
 *
 * <p>Why it matters here: members claim travel, childcare and meals, often with a phone photo of the receipt. A
 * phone photo's EXIF can carry the GPS position where it was taken (often the member's home), the camera owner's
 * name and the phone's serial number; a PDF carries its author and the software that made it. A finance officer,
 * an auditor or a leaked backup must not learn any of that. So the type is found from the content alone, images are
 * decoded and encoded again without metadata, and PDFs are rewritten without their document information, XMP, or
 * the EXIF of the photos inside them. The content that reaches storage is always the rewritten copy, never the
 * upload.
 *
 * <p>Every refusal is a {@link DomainRuleViolation} with one of the keys below; the arguments are the rule's own
 * limits, never anything from the file. No other exception escapes for bad input: whatever a decoder throws on a
 * damaged or hostile file becomes {@value #UNREADABLE}.
 */
public final class ReceiptCheck {

    /** Largest upload accepted: a phone photo is a few megabytes, a scanned receipt far less. */
    public static final long MAX_BYTES = 5 * 1024 * 1024;

    /** {@link #MAX_BYTES} in megabytes, the argument of {@value #TOO_LARGE}. */
    public static final int MAX_MEGABYTES = (int) (MAX_BYTES / (1024 * 1024));

    public static final String EMPTY = "payment.receipt.empty";
    public static final String TOO_LARGE = "payment.receipt.tooLarge";
    public static final String TYPE = "payment.receipt.type";
    public static final String UNREADABLE = "payment.receipt.unreadable";
    public static final String DIMENSIONS = "payment.receipt.dimensions";
    public static final String ENCRYPTED = "payment.receipt.encrypted";
    public static final String ACTIVE = "payment.receipt.active";

    private ReceiptCheck() {
    }

    /**
     * Checks an upload and strips its metadata.
     *
     * @param upload the uploaded bytes, whatever the member's browser called them
     * @return the cleaned receipt, with its type taken from the content
     * @throws DomainRuleViolation {@value #EMPTY}, {@value #TOO_LARGE} (with {@link #MAX_MEGABYTES}),
     *                             {@value #TYPE}, {@value #UNREADABLE}, {@value #DIMENSIONS} (with the longest side
     *                             in pixels and the most megapixels accepted), {@value #ENCRYPTED} or
     *                             {@value #ACTIVE}
     */
    public static Receipt check(byte[] upload) {
        Objects.requireNonNull(upload, "upload");
        if (upload.length == 0) {
            throw new DomainRuleViolation(EMPTY);
        }
        if (upload.length > MAX_BYTES) {
            throw new DomainRuleViolation(TOO_LARGE, MAX_MEGABYTES);
        }
        ReceiptType type = ReceiptType.of(upload).orElseThrow(() -> new DomainRuleViolation(TYPE));
        byte[] cleaned = switch (type) {
            case JPEG, PNG -> ImageReceipts.reencode(upload, type);
            case PDF -> PdfReceipts.rewrite(upload);
        };
        return type.receipt(cleaned);
    }
}
