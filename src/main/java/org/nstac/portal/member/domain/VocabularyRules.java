package org.nstac.portal.member.domain;

import java.util.Collection;
import org.nstac.portal.security.Role;

/**
 * Who may do what with the content-note vocabulary.
 *
 * <p>Why these grants: the administrator keeps the vocabulary (DESIGN.md: "rate card, consent texts, content-note
 * vocabulary, organisations"), adding topics and correcting their labels. Everyone signed in reads it: members
 * choose the topics they would rather not meet from it, ministries and partners mark drafts and sections with it,
 * the secretariat marks learning with it; the labels say nothing about anyone. Keeping it is refused as "not found"
 * to anyone else, as every page and record a role may not use.
 */
public final class VocabularyRules {

    /** What one may do with the vocabulary. */
    public enum VocabularyAction {
        READ,
        KEEP
    }

    private VocabularyRules() {
    }

    /** Whether someone holding these roles (signed in) may do this. */
    public static boolean allows(Collection<Role> roles, VocabularyAction action) {
        return switch (action) {
            case READ -> true;
            case KEEP -> roles.contains(Role.ADMIN);
        };
    }
}
