package org.nstac.portal.shared;

import java.util.List;

/**
 * One feature's lines on a role's dashboard: what waits for this person there, counted, with a link to the items.
 * The dashboard collects every implementation (CDI {@code Instance}) once per request, for the role area it shows;
 * an implementation counts with a few aggregate queries (never by loading a list to count it) and answers nothing
 * for an area it has no business on, or for a caller it cannot place (a member area without a member, a ministry
 * area without an organisation).
 */
public interface ToDos {

    /** The lines for the dashboard of {@code area} (a role name: {@code member}, {@code ministry}...), for the caller. */
    List<ToDo> on(String area);

    /**
     * One line of a dashboard.
     *
     * @param id      stable id on the page ({@code todo-<id>}), for tests and for the person's bookmarks
     * @param order   place among the role's lines (lower first); lines waiting for the person come first anyway
     * @param key     the bundle key of the line's text; {@code {0}} is the count, {@code {1}} the detail
     * @param count   how many items (0: nothing there)
     * @param detail  a second value for the text (a date, a name), or "" when the text has none
     * @param path    where the items are (context-relative, starting with {@code /})
     * @param waiting whether the items wait for this person to act (shown first, and marked) when the count is not 0
     * @param items   up to a few items linked one by one (may be empty)
     */
    record ToDo(String id, int order, String key, long count, String detail, String path, boolean waiting,
            List<Item> items) implements java.io.Serializable {

        public ToDo {
            items = List.copyOf(items);
            detail = detail == null ? "" : detail;
        }

        /** A counted line without a detail or single items. */
        public static ToDo of(String id, int order, String key, long count, String path, boolean waiting) {
            return new ToDo(id, order, key, count, "", path, waiting, List.of());
        }

        /** Whether this line asks the person to act now. */
        public boolean urgent() {
            return waiting && count > 0;
        }
    }

    /** One item of a line, linked: its title (data, not a bundle key) and where it is. */
    record Item(String title, String path) implements java.io.Serializable {
    }

    /** How many single items a line lists at most: the count says the rest, the line's link shows them all. */
    int MAX_ITEMS = 5;
}
