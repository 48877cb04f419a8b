package org.nstac.portal.consultation.text;

import java.util.Objects;

/**
 * A run of text that is the same in both versions, only in the new one, or only in the old one.
 *
 * <p>Why plain text and a type instead of markup: the page escapes {@link #text()} and wraps it in {@code <ins>} or
 * {@code <del>} itself, so a draft that contains markup can never inject it.
 *
 * @param type what happened to the text
 * @param text the words, spaces and punctuation, exactly as written; never empty
 */
public record DiffSegment(Type type, String text) {

    /** What happened to a run of text between two versions. */
    public enum Type {
        EQUAL,
        INSERTED,
        DELETED
    }

    public DiffSegment {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("A diff segment holds some text");
        }
    }
}
