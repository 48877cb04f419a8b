package org.nstac.portal.shared;

import java.util.Optional;

/**
 * A member's file (a receipt) sealed under that member's key in the identity vault, so that it becomes unreadable when
 * the member's identity is erased. Features keep the sealed bytes; only the vault can open them.
 */
public interface SealedFiles {

    /** Seals a member's file; {@code name} says what it is ({@code receipt:42}) and must be given again to open it. */
    byte[] sealFile(String memberRef, String name, byte[] content);

    /** Opens a member's sealed file; empty once the member's identity was erased. */
    Optional<byte[]> openFile(String memberRef, String name, byte[] sealed);
}
