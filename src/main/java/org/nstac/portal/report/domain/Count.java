package org.nstac.portal.report.domain;

import java.util.Objects;

/**
 * A counted figure of the report with the number of distinct members it describes, and whether it is hidden ("fewer
 * than 3", {@link SmallNumbers}).
 */
public record Count(long value, int members, boolean hidden) {

    public static final Count ZERO = new Count(0, 0, false);

    public Count {
        if (value < 0 || members < 0) {
            throw new IllegalArgumentException("counts are not negative");
        }
    }

    /** A count, hidden when it describes one or two members. */
    public static Count of(long value, int members) {
        return new Count(value, members, SmallNumbers.hides(members));
    }

    /** A count of members themselves. */
    public static Count ofMembers(int members) {
        return of(members, members);
    }

    /** The same count, hidden as well (a total that would give a hidden part away). */
    public Count hiddenToo() {
        return new Count(value, members, true);
    }

    /** The value to show, or null when hidden. */
    public Long shown() {
        return hidden ? null : value;
    }

    @Override
    public String toString() {
        return hidden ? "hidden" : Objects.toString(value);
    }
}
