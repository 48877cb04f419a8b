package org.nstac.portal.task.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nstac.portal.task.domain.TaskFixtures.TODAY;
import static org.nstac.portal.task.domain.TaskFixtures.VOCABULARY;
import static org.nstac.portal.task.domain.TaskFixtures.terms;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.member.domain.MemberProfile.OfferedRole;
import org.nstac.portal.shared.DomainRuleViolation;

class TaskTermsTest {

    @Test
    void ordinaryTermsAreKeptWithHoursAndRateInHundredths() {
        TaskTerms terms = terms().hours("6.5").rate("2500").topics("court").roles(OfferedRole.CONSULTANT).build();
        assertEquals(new BigDecimal("6.50"), terms.estimatedHours());
        assertEquals(new BigDecimal("2500.00"), terms.rate());
        assertEquals("RSD", terms.currency());
        assertEquals(Set.of("court"), terms.topics());
        assertEquals(EnumSet.of(OfferedRole.CONSULTANT), terms.rolesNeeded());
        assertEquals(terms, terms().hours("6.50").rate("2500.0").topics("court").roles(OfferedRole.CONSULTANT)
                .build(), "equal amounts make equal terms");
    }

    @Test
    void hoursAreMoreThanZeroAtMost400WithAtMostTwoDecimals() {
        for (String bad : new String[] {null, "0", "-1", "0.001", "400.01", "401", "1E+3"}) {
            DomainRuleViolation refusal = refused(() -> terms().hours(bad).build());
            assertEquals("task.hours.invalid", refusal.key(), String.valueOf(bad));
            assertEquals(List.of(new BigDecimal("400")), refusal.args());
        }
        assertEquals(new BigDecimal("400.00"), terms().hours("400").build().estimatedHours());
        assertEquals(new BigDecimal("0.01"), terms().hours("0.01").build().estimatedHours());
        assertEquals(new BigDecimal("2.50"), terms().hours("2.5000").build().estimatedHours(),
                "trailing zeros are not decimals");
    }

    @Test
    void withoutAnAgreedRateTheCardPaysAndNoReasonIsKept() {
        TaskTerms card = terms().rate(null).build();
        assertEquals(null, card.rate());
        assertEquals(null, card.rateReason(), "a reason without an agreed rate means nothing");
    }

    @Test
    void aReasonIsKeptStrippedAndAtMostFiveHundredCharacters() {
        assertEquals(List.of(500), refused(() -> terms().reason("x".repeat(501)).build()).args());
        assertEquals("Peer support at night", terms().reason("  Peer support at night ").build().rateReason());
        assertEquals(null, terms().reason("  ").build().rateReason());
    }

    @Test
    void theRateIsMoreThanZeroAtMostAMillionInWholeCents() {
        for (String bad : new String[] {"0", "-2500", "0.001", "1000000.01", "2500.005"}) {
            DomainRuleViolation refusal = refused(() -> terms().rate(bad).build());
            assertEquals("task.rate.invalid", refusal.key(), String.valueOf(bad));
            assertEquals(List.of(new BigDecimal("1000000")), refusal.args());
        }
        assertEquals(new BigDecimal("1000000.00"), terms().rate("1000000").build().rate());
        assertEquals(new BigDecimal("0.01"), terms().rate("0.01").build().rate());
    }

    @Test
    void onlyDinarsAndEurosArePaid() {
        assertEquals("EUR", terms().currency("EUR").build().currency());
        for (String bad : new String[] {null, "", "USD", "eur", " RSD", "DIN"}) {
            DomainRuleViolation refusal = refused(() -> terms().currency(bad).build());
            assertEquals("task.currency.unknown", refusal.key(), String.valueOf(bad));
            assertEquals(List.of(), refusal.args());
        }
    }

    @Test
    void aPayBasisAndADeadlineAreRequired() {
        assertEquals("task.payBasis.required", refused(() -> terms().basis(null).build()).key());
        assertEquals("task.deadline.required", refused(() -> terms().deadline(null).build()).key());
    }

