package org.nstac.portal.vault.domain;

/**
 * Raised when the master keyring file cannot be read, written or trusted.
 * <p>
 * The portal must not start with a keyring it cannot fully use, so this is unchecked and meant to stop startup
 * with a message an operator can act on. Messages name the file and the faulty entry, never a key's bytes or any
 * fragment of them.
 */
public class KeyringException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KeyringException(String message) {
        super(message);
    }

    public KeyringException(String message, Throwable cause) {
        super(message, cause);
    }
}
