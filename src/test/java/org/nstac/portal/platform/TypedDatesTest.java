package org.nstac.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedDatesTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-12-03|2026-12-03",
            "2026-1-9|2026-01-09",
            "3.12.2026|2026-12-03",
            "03.12.2026.|2026-12-03",
            " 3. 12. 2026. |2026-12-03",
            "3/12/2026|2026-12-03",
            "29.02.2028|2028-02-29"})
    void datesAreReadAsPeopleTypeThemDayBeforeMonth(String typed, String expected) {
        assertEquals(Optional.of(LocalDate.parse(expected)), TypedDates.parse(typed));
    }

    @ParameterizedTest(name = "''{0}'' is no date")
    @ValueSource(strings = {"", "tomorrow", "2026-12-032026-12-03", "31.11.2026", "29.02.2027", "12/31/2026",
            "2026.12.03", "3.12.26", "2026-13-01"})
    void anythingElseIsNoDate(String typed) {
        assertEquals(Optional.empty(), TypedDates.parse(typed));
    }
}
