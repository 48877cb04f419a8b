package org.nstac.portal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nstac.portal.report.domain.AnnualFigures;

/** Incident counts in the annual report: one or two of a kind are "fewer than 3", and the total never gives them away. */
class IncidentCountsTest {

    @Test
    void oneOrTwoOfAKindAreHiddenAndSoIsATotalThatWouldRevealThem() {
        var c = AnnualFigures.incidentCounts(kinds(0, 4, 1, 3));
        assertEquals(0L, c.byKind().get("A").shown(), "none is shown: it says nothing about anyone");
        assertEquals(4L, c.byKind().get("B").shown());
        assertNull(c.byKind().get("C").shown(), "one incident is hidden");
        assertEquals(3L, c.byKind().get("D").shown());
        assertTrue(c.total().hidden(), "8 minus 4 minus 3 would give the hidden one away");

        var two = AnnualFigures.incidentCounts(kinds(0, 2, 2, 5));
        assertTrue(two.byKind().get("B").hidden() && two.byKind().get("C").hidden());
        assertFalse(two.total().hidden(), "two hidden parts: the total does not single either out");
        assertEquals(9L, two.total().shown());

        assertTrue(AnnualFigures.incidentCounts(kinds(0, 0, 2, 0)).total().hidden(), "a total of two is hidden");
        var none = AnnualFigures.incidentCounts(kinds(0, 0, 0, 0));
        assertEquals(0L, none.total().shown());
    }

    private static Map<String, Long> kinds(long a, long b, long c, long d) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("A", a);
        m.put("B", b);
        m.put("C", c);
        m.put("D", d);
        return m;
    }
}
