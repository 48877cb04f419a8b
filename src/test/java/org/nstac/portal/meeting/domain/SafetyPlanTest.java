package org.nstac.portal.meeting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nstac.portal.consent.domain.ConsentPurpose.COUNCIL_WORK;
import static org.nstac.portal.consent.domain.ConsentPurpose.PHOTOGRAPHS;
import static org.nstac.portal.consent.domain.ConsentPurpose.PUBLIC_APPEARANCE;
import static org.nstac.portal.meeting.domain.MeetingFixtures.ONLINE;
import static org.nstac.portal.meeting.domain.MeetingFixtures.ROOM;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.shared.DomainRuleViolation;

class SafetyPlanTest {

    @Test
    void byDefaultNothingExposesAMemberAndBadgesCarryPseudonyms() {
        SafetyPlan plan = SafetyPlan.withDefaults("Duty psychologist", "+381 11 000 000", "Room 3", null, true);
        assertFalse(plan.photographsAllowed());
        assertFalse(plan.recordingAllowed());
        assertFalse(plan.pressPresent());
        assertEquals(MeetingNaming.PSEUDONYM_BADGE, plan.naming());
        assertEquals(MeetingNaming.PSEUDONYM_BADGE,
                new SafetyPlan("Ana (staff)", "in the room", "Room 3", null, false, false, false, null, true)
                        .naming(), "no naming chosen means pseudonym badges");
    }

    @Test
    void aSupportPersonAndAWayToReachThemAreRequired() {
        for (String blank : new String[] {null, "", "   "}) {
            assertEquals("meeting.safety.supportPerson.required", assertThrows(DomainRuleViolation.class,
                    () -> SafetyPlan.withDefaults(blank, "+381 11 000 000", "Room 3", null, true)).key());
            assertEquals("meeting.safety.supportContact.required", assertThrows(DomainRuleViolation.class,
                    () -> SafetyPlan.withDefaults("Duty psychologist", blank, "Room 3", null, true)).key());
        }
    }

