package org.nstac.portal.consultation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.InputRules;

/**
 * A consultation's draft and its sections are checked by Bean Validation with the keys and limits the ministry's
 * form and the API have always answered with; the first wrong field in the form's order is the one reported.
 */
class ConsultationInputTest {

    private static final Instant OPENS = Instant.parse("2026-12-10T09:00:00Z");

    @Test
    void aDraftWithoutTitleOrSummaryIsRefusedTitleFirst() {
        assertEquals(List.of("consultation.title.required", List.of()), refusal(draft(" ", null, null, OPENS)));
        assertEquals(List.of("consultation.summary.required", List.of()), refusal(draft("Draft law", "", null, OPENS)));
    }

    @Test
    void overlongFieldsAreRefusedWithTheirLimit() {
        assertEquals(List.of("consultation.title.tooLong", List.of(Consultations.MAX_TITLE)),
                refusal(draft("t".repeat(Consultations.MAX_TITLE + 1), "Summary", null, OPENS)));
        assertEquals(List.of("consultation.summary.tooLong", List.of(Consultations.MAX_SUMMARY)),
                refusal(draft("Draft law", "s".repeat(Consultations.MAX_SUMMARY + 1), null, OPENS)));
        assertEquals(List.of("consultation.policyArea.tooLong", List.of(200)),
                refusal(draft("Draft law", "Summary", "p".repeat(201), OPENS)));
    }

    @Test
    void aMissingDateIsOneRefusalWhicheverDateIsMissing() {
        assertEquals(List.of("consultation.dates.required", List.of()),
                refusal(draft("Draft law", "Summary", "Labour", null)));
        Consultations.Draft noAnswersDue = new Consultations.Draft("Draft law", "Summary", null, OPENS,
                OPENS.plusSeconds(86_400), null, List.of(), List.of(), false);
        assertEquals(List.of("consultation.dates.required", List.of()), refusal(noAnswersDue));
    }

    @Test
    void aSectionNeedsAHeadingWithinItsLimitAndTextWithinItsOwn() {
        assertEquals(List.of("consultation.section.headingRequired", List.of()),
                refusal(new Consultations.SectionText("  ", "Text", List.of())));
        assertEquals(List.of("consultation.section.headingTooLong", List.of(Consultations.MAX_HEADING)),
                refusal(new Consultations.SectionText("h".repeat(Consultations.MAX_HEADING + 1), null, List.of())));
        assertEquals(List.of("consultation.section.tooLong", List.of(Consultations.MAX_SECTION)),
                refusal(new Consultations.SectionText("Article 1", "x".repeat(Consultations.MAX_SECTION + 1),
                        List.of())));
    }

    @Test
    void goodInputPassesAtTheLimits() {
        Consultations.Draft ok = draft("t".repeat(Consultations.MAX_TITLE), "s".repeat(Consultations.MAX_SUMMARY),
                "p".repeat(200), OPENS);
        assertSame(ok, InputRules.check(ok));
        Consultations.SectionText section = new Consultations.SectionText("h".repeat(Consultations.MAX_HEADING),
                null, null);
        assertSame(section, InputRules.check(section));
    }

    private static Consultations.Draft draft(String title, String summary, String policyArea, Instant opensAt) {
        return new Consultations.Draft(title, summary, policyArea, opensAt, OPENS.plusSeconds(86_400),
                OPENS.plusSeconds(2 * 86_400), List.of(), List.of(), false);
    }

    private static List<Object> refusal(Object input) {
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> InputRules.check(input));
        return List.of(refused.key(), refused.args());
    }
}