    @Test
    void theDeadlineMayBeTodayButNotEarlierWhenTheTermsAreSet() {
        TaskTerms dueToday = terms().deadline(TODAY).build();
        assertSame(dueToday, dueToday.checkedOn(TODAY, VOCABULARY));
        TaskTerms dueYesterday = terms().deadline(TODAY.minusDays(1)).build();
        DomainRuleViolation refusal = refused(() -> dueYesterday.checkedOn(TODAY, VOCABULARY));
        assertEquals("task.deadline.past", refusal.key());
        assertEquals(List.of(), refusal.args());
    }

    @Test
    void aTaskReadBackAfterItsDeadlineIsStillValidTerms() {
        assertEquals(TODAY.minusYears(1), terms().deadline(TODAY.minusYears(1)).build().deadline());
    }

    @Test
    void topicsComeFromTheContentNoteVocabularySoAvoidedTopicsAlwaysMatch() {
        TaskTerms known = terms().topics("court", "children").build();
        assertSame(known, known.checkedOn(TODAY, VOCABULARY));
        TaskTerms typo = terms().topics("cuort").build();
        assertEquals("task.topic.unknown", refused(() -> typo.checkedOn(TODAY, VOCABULARY)).key());
        assertEquals("task.topic.unknown", refused(() -> terms().topics(" ").build()).key());
        Set<String> withNull = new HashSet<>();
        withNull.add(null);
        assertEquals("task.topic.unknown", refused(() -> {
            TaskFixtures.Terms t = terms();
            t.topics = withNull;
            t.build();
        }).key());
    }

    @Test
    void rolesAndTopicsAreCopiedAndCannotBeChangedAfterwards() {
        Set<OfferedRole> roles = EnumSet.of(OfferedRole.EDUCATOR);
        Set<String> topics = new HashSet<>(Set.of("court"));
        TaskTerms terms = new TaskTerms(BigDecimal.ONE, PayBasis.APPEARANCE, null, null, "EUR", TODAY, false, false,
                roles, topics);
        roles.add(OfferedRole.PUBLIC_ADVOCATE);
        topics.add("children");
        assertEquals(EnumSet.of(OfferedRole.EDUCATOR), terms.rolesNeeded());
        assertEquals(Set.of("court"), terms.topics());
        assertThrows(UnsupportedOperationException.class, () -> terms.topics().add("children"));
        assertThrows(UnsupportedOperationException.class, () -> terms.rolesNeeded().clear());
        TaskTerms none = new TaskTerms(BigDecimal.ONE, PayBasis.APPEARANCE, null, null, "EUR", TODAY, false, false,
                null, null);
        assertTrue(none.rolesNeeded().isEmpty());
        assertTrue(none.topics().isEmpty());
    }

    @Test
    void everyTaskNeedsConsentToCouncilWorkAndPublicOrFilmedOnesMore() {
        assertEquals(EnumSet.of(ConsentPurpose.COUNCIL_WORK), terms().build().consentsNeeded());
        assertEquals(EnumSet.of(ConsentPurpose.COUNCIL_WORK, ConsentPurpose.PUBLIC_APPEARANCE),
                terms().publicFacing().build().consentsNeeded());
        assertEquals(EnumSet.of(ConsentPurpose.COUNCIL_WORK, ConsentPurpose.PHOTOGRAPHS),
                terms().mediaPresent().build().consentsNeeded());
        assertEquals(EnumSet.of(ConsentPurpose.COUNCIL_WORK, ConsentPurpose.PUBLIC_APPEARANCE,
                ConsentPurpose.PHOTOGRAPHS), terms().publicFacing().mediaPresent().build().consentsNeeded());
    }

    private static DomainRuleViolation refused(Executable executable) {
        return assertThrows(DomainRuleViolation.class, executable);
    }
}
