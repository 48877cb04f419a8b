package org.nstac.portal.task.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nstac.portal.task.domain.Eligibility.Reason.AVOIDS_TOPIC;
import static org.nstac.portal.task.domain.Eligibility.Reason.MISSING_CONSENT_COUNCIL_WORK;
import static org.nstac.portal.task.domain.Eligibility.Reason.MISSING_CONSENT_PHOTOGRAPHS;
import static org.nstac.portal.task.domain.Eligibility.Reason.MISSING_CONSENT_PUBLIC_APPEARANCE;
import static org.nstac.portal.task.domain.Eligibility.Reason.NO_HOURS_LEFT;
import static org.nstac.portal.task.domain.Eligibility.Reason.PAUSED;
import static org.nstac.portal.task.domain.Eligibility.Reason.ROLE_NOT_OFFERED;
import static org.nstac.portal.task.domain.Eligibility.Reason.WITHDRAWN;
import static org.nstac.portal.task.domain.TaskFixtures.TODAY;
import static org.nstac.portal.task.domain.TaskFixtures.member;
import static org.nstac.portal.task.domain.TaskFixtures.terms;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.member.domain.MemberProfile;
import org.nstac.portal.member.domain.MemberProfile.OfferedRole;
import org.nstac.portal.member.domain.Participation;
import org.nstac.portal.member.domain.Participation.Status;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.task.domain.Eligibility.Reason;

class TaskEligibilityTest {

    @Test
    void anActiveWillingConsentingMemberWithHoursLeftIsEligible() {
        assertEquals(Set.of(), Eligibility.whyNot(terms().build(), member().build()));
        assertTrue(Eligibility.isEligible(terms().build(), member().build()));
        Eligibility.require(terms().build(), member().build());
    }

    @Test
    void aPausedMemberIsOfferedNothing() {
        assertEquals(EnumSet.of(PAUSED), whyNot(terms(), member().status(Status.PAUSED)));
    }

    @Test
    void aWithdrawnMemberIsOfferedNothing() {
        assertEquals(EnumSet.of(WITHDRAWN), whyNot(terms(), member().status(Status.WITHDRAWN)));
    }

    @Test
    void aDatedPauseThatHasEndedNoLongerKeepsOffersAway() {
        Participation paused = Participation.active().pause(TODAY.minusDays(1), TODAY.minusDays(10));
        Candidate today = Candidate.of(profile("m-0001", 20), paused, TODAY, BigDecimal.ZERO,
                EnumSet.allOf(ConsentPurpose.class));
        assertEquals(Status.ACTIVE, today.statusToday());
        Candidate yesterday = Candidate.of(profile("m-0001", 20), paused, TODAY.minusDays(1), BigDecimal.ZERO,
                EnumSet.allOf(ConsentPurpose.class));
        assertEquals(EnumSet.of(PAUSED), Eligibility.whyNot(terms().build(), yesterday));
    }

    @Test
    void aTaskNeedingARoleGoesOnlyToMembersOfferingEveryRoleItNeeds() {
        TaskFixtures.Terms speaking = terms().roles(OfferedRole.PUBLIC_ADVOCATE);
        assertEquals(EnumSet.of(ROLE_NOT_OFFERED), whyNot(speaking, member().roles(OfferedRole.CONSULTANT)));
        assertEquals(Set.of(), whyNot(speaking, member().roles(OfferedRole.CONSULTANT, OfferedRole.PUBLIC_ADVOCATE)));
        TaskFixtures.Terms training = terms().roles(OfferedRole.EDUCATOR, OfferedRole.PEER_SUPPORTER);
        assertEquals(EnumSet.of(ROLE_NOT_OFFERED), whyNot(training, member().roles(OfferedRole.EDUCATOR)));
        assertEquals(Set.of(), whyNot(training, member().roles(OfferedRole.EDUCATOR, OfferedRole.PEER_SUPPORTER)));
    }

    @Test
    void aTaskNeedingNoRoleMayGoToAnyMemberWhateverTheyOffer() {
        assertEquals(Set.of(), whyNot(terms(), member().roles(OfferedRole.ADVISOR)));
        assertEquals(Set.of(), whyNot(terms(), member().roles()));
    }

    @Test
    void aTaskOnATopicTheMemberAvoidsNeverReachesThem() {
        assertEquals(EnumSet.of(AVOIDS_TOPIC), whyNot(terms().topics("court", "children"), member().avoids("court")));
        assertEquals(Set.of(), whyNot(terms().topics("children"), member().avoids("court")));
        assertEquals(Set.of(), whyNot(terms(), member().avoids("court")));
    }

    @Test
    void theEstimateMustFitInTheHoursLeftThisMonth() {
        TaskFixtures.Terms sixHours = terms().hours("6");
        assertEquals(Set.of(), whyNot(sixHours, member().hours(20, "14")), "exactly fits");
        assertEquals(EnumSet.of(NO_HOURS_LEFT), whyNot(sixHours, member().hours(20, "14.01")));
        assertEquals(EnumSet.of(NO_HOURS_LEFT), whyNot(sixHours, member().hours(5, "0")));
        assertEquals(EnumSet.of(NO_HOURS_LEFT), whyNot(sixHours, member().hours(10, "25")), "already over");
    }

    @Test
    void offeringZeroHoursAMonthMeansOfferingNone() {
        assertEquals(EnumSet.of(NO_HOURS_LEFT), whyNot(terms().hours("0.01"), member().hours(0, "0")));
    }

    @Test
    void everyTaskNeedsConsentToCouncilWork() {
        assertEquals(EnumSet.of(MISSING_CONSENT_COUNCIL_WORK),
                whyNot(terms(), member().without(ConsentPurpose.COUNCIL_WORK)));
    }

