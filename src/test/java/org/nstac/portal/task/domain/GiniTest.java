package org.nstac.portal.task.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GiniTest {

    @Test
    void nobodyOrEveryoneTheSameIsPerfectlyEven() {
        assertEquals(new BigDecimal("0.0000"), Gini.of(List.of()));
        assertEquals(new BigDecimal("0.0000"), gini("5"));
        assertEquals(new BigDecimal("0.0000"), gini("3", "3", "3", "3"));
        assertEquals(new BigDecimal("0.0000"), gini("2500.00", "2500", "2500.0"));
        assertEquals(new BigDecimal("0.0000"), gini("0", "0", "0"), "nobody offered anything is even too");
    }

    @Test
    void oneMemberHoldingEverythingAmongNIsNMinusOneOverN() {
        assertEquals(new BigDecimal("0.7500"), gini("0", "0", "0", "12"));
        assertEquals(new BigDecimal("0.5000"), gini("40000", "0"));
        assertEquals(new BigDecimal("0.9000"), gini("0", "0", "0", "0", "0", "0", "0", "0", "0", "1"));
        assertEquals(new BigDecimal("0.6667"), gini("0", "7", "0"), "2/3 rounded half up");
    }

    @Test
    void knownDistributions() {
        assertEquals(new BigDecimal("0.2500"), gini("1", "2", "3", "4"));
        assertEquals(new BigDecimal("0.2500"), gini("4", "1", "3", "2"), "order does not matter");
        assertEquals(new BigDecimal("0.2500"), gini("1000", "2000", "3000", "4000"), "nor the unit");
        assertEquals(new BigDecimal("0.4167"), gini("1", "2", "3", "0"),
                "(2 * (2 + 6 + 12) - 5 * 6) / (4 * 6) = 10/24");
        assertEquals(new BigDecimal("0.4000"), gini("1", "1", "1", "1", "6"),
                "(2 * 40 - 6 * 10) / (5 * 10) = 20/50");
    }

    @Test
    void neglectedMembersCountOnlyIfTheyAreCounted() {
        assertEquals(new BigDecimal("0.0000"), gini("3", "3"));
        assertEquals(new BigDecimal("0.5000"), gini("3", "3", "0", "0"));
    }

    @Test
    void negativeOrMissingValuesAreTheCallersError() {
        assertThrows(IllegalArgumentException.class, () -> gini("1", "-1"));
        assertThrows(NullPointerException.class, () -> Gini.of(Arrays.asList(BigDecimal.ONE, null)));
    }

    private static BigDecimal gini(String... values) {
        return Gini.of(Arrays.stream(values).map(BigDecimal::new).toList());
    }
}
