package org.nstac.portal.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nstac.portal.learning.domain.LearningEligibility;
import org.nstac.portal.learning.domain.LearningEligibility.Reason;
import org.nstac.portal.learning.domain.LearningOffer;
import org.nstac.portal.learning.domain.LearningOfferState;
import org.nstac.portal.learning.domain.LearningOpportunity;
import org.nstac.portal.learning.domain.LearningRules;
import org.nstac.portal.learning.domain.LearningRules.Action;
import org.nstac.portal.learning.domain.LearningRules.Caller;
import org.nstac.portal.shared.DomainRuleViolation;

/** Learning's rules without a server: who may do what, the offer's moves, eligibility, an opportunity's limits. */
class LearningDomainTest {

    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2027, 1, 12);

    /** Columns: MEMBER CHAIR SECRETARIAT CUSTODIAN FINANCE MINISTRY PARTNER OBSERVER ADMIN; x = allowed. */
    private static final String TABLE = """
            MANAGE           .  .  x  .  .  .  .  .  .
            ANSWER_OWN       x  .  .  .  .  .  .  .  .
            READ_OWN_RECORD  x  .  .  .  .  .  .  .  .
            """;

    @Test
    void everyCellOfTheRulesTableHolds() {
        List<String> lines = TABLE.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertEquals(Action.values().length, lines.size());
        List<String> wrong = new ArrayList<>();
        for (String line : lines) {
            String[] columns = line.split("\\s+");
            assertEquals(1 + Caller.values().length, columns.length, line);
            for (Caller caller : Caller.values()) {
                boolean expected = "x".equals(columns[1 + caller.ordinal()]);
                if (LearningRules.allows(caller, Action.valueOf(columns[0])) != expected) {
                    wrong.add(columns[0] + " " + caller);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void anOfferMovesOnlyAsAllowedAndOnlyAnAcceptedOneIsCompleted() {
        LearningOffer offer = new LearningOffer(1, "m-1", AT, "secretariat");
        assertEquals(LearningOfferState.COMPLETED.name(), "COMPLETED");
        DomainRuleViolation early = assertThrows(DomainRuleViolation.class,
                () -> offer.complete(DAY, null, AT, "secretariat"));
        assertEquals(LearningOfferState.NOT_ACCEPTED, early.key(), "never accepted: not completed");
        offer.accept(true, AT);
        assertTrue(offer.isRoleAgreed());
        offer.complete(DAY, "EDUCATOR", AT, "secretariat");
        assertEquals(LearningOfferState.COMPLETED, offer.getState());
        assertEquals(LearningOfferState.NOT_ALLOWED, assertThrows(DomainRuleViolation.class,
                () -> offer.complete(DAY, null, AT, "secretariat")).key(), "completed once");
        assertEquals(LearningOfferState.NOT_ALLOWED, assertThrows(DomainRuleViolation.class,
                () -> offer.decline(AT)).key(), "a completion is a fact");

        LearningOffer declined = new LearningOffer(1, "m-2", AT, "secretariat");
        declined.decline(AT);
        assertFalse(declined.getState().holdsAPlace(), "a declined offer frees its place");
        assertEquals(LearningOfferState.NOT_ALLOWED, assertThrows(DomainRuleViolation.class,
                () -> declined.accept(false, AT)).key());
        assertEquals(LearningOfferState.NOT_ACCEPTED, assertThrows(DomainRuleViolation.class,
                () -> declined.complete(DAY, null, AT, "secretariat")).key());
    }

    @Test
    void eligibilitySaysEveryReasonAndRequireReportsTheFirst() {
        var ok = new LearningEligibility.Candidate("m-1", false, false, true, true, Set.of("LABOUR"));
        assertEquals(Set.of(), LearningEligibility.whyNot(Set.of("HOUSING"), ok));
        var all = new LearningEligibility.Candidate("m-2", true, true, false, false, Set.of("HOUSING"));
        assertEquals(EnumSet.allOf(Reason.class), LearningEligibility.whyNot(Set.of("HOUSING"), all));
        assertEquals("learning.ineligible.PAUSED", assertThrows(DomainRuleViolation.class,
                () -> LearningEligibility.require(Set.of(), all)).key());
        var noTerms = new LearningEligibility.Candidate("m-3", false, false, true, false, Set.of());
        assertEquals("terms.required", assertThrows(DomainRuleViolation.class,
                () -> LearningEligibility.require(Set.of(), noTerms)).key(), "the engagement terms' own reason");
    }

    @Test
    void anOpportunityRefusesBadInputWithOneKeyEach() {
        assertEquals("learning.places.invalid", key(() -> opportunity("T", DAY, DAY, "sr", 0, "6")));
        assertEquals("learning.places.invalid", key(() -> opportunity("T", DAY, DAY, "sr", 501, "6")));
        assertEquals("learning.dates.order", key(() -> opportunity("T", DAY, DAY.minusDays(1), "sr", 2, "6")));
        assertEquals("learning.dates.required", key(() -> opportunity("T", null, DAY, "sr", 2, "6")));
        assertEquals("learning.title.required", key(() -> opportunity("  ", DAY, DAY, "sr", 2, "6")));
        assertEquals("learning.language.invalid", key(() -> opportunity("T", DAY, DAY, "Serbian!", 2, "6")));
        assertEquals("learning.paidHours.invalid", key(() -> opportunity("T", DAY, DAY, "sr", 2, "-1")));
        assertEquals("learning.paidHours.invalid", key(() -> opportunity("T", DAY, DAY, "sr", 2, "1.255")));
        LearningOpportunity unpaid = opportunity("T", DAY, DAY, "sr-Latn", 2, "0");
        assertFalse(unpaid.isPaid());
        assertTrue(opportunity("T", DAY, DAY.plusDays(1), "en", 2, "6.5").isPaid());
    }

    private static LearningOpportunity opportunity(String title, LocalDate start, LocalDate end, String language,
            int places, String hours) {
        return new LearningOpportunity(title, "Provider", null, start, end, language, places, new BigDecimal(hours),
                Set.of(), null, "secretariat", AT);
    }

    private static String key(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(DomainRuleViolation.class, call).key();
    }
}
