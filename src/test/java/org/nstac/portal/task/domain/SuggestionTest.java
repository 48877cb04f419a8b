package org.nstac.portal.task.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nstac.portal.task.domain.TaskFixtures.TODAY;
import static org.nstac.portal.task.domain.TaskFixtures.member;
import static org.nstac.portal.task.domain.TaskFixtures.terms;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.member.domain.Participation.Status;
import org.nstac.portal.task.domain.Suggestion.RecentRecord;

class SuggestionTest {

    @Test
    void fewestOffersComeFirstWhateverTheEarnings() {
        assertEquals(List.of("rich-but-rarely-asked", "often-asked"), order(
                record("often-asked", 3, "0", TODAY.minusMonths(5)),
                record("rich-but-rarely-asked", 1, "90000", TODAY.minusDays(1))));
    }

    @Test
    void amongEqualOffersTheOneWhoEarnedLeastComesFirst() {
        assertEquals(List.of("earned-less", "earned-more"), order(
                record("earned-more", 2, "12000.00", TODAY.minusMonths(4)),
                record("earned-less", 2, "11999.99", TODAY.minusDays(2))));
    }

    @Test
    void amongEqualOffersAndEarningsTheOneWaitingLongestComesFirstAndNeverOfferedBeforeAll() {
        assertEquals(List.of("never", "long-ago", "recently"), order(
                record("recently", 0, "0", TODAY.minusMonths(7)),
                record("never", 0, "0", null),
                record("long-ago", 0, "0", TODAY.minusYears(2))));
    }

    @Test
    void fullTiesAreBrokenByTheMemberReferenceSoTheListIsStable() {
        LocalDate day = TODAY.minusMonths(1);
        List<RecentRecord> records = List.of(record("m-0003", 1, "500", day), record("m-0001", 1, "500", day),
                record("m-0002", 1, "500", day));
        assertEquals(List.of("m-0001", "m-0002", "m-0003"), refs(Suggestion.rank(records)));
        assertEquals(List.of("m-0001", "m-0002", "m-0003"), refs(Suggestion.rank(records.reversed())));
    }

    @Test
    void decliningNeverPushesAMemberDown() {
        // A was offered two tasks and declined both; B was offered two and accepted both, and was paid for them.
        RecentRecord declinedBoth = record("a-declined", 2, "0", TODAY.minusDays(3));
        RecentRecord acceptedBoth = record("b-accepted", 2, "18000", TODAY.minusDays(3));
        assertEquals(List.of("a-declined", "b-accepted"), order(acceptedBoth, declinedBoth));
        // Declining counts exactly as an offer received: A is ranked as a member offered two tasks, no worse.
        RecentRecord offeredTwiceNotYetPaid = record("c-accepted-unpaid", 2, "0", TODAY.minusDays(3));
        assertEquals(List.of("a-declined", "c-accepted-unpaid"), order(offeredTwiceNotYetPaid, declinedBoth),
                "with equal offers and earnings nothing else counts but the reference");
    }

    @Test
    void theRecordHasNoPlaceForAnswersSoDeclinesCannotCount() {
        List<String> components = Arrays.stream(RecentRecord.class.getRecordComponents())
                .map(RecordComponent::getName).toList();
        assertEquals(List.of("memberRef", "offersReceived", "earnings", "lastOffered"), components);
    }

    @Test
    void eachPlaceCarriesItsReasonAsNumbers() {
        List<Suggestion> ranked = Suggestion.rank(List.of(record("m-0001", 2, "7500.5", TODAY.minusDays(9)),
                record("m-0002", 0, "0", null)));
        Suggestion first = ranked.get(0);
        assertEquals(1, first.position());
        assertEquals("m-0002", first.memberRef());
        assertEquals("task.suggestion.reason", first.reasonKey());
        assertEquals(List.of(0, new BigDecimal("0.00"), 6), first.reasonArgs());
        Suggestion second = ranked.get(1);
        assertEquals(2, second.position());
        assertEquals(List.of(2, new BigDecimal("7500.50"), 6), second.reasonArgs());
        assertEquals(3, second.reasonArgsArray().length);
        assertEquals(List.of(0, new BigDecimal("0.00"), 12),
                Suggestion.rank(List.of(RecentRecord.none("m-0003")), 12).get(0).reasonArgs());
    }

    @Test
    void theDefaultWindowIsSixMonths() {
        assertEquals(6, Suggestion.DEFAULT_WINDOW_MONTHS);
        assertEquals(LocalDate.of(2026, 5, 27), Suggestion.windowStart(TODAY, Suggestion.DEFAULT_WINDOW_MONTHS));
        assertThrows(IllegalArgumentException.class, () -> Suggestion.windowStart(TODAY, 0));
        assertThrows(IllegalArgumentException.class, () -> Suggestion.rank(List.of(), 0));
    }

    @Test
    void forATaskOnlyEligibleMembersAreRankedAndThoseWithoutARecordCountAsNeverOffered() {
        TaskTerms review = terms().topics("court").build();
        List<Candidate> candidates = List.of(
                member().ref("m-often").build(),
                member().ref("m-new").build(),
                member().ref("m-paused").status(Status.PAUSED).build(),
                member().ref("m-avoids").avoids("court").build(),
                member().ref("m-no-consent").without(ConsentPurpose.COUNCIL_WORK).build());
        List<RecentRecord> records = List.of(
                record("m-often", 4, "30000", TODAY.minusDays(5)),
                record("m-paused", 0, "0", null),
                record("m-avoids", 0, "0", null),
                record("m-left-the-council", 0, "0", null));
        List<Suggestion> ranked = Suggestion.forTask(review, candidates, records, 6);
        assertEquals(List.of("m-new", "m-often"), refs(ranked));
        assertEquals(List.of(0, new BigDecimal("0.00"), 6), ranked.get(0).reasonArgs());
    }

    @Test
    void impossibleRecordsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> record("m-1", -1, "0", null));
        assertThrows(IllegalArgumentException.class, () -> record("m-1", 0, "-0.01", null));
        assertThrows(IllegalArgumentException.class, () -> record("m-1", 1, "0", null), "offered but never offered");
        assertThrows(IllegalArgumentException.class, () -> record(" ", 0, "0", null));
        assertThrows(IllegalArgumentException.class, () -> Suggestion.rank(List.of(RecentRecord.none("m-1"),
                RecentRecord.none("m-1"))), "one record per member");
    }

    private static RecentRecord record(String ref, int offers, String earnings, LocalDate lastOffered) {
        return new RecentRecord(ref, offers, new BigDecimal(earnings), lastOffered);
    }

    private static List<String> order(RecentRecord... records) {
        return refs(Suggestion.rank(List.of(records)));
    }

    private static List<String> refs(List<Suggestion> suggestions) {
        return suggestions.stream().map(Suggestion::memberRef).toList();
    }
}