    @Test
    void theRuleThatNobodyIsAskedForTheirStoryMustBeAcknowledged() {
        DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class,
                () -> SafetyPlan.withDefaults("Duty psychologist", "+381 11 000 000", "Room 3", "Leave", false));
        assertEquals("meeting.safety.noStories.required", refusal.key());
        assertEquals(List.of(), refusal.args());
    }

    @Test
    void inPersonNeedsAQuietRoomAndOnlineAWayToStepOut() {
        SafetyPlan roomOnly = SafetyPlan.withDefaults("Duty psychologist", "+381 11 000 000", "Room 3", " ", true);
        SafetyPlan stepOutOnly = SafetyPlan.withDefaults("Duty psychologist", "+381 11 000 000", "", "Leave the call",
                true);
        assertNull(roomOnly.stepOutOnline(), "blank is nothing");
        assertNull(stepOutOnly.quietRoom(), "blank is nothing");
        assertSame(roomOnly, roomOnly.checkedFor(ROOM));
        assertSame(stepOutOnly, stepOutOnly.checkedFor(ONLINE));
        assertEquals("meeting.safety.stepOut.required",
                assertThrows(DomainRuleViolation.class, () -> roomOnly.checkedFor(ONLINE)).key());
        assertEquals("meeting.safety.quietRoom.required",
                assertThrows(DomainRuleViolation.class, () -> stepOutOnly.checkedFor(ROOM)).key());
        SafetyPlan both = MeetingFixtures.plan();
        assertSame(both, both.checkedFor(ROOM));
        assertSame(both, both.checkedFor(ONLINE));
    }

    @Test
    void textsAreTidiedAndLimited() {
        SafetyPlan plan = SafetyPlan.withDefaults("  Duty psychologist ", " +381 11 000 000\n", " Room 3 ", null,
                true);
        assertEquals("Duty psychologist", plan.supportPersonName());
        assertEquals("+381 11 000 000", plan.supportContact());
        assertEquals("Room 3", plan.quietRoom());
        String longest = "š".repeat(SafetyPlan.MAX_TEXT_LENGTH);
        assertEquals(longest, SafetyPlan.withDefaults(longest, longest, longest, longest, true).supportPersonName());
        DomainRuleViolation tooLong = assertThrows(DomainRuleViolation.class,
                () -> SafetyPlan.withDefaults("Duty psychologist", "x", longest + "š", null, true));
        assertEquals("meeting.safety.tooLong", tooLong.key());
        assertEquals(List.of(300), tooLong.args());
    }

    /** Columns: kind, press present, photographs allowed, the consents needed. */
    private static final String CONSENTS = """
            PLENARY        .  .  COUNCIL_WORK
            PLENARY        .  x  COUNCIL_WORK PHOTOGRAPHS
            PLENARY        x  .  COUNCIL_WORK PUBLIC_APPEARANCE
            PLENARY        x  x  COUNCIL_WORK PUBLIC_APPEARANCE PHOTOGRAPHS
            WORKING_GROUP  .  .  COUNCIL_WORK
            WORKING_GROUP  .  x  COUNCIL_WORK PHOTOGRAPHS
            WORKING_GROUP  x  .  COUNCIL_WORK PUBLIC_APPEARANCE
            WORKING_GROUP  x  x  COUNCIL_WORK PUBLIC_APPEARANCE PHOTOGRAPHS
            HEARING        .  .  COUNCIL_WORK
            HEARING        .  x  COUNCIL_WORK PHOTOGRAPHS
            HEARING        x  .  COUNCIL_WORK PUBLIC_APPEARANCE
            HEARING        x  x  COUNCIL_WORK PUBLIC_APPEARANCE PHOTOGRAPHS
            TRAINING       .  .  COUNCIL_WORK
            TRAINING       .  x  COUNCIL_WORK PHOTOGRAPHS
            TRAINING       x  .  COUNCIL_WORK PUBLIC_APPEARANCE
            TRAINING       x  x  COUNCIL_WORK PUBLIC_APPEARANCE PHOTOGRAPHS
            PUBLIC_EVENT   .  .  COUNCIL_WORK PUBLIC_APPEARANCE
            PUBLIC_EVENT   .  x  COUNCIL_WORK PUBLIC_APPEARANCE PHOTOGRAPHS
            PUBLIC_EVENT   x  .  COUNCIL_WORK PUBLIC_APPEARANCE
            PUBLIC_EVENT   x  x  COUNCIL_WORK PUBLIC_APPEARANCE PHOTOGRAPHS
            """;

    @Test
    void theConsentsAMeetingNeedsFollowTheTable() {
        List<String> wrong = new ArrayList<>();
        int rows = 0;
        for (String line : CONSENTS.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            String[] columns = line.split("\\s+");
            MeetingKind kind = MeetingKind.valueOf(columns[0]);
            boolean press = columns[1].equals("x");
            boolean photographs = columns[2].equals("x");
            Set<ConsentPurpose> expected = EnumSet.noneOf(ConsentPurpose.class);
            for (int i = 3; i < columns.length; i++) {
                expected.add(ConsentPurpose.valueOf(columns[i]));
            }
            Set<ConsentPurpose> actual = MeetingFixtures.plan(photographs, press).consentsNeeded(kind);
            if (!expected.equals(actual)) {
                wrong.add(line + " but was " + actual);
            }
            rows++;
        }
        assertEquals(MeetingKind.values().length * 4, rows, "the table covers every kind and flag");
        assertEquals(List.of(), wrong);
    }

    @Test
    void recordingAloneNeedsNoFurtherConsentAndQuotingAndMailNeverComeIntoIt() {
        SafetyPlan recorded = new SafetyPlan("Duty psychologist", "x", "Room 3", null, false, true, false, null,
                true);
        assertEquals(Set.of(COUNCIL_WORK), recorded.consentsNeeded(MeetingKind.PLENARY));
        for (MeetingKind kind : MeetingKind.values()) {
            Set<ConsentPurpose> all = MeetingFixtures.plan(true, true).consentsNeeded(kind);
            assertEquals(EnumSet.of(COUNCIL_WORK, PUBLIC_APPEARANCE, PHOTOGRAPHS), all);
        }
    }

    @Test
    void theRuleAMemberReadsHasItsOwnKey() {
        assertEquals("meeting.safety.noStories.rule", SafetyPlan.NO_STORIES_RULE);
    }
}
