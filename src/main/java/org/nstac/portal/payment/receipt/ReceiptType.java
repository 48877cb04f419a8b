package org.nstac.portal.payment.receipt;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The three kinds of receipt the portal stores, each known by the bytes it starts with.
 *
 * <p>Why the signature and not the name or the declared type: both are the uploader's word, and a browser sends
 * whatever the operating system guesses. A receipt is opened later by a finance officer, so only content that really
 * is a photo or a PDF may pass; everything else is refused before any decoder sees it.
 */
enum ReceiptType {

    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    PDF("application/pdf", "pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII));

    private final String contentType;
    private final String extension;
    private final byte[] signature;

    ReceiptType(String contentType, String extension, byte[] signature) {
        this.contentType = contentType;
        this.extension = extension;
        this.signature = signature;
    }

    /** The type whose signature {@code content} starts with, if any. */
    static Optional<ReceiptType> of(byte[] content) {
        return Arrays.stream(values()).filter(type -> type.startsOf(content)).findFirst();
    }

    private boolean startsOf(byte[] content) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    /** The MIME type the stored receipt is served with. */
    String contentType() {
        return contentType;
    }

    /** The file extension the stored receipt is offered for download with, without the dot. */
    String extension() {
        return extension;
    }

    /** The checked, cleaned content as a receipt of this type. */
    Receipt receipt(byte[] cleaned) {
        return new Receipt(cleaned, contentType, extension);
    }
}
