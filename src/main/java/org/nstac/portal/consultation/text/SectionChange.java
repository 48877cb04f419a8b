package org.nstac.portal.consultation.text;

import java.util.List;
import java.util.Objects;

/**
 * What happened to one numbered section between two versions of a draft, with the differences ready to show.
 *
 * <p>Every kind carries segments, so a page draws all sections the same way: an unchanged section is one
 * {@code EQUAL} run, an added one an {@code INSERTED} run, a removed one a {@code DELETED} run, and a changed one
 * the word-by-word differences. Reading the {@code EQUAL} and {@code DELETED} runs gives the old text; the
 * {@code EQUAL} and {@code INSERTED} runs give the new one.
 *
 * @param number      the section's stable number
 * @param kind        what happened to the section
 * @param headingDiff the heading's differences; empty when the heading is empty in both versions
 * @param textDiff    the text's differences; empty when the text is empty in both versions
 */
public record SectionChange(int number, Kind kind, List<DiffSegment> headingDiff, List<DiffSegment> textDiff) {

    /** What happened to a section. */
    public enum Kind {
        UNCHANGED,
        CHANGED,
        ADDED,
        REMOVED
    }

    public SectionChange {
        Objects.requireNonNull(kind, "kind");
        headingDiff = List.copyOf(headingDiff);
        textDiff = List.copyOf(textDiff);
    }
}
