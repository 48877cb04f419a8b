package org.nstac.portal.payment.receipt;

import java.util.Arrays;
import java.util.Objects;

/**
 * A receipt as the portal stores it: content already checked and stripped of metadata by {@link ReceiptCheck}, with
 * the type and extension found from that content.
 *
 * <p>Why the content is copied in and out: a record's array is otherwise shared, and a caller changing it after the
 * check would store bytes nobody checked. Equality compares the bytes, so two receipts with the same content are
 * equal.
 *
 * @param content     the cleaned bytes to store
 * @param contentType {@code image/jpeg}, {@code image/png} or {@code application/pdf}
 * @param extension   {@code jpg}, {@code png} or {@code pdf}, without the dot
 */
public record Receipt(byte[] content, String contentType, String extension) {

    public Receipt {
        content = Objects.requireNonNull(content, "content").clone();
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(extension, "extension");
    }

    /** A copy of the cleaned bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Receipt that
                && Arrays.equals(content, that.content)
                && contentType.equals(that.contentType)
                && extension.equals(that.extension);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(content), contentType, extension);
    }

    /** Says what the receipt is without its content, which may be personal. */
    @Override
    public String toString() {
        return "Receipt[" + contentType + ", " + content.length + " bytes]";
    }
}
