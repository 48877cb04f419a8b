package org.nstac.portal.shared;

import jakarta.json.JsonValue;
import java.util.Locale;

/**
 * One feature's part of "Download my data": what it holds about a member, under a name of its own. The member feature
 * writes the file and adds every section a feature offers as a CDI bean, after it has checked that the caller is that
 * member; a section therefore checks nothing itself and holds references, never an identity.
 */
public interface MemberDataSection {

    /** The section's name in the file, e.g. {@code learning}. */
    String name();

    /** What the feature holds about the member, in the reader's language where it has words. */
    JsonValue of(String memberRef, Locale locale);
}
