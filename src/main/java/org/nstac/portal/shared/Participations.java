package org.nstac.portal.shared;

import java.time.LocalDate;

/**
 * Whether members take part in the council's work on given days: not before they were admitted, not while paused,
 * not after they withdrew. The member feature provides it; the ledger asks it to prorate a stipend by the days a
 * member took part, and to refuse a stipend to a member who is not taking part.
 */
public interface Participations {

    /** Whether the member takes part on that day. */
    boolean takesPartOn(String memberRef, LocalDate day);

    /** The days from {@code from} to {@code to} (both included) on which the member took part. */
    int daysTakingPart(String memberRef, LocalDate from, LocalDate to);
}