    @Test
    void aPublicTaskNeedsConsentToAppearInPublic() {
        assertEquals(EnumSet.of(MISSING_CONSENT_PUBLIC_APPEARANCE),
                whyNot(terms().publicFacing(), member().without(ConsentPurpose.PUBLIC_APPEARANCE)));
        assertEquals(Set.of(), whyNot(terms(), member().without(ConsentPurpose.PUBLIC_APPEARANCE)),
                "a private task does not ask for it");
    }

    @Test
    void aTaskWithMediaPresentNeedsConsentToPhotographs() {
        assertEquals(EnumSet.of(MISSING_CONSENT_PHOTOGRAPHS),
                whyNot(terms().mediaPresent(), member().without(ConsentPurpose.PHOTOGRAPHS)));
        assertEquals(Set.of(), whyNot(terms(), member().without(ConsentPurpose.PHOTOGRAPHS)));
    }

    @Test
    void otherConsentsDoNotMatterToTasks() {
        assertEquals(Set.of(), whyNot(terms().publicFacing().mediaPresent(),
                member().without(ConsentPurpose.QUOTING, ConsentPurpose.EMAIL_CONTACT)));
    }

    @Test
    void everyReasonIsGivenNotOnlyTheFirst() {
        TaskFixtures.Terms filmedTalk = terms().hours("8").roles(OfferedRole.PUBLIC_ADVOCATE).topics("court")
                .publicFacing().mediaPresent();
        Candidate unlikely = member().status(Status.PAUSED).roles(OfferedRole.CONSULTANT).avoids("court")
                .hours(4, "0").without(ConsentPurpose.values()).build();
        assertEquals(EnumSet.of(PAUSED, ROLE_NOT_OFFERED, AVOIDS_TOPIC, NO_HOURS_LEFT, MISSING_CONSENT_COUNCIL_WORK,
                MISSING_CONSENT_PUBLIC_APPEARANCE, MISSING_CONSENT_PHOTOGRAPHS),
                Eligibility.whyNot(filmedTalk.build(), unlikely));
        assertEquals(EnumSet.of(WITHDRAWN, AVOIDS_TOPIC), whyNot(terms().topics("court"),
                member().status(Status.WITHDRAWN).avoids("court")));
        assertEquals(EnumSet.of(ROLE_NOT_OFFERED, MISSING_CONSENT_PHOTOGRAPHS), whyNot(
                terms().roles(OfferedRole.EDUCATOR).mediaPresent(),
                member().roles(OfferedRole.ADVISOR).without(ConsentPurpose.PHOTOGRAPHS)));
    }

    @Test
    void requireRefusesWithTheKeyOfTheFirstReasonAndNoArguments() {
        DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class, () -> Eligibility.require(
                terms().topics("court").publicFacing().build(),
                member().avoids("court").without(ConsentPurpose.PUBLIC_APPEARANCE).build()));
        assertEquals("task.ineligible.AVOIDS_TOPIC", refusal.key());
        assertEquals(List.of(), refusal.args());
        for (Reason reason : Reason.values()) {
            assertEquals("task.ineligible." + reason.name(), reason.messageKey());
        }
        assertEquals("task.ineligible.PAUSED", assertThrows(DomainRuleViolation.class,
                () -> Eligibility.require(terms().build(), member().status(Status.PAUSED).hours(0, "0").build()))
                .key());
    }

    @Test
    void aCandidateComesFromTheMembersOwnProfile() {
        MemberProfile profile = profile("m-0042", 12);
        Candidate candidate = Candidate.of(profile, Participation.active(), TODAY, new BigDecimal("3"),
                EnumSet.of(ConsentPurpose.COUNCIL_WORK));
        assertEquals("m-0042", candidate.memberRef());
        assertEquals(EnumSet.of(OfferedRole.CONSULTANT, OfferedRole.EDUCATOR), candidate.rolesOffered());
        assertEquals(Set.of("court"), candidate.avoidedTopics());
        assertEquals(12, candidate.hoursPerMonth());
        assertEquals(new BigDecimal("9"), candidate.hoursLeftThisMonth());
        assertEquals(EnumSet.of(AVOIDS_TOPIC), Eligibility.whyNot(terms().topics("court").build(), candidate));
    }

    @Test
    void aCandidateLoggedByMistakeDoesNotDiscloseTheTopicsTheyAvoid() {
        String printed = member().avoids("exploitation.sexual", "children").build().toString();
        assertFalse(printed.contains("exploitation"), printed);
        assertFalse(printed.contains("children"), printed);
        assertTrue(printed.contains("2 avoided topics"), printed);
    }

    @Test
    void aCandidateCannotBeImpossible() {
        assertThrows(IllegalArgumentException.class, () -> member().ref(" ").build());
        assertThrows(IllegalArgumentException.class, () -> member().hours(-1, "0").build());
        assertThrows(IllegalArgumentException.class, () -> member().hours(10, "-1").build());
        assertEquals(BigDecimal.ZERO, new Candidate("m-1", Status.ACTIVE, null, null, 5, null, null)
                .hoursCommittedThisMonth());
    }

    private static Set<Reason> whyNot(TaskFixtures.Terms terms, TaskFixtures.Member member) {
        return Eligibility.whyNot(terms.build(), member.build());
    }

    private static MemberProfile profile(String ref, int hours) {
        MemberProfile profile = new MemberProfile(ref);
        profile.update(EnumSet.of(OfferedRole.CONSULTANT, OfferedRole.EDUCATOR), Set.of("children"), Set.of("court"),
                hours, MemberProfile.ContactChannel.PORTAL, TaskFixtures.VOCABULARY);
        return profile;
    }
}
