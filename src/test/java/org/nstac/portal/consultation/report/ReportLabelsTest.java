package org.nstac.portal.consultation.report;

import org.nstac.portal.consultation.domain.Disposition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nstac.portal.consultation.report.ReportFixtures.BELGRADE;
import static org.nstac.portal.consultation.report.ReportFixtures.ENGLISH;
import static org.nstac.portal.consultation.report.ReportFixtures.SERBIAN;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nstac.portal.consultation.report.ReportLabels.Label;

class ReportLabelsTest {

    private static final Instant SUMMER_NOON = Instant.parse("2026-07-15T10:00:00Z");

    @Test
    void bothBundlesCarryEveryLabel() {
        for (var locale : new java.util.Locale[] {ENGLISH, SERBIAN}) {
            ReportLabels labels = ReportFixtures.labels(locale);
            for (Label label : Label.values()) {
                assertEquals(false, labels.get(label).isBlank(), label.key());
            }
        }
        assertEquals("Ceo nacrt", ReportFixtures.labels(SERBIAN).get(Label.WHOLE_DRAFT));
        assertEquals("Delimično prihvaćeno", ReportFixtures.labels(SERBIAN).disposition(Disposition.PARTLY_ACCEPTED));
    }

    @Test
    void aMissingLabelIsRefusedWhenTheLabelsAreMade() {
        Map<Label, String> words = new EnumMap<>(ReportFixtures.labels(ENGLISH).words());
        words.remove(Label.NOTED);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ReportLabels(ENGLISH, BELGRADE, words));
        assertEquals("Report label missing: Disposition.NOTED", refused.getMessage());
    }

    @Test
    void datesAreShownInTheReadersZoneAndPattern() {
        assertEquals("15. 7. 2026. 12:00", ReportFixtures.labels(SERBIAN).dateTime(SUMMER_NOON));
        assertEquals("15 Jul 2026, 12:00", ReportFixtures.labels(ENGLISH).dateTime(SUMMER_NOON));
        assertEquals("2026-07-15 12:00", ReportFixtures.labels(SERBIAN).csvDateTime(SUMMER_NOON));
    }

    @Test
    void numbersAndSectionNamesFollowTheLanguage() {
        assertEquals("2,5", ReportFixtures.labels(SERBIAN).oneDecimal(new BigDecimal("2.5")));
        assertEquals("2.5", ReportFixtures.labels(ENGLISH).oneDecimal(new BigDecimal("2.5")));
        assertEquals("Odeljak 1200", ReportFixtures.labels(SERBIAN).sectionNumber(1200));
        assertEquals("Section 4", ReportFixtures.labels(ENGLISH).sectionNumber(4));
    }
}
