package org.nstac.portal.consultation.text;

import java.util.Objects;

/**
 * A section of one version of a draft, with the number it keeps from version to version.
 *
 * <p>Why the number and not the position: a ministry inserts, deletes and rewrites sections between versions, and
 * members' comments point at a section by its number. Two versions are compared number against number, so a new
 * section 4a does not make every later section look rewritten.
 *
 * @param number  the section's stable number within the consultation
 * @param heading the heading; may be empty (a preamble)
 * @param text    the plain text; may be empty
 */
public record NumberedSection(int number, String heading, String text) {

    public NumberedSection {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
    }
}
