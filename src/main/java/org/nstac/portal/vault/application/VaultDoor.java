package org.nstac.portal.vault.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The one narrow door into the vault for the features that are not the member feature: each method answers exactly
 * what one purpose needs and nothing more. No {@link IdentityVault.Identity} ever passes through it.
 * <ul>
 * <li>{@link #mailAddress}: the address for one discreet mail;</li>
 * <li>{@link #mentionsLegalName}: yes or no, does a text name any of these members (the vault does the matching, the
 * caller never sees a name);</li>
 * <li>{@link #sealFile} / {@link #openFile}: a member's file (a receipt) sealed under that member's data key, so that
 * it becomes unreadable when the member's identity is erased.</li>
 * </ul>
 * Features reach the last two through the shared contracts {@link org.nstac.portal.shared.LegalNameCheck} and
 * {@link org.nstac.portal.shared.SealedFiles}, so that no feature but the member feature imports the vault.
 * Opening a whole identity, and the payment identities of a bank file, go through the member feature's reveal
 * service, which logs and audits each opening.
 */
@ApplicationScoped
public class VaultDoor implements org.nstac.portal.shared.LegalNameCheck, org.nstac.portal.shared.SealedFiles {

    @Inject
    IdentityVault vault;

    /** The member's e-mail address, for one discreet mail; empty when none is held (or the identity is erased). */
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<String> mailAddress(String memberRef) {
        return vault.openField(memberRef, IdentityVault.Field.EMAIL).filter(e -> !e.isBlank());
    }

    /**
     * Whether {@code text} holds the legal name of any of the members, or (for a name of two or more words) their
     * surname of four letters or more, case-insensitively. Names are decrypted in memory for this check only.
     */
    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean mentionsLegalName(String text, Collection<String> memberRefs) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String ref : memberRefs) {
            Optional<String> legal = vault.openField(ref, IdentityVault.Field.LEGAL_NAME);
            if (legal.isEmpty()) {
                continue;
            }
            String name = legal.get().strip().toLowerCase(Locale.ROOT);
            String[] parts = name.split("\\s+");
            String surname = parts[parts.length - 1];
            if (lower.contains(name) || parts.length > 1 && surname.length() >= 4 && lower.contains(surname)) {
                return true;
            }
        }
        return false;
    }

    /** Seals a member's file under their data key; {@code name} says what it is ({@code receipt:42}). */
    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public byte[] sealFile(String memberRef, String name, byte[] content) {
        return vault.sealBytes(memberRef, name, content);
    }

    /** Opens a member's sealed file; empty once the member's identity was erased (their data key is gone). */
    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<byte[]> openFile(String memberRef, String name, byte[] sealed) {
        return vault.openBytes(memberRef, name, sealed);
    }
}
