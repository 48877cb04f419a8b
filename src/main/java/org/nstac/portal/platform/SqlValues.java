package org.nstac.portal.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Values read by native queries, whose Java types depend on the driver: one place to turn them into ours. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A DATETIME column (stored in UTC) as an instant; null stays null. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        return (Instant) value;
    }

    /** A DATE column as a local date; null stays null. */
    public static java.time.LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return (java.time.LocalDate) value;
    }

    /** A BOOLEAN (TINYINT) column as a boolean. */
    public static boolean truth(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }
}
