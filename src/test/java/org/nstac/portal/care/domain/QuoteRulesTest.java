package org.nstac.portal.care.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nstac.portal.care.domain.QuoteRules.Action;
import org.nstac.portal.care.domain.QuoteRules.Relation;
import org.nstac.portal.shared.DomainRuleViolation;

/** Quotes approved one by one: who may do what, every move of a decision, and what a proposal must hold. */
class QuoteRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);

    @Test
    void theWholeTruthTable() {
        assertEquals(Set.of(Action.PROPOSE, Action.LIST, Action.VIEW), granted(Relation.SECRETARIAT),
                "the secretariat never decides for the member");
        assertEquals(Set.of(Action.VIEW, Action.DECIDE), granted(Relation.SUBJECT));
        for (Action action : Action.values()) {
            assertFalse(QuoteRules.allows(action, Set.of()), "another member, a ministry: nothing: " + action);
        }
    }

    @Test
    void onlyAnApprovalIsUsableAndNoAndWithdrawalAreFinal() {
        assertTrue(QuoteState.APPROVED.isUsable());
        for (QuoteState s : EnumSet.complementOf(EnumSet.of(QuoteState.APPROVED))) {
            assertFalse(s.isUsable(), s.name());
        }
        assertEquals(QuoteState.APPROVED, QuoteState.PROPOSED.afterDecision(true));
        assertEquals(QuoteState.DECLINED, QuoteState.PROPOSED.afterDecision(false));
        assertEquals(QuoteState.WITHDRAWN, QuoteState.APPROVED.afterDecision(false), "no after yes withdraws");
        assertEquals(QuoteState.APPROVED, QuoteState.APPROVED.afterDecision(true), "yes twice changes nothing");
        for (QuoteState last : new QuoteState[] {QuoteState.DECLINED, QuoteState.WITHDRAWN}) {
            for (boolean answer : new boolean[] {true, false}) {
                assertEquals(QuoteState.NOT_ALLOWED, assertThrows(DomainRuleViolation.class,
                        () -> last.afterDecision(answer)).key(), last + " then " + answer);
            }
        }
    }

    @Test
    void aProposalIsWordsOrAPhotoForANamedOutputOnALaterDay() {
        assertEquals(QuoteProposal.CONTENT_REQUIRED, refused(" ", false, "Annual report", TODAY.plusDays(5)));
        assertEquals(QuoteProposal.CONTENT_BOTH, refused("Words", true, "Annual report", TODAY.plusDays(5)));
        assertEquals(QuoteProposal.TEXT_TOO_LONG, refused("x".repeat(2001), false, "Annual report",
                TODAY.plusDays(5)));
        assertEquals(QuoteProposal.PURPOSE_INVALID, refused("Words", false, "  ", TODAY.plusDays(5)));
        assertEquals(QuoteProposal.PUBLISH_REQUIRED, refused("Words", false, "Annual report", null));
        assertEquals(QuoteProposal.PUBLISH_TOO_SOON, refused("Words", false, "Annual report", TODAY));
        QuoteProposal ok = QuoteProposal.of("  Words  ", false, " Annual report ", TODAY.plusDays(1), TODAY);
        assertEquals("Words", ok.text());
        assertEquals("Annual report", ok.purpose());
    }

    private static String refused(String text, boolean photo, String purpose, LocalDate day) {
        return assertThrows(DomainRuleViolation.class, () -> QuoteProposal.of(text, photo, purpose, day, TODAY))
                .key();
    }

    private static Set<Action> granted(Relation relation) {
        Set<Action> granted = EnumSet.noneOf(Action.class);
        for (Action action : Action.values()) {
            if (QuoteRules.allows(action, Set.of(relation))) {
                granted.add(action);
            }
        }
        return granted;
    }
}
