package org.nstac.portal.consultation.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Puts a page of comments in the order a reader follows a conversation: each thread as it comes, every reply
 * directly under the comment it answers (replies to one comment oldest first), and the threads grouped by the
 * section they are about.
 *
 * <p>Why: ordered by id, a reply lands wherever its posting time puts it, pages away from what it answers, and a
 * ministry official cannot tell who answers whom. A reply whose parent the reader may not see (an Internal or
 * hidden comment) stands on its own where its thread stands, at the first level, so that its place gives nothing
 * away.
 */
public final class CommentThreads {

    private CommentThreads() {
    }

    /** A comment in its place: {@code level} 1 for one that stands on its own, 2 for a reply to it, and so on. */
    public record Placed<T>(T comment, int level) implements java.io.Serializable {
        public Placed {
            Objects.requireNonNull(comment);
            if (level < 1) {
                throw new IllegalArgumentException("A level starts at 1");
            }
        }
    }

    /** The comments on one section (or on the whole draft: a null key), in thread order. */
    public record Group<K, T>(K key, List<Placed<T>> comments) implements java.io.Serializable {
    }

    /**
     * The comments in thread order. Comments whose parent is absent (none, or not among them) start a thread, in the
     * order given; each comment's replies follow it directly, depth first, oldest (lowest id) first.
     *
     * @param comments the comments, threads in the order they should appear
     * @param id       a comment's id (unique among them)
     * @param parent   the id of the comment it replies to, or null
     */
    public static <T> List<Placed<T>> arrange(List<T> comments, ToLongFunction<T> id, Function<T, Long> parent) {
        Set<Long> present = new HashSet<>();
        for (T comment : comments) {
            if (!present.add(id.applyAsLong(comment))) {
                throw new IllegalArgumentException("A comment appears twice: " + id.applyAsLong(comment));
            }
        }
        Map<Long, List<T>> replies = new HashMap<>();
        List<T> starts = new ArrayList<>();
        for (T comment : comments) {
            Long parentId = parent.apply(comment);
            if (parentId == null || !present.contains(parentId) || parentId == id.applyAsLong(comment)) {
                starts.add(comment);
            } else {
                replies.computeIfAbsent(parentId, p -> new ArrayList<>()).add(comment);
            }
        }
        replies.values().forEach(list -> list.sort(Comparator.comparingLong(id)));
        List<Placed<T>> placed = new ArrayList<>(comments.size());
        Set<Long> done = new HashSet<>();
        for (T start : starts) {
            Deque<Placed<T>> stack = new ArrayDeque<>();
            stack.push(new Placed<>(start, 1));
            while (!stack.isEmpty()) {
                Placed<T> next = stack.pop();
                if (!done.add(id.applyAsLong(next.comment()))) {
                    continue;
                }
                placed.add(next);
                List<T> children = replies.getOrDefault(id.applyAsLong(next.comment()), List.of());
                for (int i = children.size() - 1; i >= 0; i--) {
                    stack.push(new Placed<>(children.get(i), next.level() + 1));
                }
            }
        }
        // Replies caught in a loop of parents (not possible from the database) are not lost: they follow, alone.
        for (T comment : comments) {
            if (!done.contains(id.applyAsLong(comment))) {
                done.add(id.applyAsLong(comment));
                placed.add(new Placed<>(comment, 1));
            }
        }
        return placed;
    }

    /**
     * The arranged comments grouped by section, the groups in the order their first comment appears. A section
     * whose threads are split by another section's still gets one group, where it first appears.
     */
    public static <K, T> List<Group<K, T>> bySection(List<Placed<T>> arranged, Function<T, K> section) {
        Map<Object, List<Placed<T>>> groups = new LinkedHashMap<>();
        Map<Object, K> keys = new HashMap<>();
        Object none = new Object();
        for (Placed<T> p : arranged) {
            K key = section.apply(p.comment());
            Object mapKey = key == null ? none : key;
            keys.putIfAbsent(mapKey, key);
            groups.computeIfAbsent(mapKey, k -> new ArrayList<>()).add(p);
        }
        List<Group<K, T>> result = new ArrayList<>();
        groups.forEach((k, list) -> result.add(new Group<>(keys.get(k), List.copyOf(list))));
        return result;
    }
}
