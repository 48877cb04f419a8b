package org.nstac.portal.consultation.text;

import java.util.Objects;

/**
 * One section of an imported draft, before the consultation numbers it: a heading and the plain text under it.
 *
 * <p>Why plain text: a draft arrives as Markdown or Word, but the portal shows it in its own pages and lets members
 * comment on it section by section. Keeping only the words (paragraphs separated by a blank line) means no
 * formatting, link or script from the uploaded file ever reaches a page.
 *
 * @param heading the section's heading as written in the draft; {@link DraftImport#PREAMBLE_HEADING} (empty) for the
 *                text before the first heading, which the page labels in the reader's language
 * @param text    the paragraphs under the heading, joined with a blank line; empty when the heading stands alone
 */
public record DraftSection(String heading, String text) {

    public DraftSection {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
    }

    /** Whether this is the text before the draft's first heading. */
    public boolean isPreamble() {
        return heading.isEmpty();
    }
}
