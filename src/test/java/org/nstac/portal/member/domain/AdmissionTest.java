package org.nstac.portal.member.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nstac.portal.member.domain.ReadinessAssessment.Outcome;
import org.nstac.portal.shared.DomainRuleViolation;

/** Admission: the eligibility attestation under the council's rule, and the readiness assessment's outcome. */
class AdmissionTest {

    private static final String REASON = "Independent professional confirmed readiness; member asked to join now.";
    private static final ZoneId BELGRADE = ZoneId.of("Europe/Belgrade");
    /** 2026-11-27 23:30 in Belgrade, still 22:30 on the same day in UTC. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T22:30:00Z"), BELGRADE);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void theDefaultRuleIsFiveYears() {
        assertEquals(5, AdmissionRule.DEFAULT.minimumYears());
    }

    @Test
    void fiveYearsOrMoreNeedNoReason() {
        var attestation = EligibilityAttestation.attest(true, 5, null, AdmissionRule.DEFAULT);
        assertTrue(attestation.meetsMinimum(AdmissionRule.DEFAULT));
        assertNull(attestation.belowRuleReason());
        assertDoesNotThrow(() -> EligibilityAttestation.attest(true, 12, "", AdmissionRule.DEFAULT));
    }

    @Test
    void belowFiveYearsWithoutAReasonIsRefusedNamingTheMinimum() {
        DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class,
                () -> EligibilityAttestation.attest(true, 4, null, AdmissionRule.DEFAULT));
        assertEquals("member.admission.reasonRequired", refusal.key());
        assertEquals(List.of(5), refusal.args());
    }

    @ParameterizedTest
    @ValueSource(strings = {"   ", "too short", "a b c d e f g h i j k l m n o p q r s"})
    void aReasonNeedsTwentyCharactersThatAreNotBlank(String reason) {
        assertEquals("member.admission.reasonRequired", assertThrows(DomainRuleViolation.class,
                () -> EligibilityAttestation.attest(true, 2, reason, AdmissionRule.DEFAULT)).key());
    }

    @Test
    void belowFiveYearsWithAReasonIsAccepted() {
        var attestation = EligibilityAttestation.attest(true, 2, "  " + REASON + "  ", AdmissionRule.DEFAULT);
        assertEquals(REASON, attestation.belowRuleReason());
        assertFalse(attestation.meetsMinimum(AdmissionRule.DEFAULT));
        assertDoesNotThrow(
                () -> EligibilityAttestation.attest(true, 0, "abcdefghij klmnopqrst", AdmissionRule.DEFAULT));
    }

    @Test
    void theCouncilCanSetItsOwnMinimum() {
        var threeYears = new AdmissionRule(3);
        assertDoesNotThrow(() -> EligibilityAttestation.attest(true, 3, null, threeYears));
        DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class,
                () -> EligibilityAttestation.attest(true, 2, null, threeYears));
        assertEquals(List.of(3), refusal.args());
        var zero = new AdmissionRule(0);
        assertDoesNotThrow(() -> EligibilityAttestation.attest(true, 0, null, zero));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 81})
    void aMinimumOutsideZeroToEightyYearsIsNotARule(int years) {
        assertEquals("member.admission.rule.invalid",
                assertThrows(DomainRuleViolation.class, () -> new AdmissionRule(years)).key());
    }

    @Test
    void anAttestationStoredUnderAnEarlierRuleStillLoads() {
        var stored = new EligibilityAttestation(true, 4, null);
        assertDoesNotThrow(() -> stored.requireSatisfies(new AdmissionRule(4)));
        assertThrows(DomainRuleViolation.class, () -> stored.requireSatisfies(AdmissionRule.DEFAULT));
    }

    @Test
    void onlyAdultsAreAdmitted() {
        assertEquals("member.admission.notAdult", assertThrows(DomainRuleViolation.class,
                () -> EligibilityAttestation.attest(false, 10, null, AdmissionRule.DEFAULT)).key());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 81, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void yearsOutsideZeroToEightyAreRefused(int years) {
        assertEquals("member.admission.years.invalid", assertThrows(DomainRuleViolation.class,
                () -> new EligibilityAttestation(true, years, REASON)).key());
    }

    @Test
    void aReasonLongerThanTheColumnIsRefused() {
        DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class,
                () -> new EligibilityAttestation(true, 1, "x".repeat(2001)));
        assertEquals("member.admission.reason.tooLong", refusal.key());
        assertEquals(List.of(2000), refusal.args());
    }

    @Test
    void anAssessmentTodayOrEarlierIsRecorded() {
        var today = ReadinessAssessment.recorded(TODAY, " Atina ", Outcome.READY, CLOCK);
        assertEquals("Atina", today.organisation());
        assertTrue(today.isReady());
        assertDoesNotThrow(() -> ReadinessAssessment.recorded(TODAY.minusYears(1), "ASTRA", Outcome.READY, CLOCK));
    }

    @Test
    void anAssessmentDatedInTheFutureIsRefusedInThePortalsTimeZone() {
        DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class,
                () -> ReadinessAssessment.recorded(TODAY.plusDays(1), "ASTRA", Outcome.READY, CLOCK));
        assertEquals("member.readiness.date.future", refusal.key());
        Clock utc = CLOCK.withZone(ZoneId.of("UTC"));
        assertDoesNotThrow(() -> ReadinessAssessment.recorded(TODAY, "ASTRA", Outcome.READY, utc));
        Clock tokyo = CLOCK.withZone(ZoneId.of("Asia/Tokyo"));
        assertDoesNotThrow(() -> ReadinessAssessment.recorded(TODAY.plusDays(1), "ASTRA", Outcome.READY, tokyo));
    }

    @Test
    void anAssessmentNamesItsDateOrganisationAndOutcome() {
        assertEquals("member.readiness.date.required", assertThrows(DomainRuleViolation.class,
                () -> ReadinessAssessment.recorded(null, "ASTRA", Outcome.READY, CLOCK)).key());
        assertEquals("member.readiness.organisation.invalid", assertThrows(DomainRuleViolation.class,
                () -> new ReadinessAssessment(TODAY, " A ", Outcome.READY)).key());
        assertEquals("member.readiness.organisation.invalid", assertThrows(DomainRuleViolation.class,
                () -> new ReadinessAssessment(TODAY, "A".repeat(201), Outcome.READY)).key());
        assertEquals("member.readiness.organisation.invalid", assertThrows(DomainRuleViolation.class,
                () -> new ReadinessAssessment(TODAY, null, Outcome.READY)).key());
        assertDoesNotThrow(() -> new ReadinessAssessment(TODAY, "A".repeat(200), Outcome.READY));
        assertEquals("member.readiness.outcome.required", assertThrows(DomainRuleViolation.class,
                () -> new ReadinessAssessment(TODAY, "ASTRA", null)).key());
    }

    @Test
    void notYetReadyBlocksAdmission() {
        var notYet = ReadinessAssessment.recorded(TODAY, "ASTRA", Outcome.NOT_YET, CLOCK);
        assertFalse(notYet.isReady());
        assertEquals("member.admission.notReady",
                assertThrows(DomainRuleViolation.class, notYet::requireReady).key());
        var attestation = new EligibilityAttestation(true, 6, null);
        assertEquals("member.admission.notReady", assertThrows(DomainRuleViolation.class,
                () -> AdmissionRule.DEFAULT.requireAdmissible(attestation, notYet)).key());
    }

    @Test
    void admissionNeedsTheRuleMetAndAReadyOutcome() {
        var ready = ReadinessAssessment.recorded(TODAY, "ASTRA", Outcome.READY, CLOCK);
        assertDoesNotThrow(
                () -> AdmissionRule.DEFAULT.requireAdmissible(new EligibilityAttestation(true, 6, null), ready));
        assertEquals("member.admission.reasonRequired", assertThrows(DomainRuleViolation.class,
                () -> AdmissionRule.DEFAULT.requireAdmissible(new EligibilityAttestation(true, 1, null), ready)).key());
    }
}
