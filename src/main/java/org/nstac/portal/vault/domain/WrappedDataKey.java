package org.nstac.portal.vault.domain;

import java.util.Arrays;
import java.util.Objects;

/**
 * A member's data key encrypted under a master key, as stored in {@code vault_data_key}: safe to keep in the
 * database because it is useless without the keyring file.
 * <p>
 * The master key id travels with it so that keys wrapped before a rotation still unwrap and can be rewrapped at
 * leisure. The byte array is copied in and out because a record would otherwise share it with callers.
 *
 * @param masterKeyId id of the master key that wrapped this key
 * @param wrapped     {@code IV | encrypted key and tag}
 */
public record WrappedDataKey(String masterKeyId, byte[] wrapped) {

    public WrappedDataKey {
        if (masterKeyId == null || masterKeyId.isBlank()) {
            throw new IllegalArgumentException("A wrapped data key needs the id of its master key");
        }
        Objects.requireNonNull(wrapped, "wrapped");
        if (wrapped.length == 0) {
            throw new IllegalArgumentException("A wrapped data key cannot be empty");
        }
        wrapped = wrapped.clone();
    }

    @Override
    public byte[] wrapped() {
        return wrapped.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WrappedDataKey that
                && masterKeyId.equals(that.masterKeyId)
                && Arrays.equals(wrapped, that.wrapped);
    }

    @Override
    public int hashCode() {
        return 31 * masterKeyId.hashCode() + Arrays.hashCode(wrapped);
    }

    @Override
    public String toString() {
        return "WrappedDataKey[masterKeyId=" + masterKeyId + ", " + wrapped.length + " bytes]";
    }
}
