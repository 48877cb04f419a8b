package org.nstac.portal.shared;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Members as other features may know them: by their opaque reference, with the name a page shows (the pseudonym, or
 * "Former member N" in the reader's language), and their login for in-portal notices. Never an identity: the vault
 * is the member feature's.
 */
public interface MemberDirectory {

    /** The name to show for a member reference in {@code locale}; empty text for an unknown reference. */
    String displayName(String memberRef, Locale locale);

    /** {@link #displayName} for many references at once (one query). */
    Map<String, String> displayNames(Collection<String> memberRefs, Locale locale);

    /** The login a member signs in with (notices are addressed to it); empty for a withdrawn member. */
    Optional<String> loginOf(String memberRef);

    /** {@link #loginOf} for many members at once (one query); withdrawn members are left out. */
    java.util.List<String> loginsOf(Collection<String> memberRefs);

    /** Logins of every member taking part on {@code day}: neither paused nor withdrawn. */
    java.util.List<String> activeLogins(java.time.LocalDate day);

    /** References of every member taking part on {@code day}, by pseudonym (a page's list to choose from). */
    java.util.List<String> activeRefs(java.time.LocalDate day);

    /** The member reference of a login (demo data, tests of the directory itself). */
    Optional<String> refOfLogin(String login);
}
