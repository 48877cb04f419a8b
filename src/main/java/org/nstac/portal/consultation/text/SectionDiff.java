package org.nstac.portal.consultation.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nstac.portal.consultation.text.DiffSegment.Type;
import org.nstac.portal.consultation.text.SectionChange.Kind;

/**
 * Compares two versions of a draft section by section, so members can see what the ministry changed after the
 * consultation, and whether their comments made a difference.
 *
 * <p>Sections are matched by their stable number, never by position or heading. Within a changed section the
 * difference is computed word by word (words, runs of white space and single punctuation marks are the units), as
 * drafts are rewritten a phrase at a time and a character diff of legal text is unreadable. Changes separated only
 * by a space are shown as one change ("<del>red car</del><ins>blue bike</ins>", not four pieces).
 *
 * <p>The result is plain text with a type per run; the page escapes it and draws {@code <ins>} and {@code <del>}.
 */
public final class SectionDiff {

    /** A word (letters, combining marks, digits), a run of white space, or any other single character. */
    private static final Pattern TOKEN =
            Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+|\\p{IsWhite_Space}+|[^\\p{L}\\p{M}\\p{N}_\\p{IsWhite_Space}]");

    private SectionDiff() {
    }

    /**
     * Compares two versions.
     *
     * @param before the sections of the earlier version
     * @param after  the sections of the later version
     * @return one change per section number found in either version, in ascending number order
     * @throws IllegalArgumentException when a version has two sections with the same number
     */
    public static List<SectionChange> compare(List<NumberedSection> before, List<NumberedSection> after) {
        Map<Integer, NumberedSection> old = byNumber(before);
        Map<Integer, NumberedSection> now = byNumber(after);
        TreeSet<Integer> numbers = new TreeSet<>(old.keySet());
        numbers.addAll(now.keySet());
        List<SectionChange> changes = new ArrayList<>(numbers.size());
        for (int number : numbers) {
            changes.add(change(number, old.get(number), now.get(number)));
        }
        return List.copyOf(changes);
    }

    private static SectionChange change(int number, NumberedSection old, NumberedSection now) {
        if (now == null) {
            return new SectionChange(number, Kind.REMOVED, whole(Type.DELETED, old.heading()),
                    whole(Type.DELETED, old.text()));
        }
        if (old == null) {
            return new SectionChange(number, Kind.ADDED, whole(Type.INSERTED, now.heading()),
                    whole(Type.INSERTED, now.text()));
        }
        if (old.heading().equals(now.heading()) && old.text().equals(now.text())) {
            return new SectionChange(number, Kind.UNCHANGED, whole(Type.EQUAL, now.heading()),
                    whole(Type.EQUAL, now.text()));
        }
        return new SectionChange(number, Kind.CHANGED, words(old.heading(), now.heading()),
                words(old.text(), now.text()));
    }

    /**
     * The word-level differences between two texts.
     *
     * @return runs in reading order; the {@code EQUAL} and {@code DELETED} runs spell {@code before}, the
     *         {@code EQUAL} and {@code INSERTED} runs spell {@code after}; adjacent runs never share a type, and
     *         within one change the deletion comes before the insertion
     */
    public static List<DiffSegment> words(String before, String after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        List<String> old = tokens(before);
        List<String> now = tokens(after);
        Patch<String> patch = DiffUtils.diff(old, now);
        List<DiffSegment> raw = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            Chunk<String> source = delta.getSource();
            append(raw, Type.EQUAL, old.subList(position, source.getPosition()));
            append(raw, Type.DELETED, source.getLines());
            append(raw, Type.INSERTED, delta.getTarget().getLines());
            position = source.getPosition() + source.size();
        }
        append(raw, Type.EQUAL, old.subList(position, old.size()));
        return tidy(raw);
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static Map<Integer, NumberedSection> byNumber(List<NumberedSection> sections) {
        Map<Integer, NumberedSection> byNumber = new HashMap<>();
        for (NumberedSection section : sections) {
            if (byNumber.put(section.number(), section) != null) {
                throw new IllegalArgumentException("Two sections of one version share the number "
                        + section.number());
            }
        }
        return byNumber;
    }

    private static List<DiffSegment> whole(Type type, String text) {
        return text.isEmpty() ? List.of() : List.of(new DiffSegment(type, text));
    }

    private static void append(List<DiffSegment> segments, Type type, List<String> tokens) {
        if (!tokens.isEmpty()) {
            segments.add(new DiffSegment(type, String.join("", tokens)));
        }
    }

    /**
     * Folds white space that sits between two changes into them, then writes each run of changes as one deletion
     * followed by one insertion. Neither step changes the old or the new text the runs spell.
     */
    private static List<DiffSegment> tidy(List<DiffSegment> raw) {
        List<DiffSegment> folded = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            DiffSegment segment = raw.get(i);
            boolean spaceBetweenChanges = segment.type() == Type.EQUAL && segment.text().isBlank()
                    && i > 0 && i < raw.size() - 1;
            if (spaceBetweenChanges) {
                folded.add(new DiffSegment(Type.DELETED, segment.text()));
                folded.add(new DiffSegment(Type.INSERTED, segment.text()));
            } else {
                folded.add(segment);
            }
        }
        List<DiffSegment> tidy = new ArrayList<>();
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        for (DiffSegment segment : folded) {
            switch (segment.type()) {
                case DELETED -> deleted.append(segment.text());
                case INSERTED -> inserted.append(segment.text());
                case EQUAL -> {
                    flush(tidy, deleted, inserted);
                    tidy.add(segment);
                }
            }
        }
        flush(tidy, deleted, inserted);
        return List.copyOf(tidy);
    }

    private static void flush(List<DiffSegment> tidy, StringBuilder deleted, StringBuilder inserted) {
        if (!deleted.isEmpty()) {
            tidy.add(new DiffSegment(Type.DELETED, deleted.toString()));
            deleted.setLength(0);
        }
        if (!inserted.isEmpty()) {
            tidy.add(new DiffSegment(Type.INSERTED, inserted.toString()));
            inserted.setLength(0);
        }
    }
}
