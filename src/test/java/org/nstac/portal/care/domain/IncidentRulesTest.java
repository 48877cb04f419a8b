package org.nstac.portal.care.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nstac.portal.care.domain.IncidentRules.Action;
import org.nstac.portal.care.domain.IncidentRules.Relation;
import org.nstac.portal.shared.DomainRuleViolation;

/** The crisis protocol and the incident log: who may do what, what an entry must hold, what the protocol text is. */
class IncidentRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
    private static final Set<IncidentAction> CALLED = EnumSet.of(IncidentAction.SUPPORT_PERSON_CALLED);

    @Test
    void theWholeTruthTable() {
        assertEquals(Set.of(Action.READ_PROTOCOL), granted(Relation.SIGNED_IN),
                "members, ministries, observers, finance: the protocol only, never the log");
        assertEquals(EnumSet.allOf(Action.class), granted(Relation.SECRETARIAT));
        assertEquals(Set.of(Action.READ_PROTOCOL, Action.LIST, Action.RECORD, Action.UPDATE), granted(Relation.CHAIR),
                "the chair keeps the log with the secretariat but does not rewrite the protocol");
        for (Action action : Action.values()) {
            assertFalse(IncidentRules.allows(action, Set.of()), "nobody signed in: nothing: " + action);
        }
        assertTrue(IncidentRules.allows(Action.LIST, Set.of(Relation.SIGNED_IN, Relation.CHAIR)),
                "oak is a member and the chair");
    }

    @Test
    void anEntryNeedsADayNotAfterTodayAKindAndAnAction() {
        assertEquals(IncidentEntry.DATE_REQUIRED, refused(() -> entry(null, IncidentKind.HEALTH, CALLED, null, null,
                false)));
        assertEquals(IncidentEntry.DATE_FUTURE, refused(() -> entry(TODAY.plusDays(1), IncidentKind.HEALTH, CALLED,
                null, null, false)));
        assertEquals(IncidentKind.UNKNOWN, refused(() -> entry(TODAY, null, CALLED, null, null, false)));
        assertEquals(IncidentAction.REQUIRED, refused(() -> entry(TODAY, IncidentKind.HEALTH, Set.of(), null, null,
                false)));
        IncidentEntry today = entry(TODAY, IncidentKind.HEALTH, CALLED, null, null, false);
        assertEquals(TODAY, today.occurredOn(), "an incident today is logged today");
    }

    @Test
    void kindsAndActionsComeFromTheirListsOnly() {
        assertEquals(IncidentKind.SAFETY_THREAT, IncidentKind.parse(" safety_threat "));
        for (String bad : new String[] {null, "", "STORY", "DISTRESS"}) {
            assertEquals(IncidentKind.UNKNOWN, refused(() -> IncidentKind.parse(bad)), String.valueOf(bad));
        }
        assertEquals(EnumSet.of(IncidentAction.MEETING_PAUSED, IncidentAction.FOLLOWED_UP),
                IncidentAction.parse(List.of("followed_up", "MEETING_PAUSED", "FOLLOWED_UP")), "repeats count once");
        assertEquals(IncidentAction.UNKNOWN, refused(() -> IncidentAction.parse(List.of("HUGGED"))));
        assertEquals(IncidentAction.REQUIRED, refused(() -> IncidentAction.parse(List.of())));
        assertEquals(IncidentAction.REQUIRED, refused(() -> IncidentAction.parse(null)));
    }

    @Test
    void theNoteSaysWhatWasDoneInAtMost200CharactersWithoutContactDetails() {
        String limit = "é".repeat(IncidentEntry.NOTE_MAX);
        assertEquals(limit, entry(TODAY, IncidentKind.OTHER, CALLED, "  " + limit + "  ", null, false).note(),
                "200 characters, stripped, is the limit");
        DomainRuleViolation tooLong = assertThrows(DomainRuleViolation.class,
                () -> entry(TODAY, IncidentKind.OTHER, CALLED, limit + "x", null, false));
        assertEquals(IncidentEntry.NOTE_TOO_LONG, tooLong.key());
        assertEquals(List.of(200), tooLong.args());
        assertEquals(IncidentEntry.NOTE_CONTACT, refused(() -> entry(TODAY, IncidentKind.OTHER, CALLED,
                "Called her on +381 64 123 4567", null, false)));
        assertNull(entry(TODAY, IncidentKind.OTHER, CALLED, "   ", null, false).note(), "blank is no note");
        assertEquals(IncidentEntry.NOTE_FOR_OTHER, refused(() -> entry(TODAY, IncidentKind.OTHER,
                EnumSet.of(IncidentAction.OTHER), null, null, false)), "OTHER says what in the note");
        assertEquals("Photos deleted", entry(TODAY, IncidentKind.OTHER, EnumSet.of(IncidentAction.OTHER),
                "Photos deleted", null, false).note());
    }

    @Test
    void theFollowUpIsNotBeforeTheIncidentAndIsDueFromItsDayUntilDone() {
        assertEquals(IncidentEntry.FOLLOW_UP_BEFORE, refused(() -> entry(TODAY, IncidentKind.HEALTH, CALLED, null,
                TODAY.minusDays(1), false)));
        assertEquals(IncidentEntry.FOLLOW_UP_NO_DATE, refused(() -> entry(TODAY, IncidentKind.HEALTH, CALLED, null,
                null, true)));
        IncidentEntry sameDay = entry(TODAY.minusDays(3), IncidentKind.HEALTH, CALLED, null, TODAY.minusDays(3), false);
        assertTrue(sameDay.followUpDue(TODAY), "overdue");
        IncidentEntry later = entry(TODAY.minusDays(3), IncidentKind.HEALTH, CALLED, null, TODAY.plusDays(2), false);
        assertFalse(later.followUpDue(TODAY), "not yet");
        assertTrue(later.followUpDue(TODAY.plusDays(2)), "due on its day");
        IncidentEntry done = entry(TODAY.minusDays(3), IncidentKind.HEALTH, CALLED, null, TODAY, true);
        assertFalse(done.followUpDue(TODAY), "done is not due");
        assertFalse(entry(TODAY, IncidentKind.HEALTH, CALLED, null, null, false).followUpDue(TODAY), "none is not due");
    }

    @Test
    void aMemberIsNamedByReferenceNeverByName() {
        assertEquals("M-7Q4K2", new IncidentEntry(TODAY, IncidentKind.HEALTH, CALLED, null, null, false, " M-7Q4K2 ")
                .memberRef());
        assertNull(new IncidentEntry(TODAY, IncidentKind.HEALTH, CALLED, null, null, false, "  ").memberRef());
        assertEquals(IncidentEntry.MEMBER_REF_INVALID, refused(() -> new IncidentEntry(TODAY, IncidentKind.HEALTH,
                CALLED, null, null, false, "Ana Petrović")));
    }

    @Test
    void actionsAreStoredInTheListsOrder() {
        IncidentEntry e = entry(TODAY, IncidentKind.HEALTH, EnumSet.of(IncidentAction.FOLLOWED_UP,
                IncidentAction.SUPPORT_PERSON_CALLED), null, null, false);
        assertEquals("SUPPORT_PERSON_CALLED,FOLLOWED_UP", e.actionsText());
    }

    @Test
    void theProtocolIsPlainTextInBothLanguagesSplitIntoParagraphs() {
        assertEquals(CrisisProtocolText.REQUIRED, refused(() -> new CrisisProtocolText("Call 194", " ")));
        assertEquals(CrisisProtocolText.REQUIRED, refused(() -> new CrisisProtocolText(null, "Pozovite 194")));
        assertEquals(CrisisProtocolText.TOO_LONG, refused(() -> new CrisisProtocolText("x".repeat(10_001), "y")));
        CrisisProtocolText t = new CrisisProtocolText("  Stop.\r\n\r\nCall 194.\n  \nStep out <b>any</b> time.  ",
                "Stanite.\n\nPozovite 194.");
        assertEquals(List.of("Stop.", "Call 194.", "Step out <b>any</b> time."), t.paragraphs("en"),
                "markup is kept as typed: the page escapes it");
        assertEquals(List.of("Stanite.", "Pozovite 194."), t.paragraphs("sr-Latn"));
        assertEquals(List.of(), CrisisProtocolText.paragraphsOf(null));
    }

    private static IncidentEntry entry(LocalDate day, IncidentKind kind, Set<IncidentAction> actions, String note,
            LocalDate followUp, boolean done) {
        return IncidentEntry.of(day, kind, actions, note, followUp, done, null, TODAY);
    }

    private static String refused(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(DomainRuleViolation.class, call).key();
    }

    private static Set<Action> granted(Relation relation) {
        Set<Action> granted = EnumSet.noneOf(Action.class);
        for (Action action : Action.values()) {
            if (IncidentRules.allows(action, Set.of(relation))) {
                granted.add(action);
            }
        }
        return granted;
    }
}
