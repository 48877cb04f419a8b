package org.nstac.portal.report.domain;

/**
 * When a figure is shown as "fewer than 3": whenever it describes one or two members. Why: the report is public, the
 * council is small, and a figure about one or two people (two members paused, one paid for public speaking) can point
 * at them for anyone who knows the council. A figure about nobody (0) says nothing about anyone and is shown; so is
 * one about three or more.
 *
 * <p>A total whose parts are shown is a way back to a hidden part (the total minus the others): a total is hidden too
 * when exactly one of its parts is ({@link #hidesTotal}).
 */
public final class SmallNumbers {

    /** The smallest number of members a shown figure may describe. */
    public static final int THRESHOLD = 3;

    private SmallNumbers() {
    }

    /** Whether a figure describing {@code members} distinct members must be hidden. */
    public static boolean hides(int members) {
        if (members < 0) {
            throw new IllegalArgumentException("a number of members cannot be negative");
        }
        return members > 0 && members < THRESHOLD;
    }

    /** Whether a total must be hidden, given how many of its parts are hidden. */
    public static boolean hidesTotal(boolean totalHidden, long hiddenParts) {
        return totalHidden || hiddenParts == 1;
    }
}
