package org.nstac.portal.shared;

import java.util.Collection;

/**
 * Yes or no: does a text name any of these members by their legal name? Answered by the identity vault, which does
 * the matching itself: the caller (minutes, for example) never sees a name and never imports the vault.
 */
public interface LegalNameCheck {

    /** Whether {@code text} holds the legal name (or, for two words or more, the surname) of any of the members. */
    boolean mentionsLegalName(String text, Collection<String> memberRefs);
}
