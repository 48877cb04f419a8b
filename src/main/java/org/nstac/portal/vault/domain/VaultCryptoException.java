package org.nstac.portal.vault.domain;

/**
 * Raised when the vault cannot seal or open a value or a data key.
 * <p>
 * Unchecked because callers cannot repair a wrong key or tampered data, only refuse to go on; one type for every
 * cause (wrong key, tampering, wrong member or field, bad format) so an attacker learns nothing from which one it
 * was. Messages never contain plaintext, ciphertext or key material.
 */
public class VaultCryptoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public VaultCryptoException(String message) {
        super(message);
    }

    public VaultCryptoException(String message, Throwable cause) {
        super(message, cause);
    }
}
