package org.nstac.portal.platform;

import java.util.List;

/**
 * One page of a list the server already filtered for the viewer: at most {@link #SIZE} items, which page this is
 * (1-based), how many pages and items there are. Pages link to their neighbours with plain addresses
 * ({@code ?page=2}, the filter kept beside it, tags/pager.xhtml), so that Back, reload and bookmarks work and a long
 * list never reaches the browser whole. A page number that is missing, not a number or out of range shows the nearest
 * page that exists.
 *
 * @param <T> the items
 */
public record Paged<T>(List<T> items, int page, int pages, int total) {

    /** Twenty to a page: a phone screen or two, and few enough to Tab through. */
    public static final int SIZE = 20;

    public Paged {
        items = List.copyOf(items);
    }

    /** The page {@code requested} (as the address gives it, 1-based) of {@code all}. */
    public static <T> Paged<T> of(List<T> all, String requested) {
        int pages = Math.max(1, (all.size() + SIZE - 1) / SIZE);
        int page = Math.min(pages, Math.max(1, parse(requested)));
        int from = (page - 1) * SIZE;
        return new Paged<>(all.subList(Math.min(from, all.size()), Math.min(from + SIZE, all.size())), page, pages,
                all.size());
    }

    /**
     * The page {@code requested} of a list the database pages: {@code total} rows in all, {@code rows} reads
     * {@code (first, max)} of them.
     */
    public static <T> Paged<T> fetch(long total, String requested,
            java.util.function.BiFunction<Integer, Integer, List<T>> rows) {
        int pages = (int) Math.max(1, (total + SIZE - 1) / SIZE);
        int page = Math.min(pages, Math.max(1, parse(requested)));
        return new Paged<>(total == 0 ? List.of() : rows.apply((page - 1) * SIZE, SIZE), page, pages, (int) total);
    }

    private static int parse(String requested) {
        if (requested == null || !requested.strip().matches("\\d+")) {
            return 1;
        }
        String digits = requested.strip();
        return digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
