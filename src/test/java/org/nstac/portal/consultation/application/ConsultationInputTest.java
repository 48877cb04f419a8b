package org.nstac.portal.consultation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.nstac.portal.shared.Refusals.refusal;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
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

    @Test
    void theCouncilsPositionIsRequiredAndWithinItsLimitAndAMembersDissentWithinItsOwn() {
        assertEquals(List.of("consultation.position.textRequired", List.of()),
                refusal(new Positions.PositionText(" \n ")));
        assertEquals(List.of("consultation.position.textRequired", List.of()),
                refusal(new Positions.PositionText(null)));
        assertEquals(List.of("consultation.position.tooLong", List.of(Positions.MAX_TEXT)),
                refusal(new Positions.PositionText("p".repeat(Positions.MAX_TEXT + 1))));
        assertEquals("p".repeat(Positions.MAX_TEXT),
                InputRules.check(new Positions.PositionText("p".repeat(Positions.MAX_TEXT) + "  ")).text());
        assertEquals(List.of("consultation.position.dissentTooLong", List.of(Positions.MAX_DISSENT)),
                refusal(new Positions.PositionStance(false, "d".repeat(Positions.MAX_DISSENT + 1))));
        assertEquals(List.of("consultation.position.dissentReasonRequired", List.of()),
                refusal(new Positions.PositionStance(false, "   ")));
        assertEquals(null, InputRules.check(new Positions.PositionStance(true, "   ")).reason(),
                "an endorsement needs none");
        assertEquals("Too soon", InputRules.check(new Positions.PositionStance(false, " Too soon ")).reason());
    }

    @Test
    void hidingACommentNeedsAReasonWithinItsLimit() {
        assertEquals(List.of("consultation.hide.reasonRequired", List.of()), refusal(new Comments.HideReason(" ")));
        assertEquals(List.of("consultation.hide.reasonTooLong", List.of(Comments.MAX_HIDE_REASON)),
                refusal(new Comments.HideReason("r".repeat(Comments.MAX_HIDE_REASON + 1))));
        assertEquals("Names a person", InputRules.check(new Comments.HideReason(" Names a person ")).reason());
    }

    @Test
    void decliningARequestNeedsAReasonAndAnOutcomeNoteIsOptionalWithinTheirLimits() {
        assertEquals(List.of(Consultations.DECLINE_REASON_REQUIRED, List.of()),
                refusal(new Consultations.DeclineReason("  ")));
        assertEquals(List.of("consultation.request.reasonTooLong", List.of(Consultations.MAX_DECLINE_REASON)),
                refusal(new Consultations.DeclineReason("r".repeat(Consultations.MAX_DECLINE_REASON + 1))));
        assertEquals("Out of scope", InputRules.check(new Consultations.DeclineReason(" Out of scope ")).reason());
        assertEquals(null, InputRules.check(new Consultations.OutcomeNote(" ")).note());
        assertEquals(List.of("consultation.outcome.noteTooLong", List.of(Consultations.MAX_OUTCOME_NOTE)),
                refusal(new Consultations.OutcomeNote("n".repeat(Consultations.MAX_OUTCOME_NOTE + 1))));
    }

    private static Consultations.Draft draft(String title, String summary, String policyArea, Instant opensAt) {
        return new Consultations.Draft(title, summary, policyArea, opensAt, OPENS.plusSeconds(86_400),
                OPENS.plusSeconds(2 * 86_400), List.of(), List.of(), false);
    }
}
