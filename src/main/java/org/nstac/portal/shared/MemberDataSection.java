package org.nstac.portal.shared;

/**
 * One feature's part of a member's "Download my data": everything that feature holds about the member, read through
 * the feature's own tables. The member feature collects every section (CDI {@code Instance}) into the export, after it
 * has checked that the caller is that member; a section never checks again and never includes another member's data.
 */
public interface MemberDataSection {

    /** The section's name in the export: {@code comments}, {@code tasks}... stable, lower camel case. */
    String name();

    /**
     * What the feature holds about this member (by opaque reference: members have no numeric id outside the member
     * feature), as JSON; called inside the export's transaction.
     */
    jakarta.json.JsonValue sectionFor(String memberRef);
}
