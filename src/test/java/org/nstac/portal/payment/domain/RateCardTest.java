package org.nstac.portal.payment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nstac.portal.payment.domain.Activity.MEETING_DAY;
import static org.nstac.portal.payment.domain.Activity.PER_DIEM;
import static org.nstac.portal.payment.domain.Activity.TASK_HOUR;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;

class RateCardTest {

    private static final LocalDate JAN = LocalDate.of(2025, 1, 1);
    private static final LocalDate JUN = LocalDate.of(2025, 6, 1);

    @Test
    void aMemberIsNeverPaidBelowTheExpertReference() {
        DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class,
                () -> rate(MEETING_DAY, null, "7999.99", "8000", JAN));
        assertEquals(Rate.BELOW_REFERENCE, refusal.key());
        assertEquals(List.of(), refusal.args());
        assertEquals(money("8000"), rate(MEETING_DAY, null, "8000", "8000", JAN).memberAmount(), "equal is fair");
        assertEquals(money("9000"), rate(MEETING_DAY, null, "9000", "8000", JAN).memberAmount());
    }

    @Test
    void aRateIsMoreThanZeroAndInTheReferencesCurrency() {
        assertEquals(Rate.NOT_POSITIVE, assertThrows(DomainRuleViolation.class,
                () -> rate(PER_DIEM, null, "0", "0", JAN)).key());
        assertEquals(Rate.CURRENCY_MISMATCH, assertThrows(DomainRuleViolation.class,
                () -> new Rate(PER_DIEM, null, money("3000"), Money.parse("20", "EUR", false), JAN)).key());
        assertThrows(IllegalArgumentException.class, () -> rate(PER_DIEM, "TRANSLATION", "3000", "3000", JAN),
                "task kinds only on task hours");
        assertThrows(IllegalArgumentException.class, () -> rate(TASK_HOUR, " ", "3000", "3000", JAN));
    }

    @Test
    void theRateOfADayIsTheLatestThatStartedByThen() {
        RateCard card = new RateCard(List.of(rate(MEETING_DAY, null, "9000", "8000", JUN),
                rate(MEETING_DAY, null, "8000", "8000", JAN)));
        assertEquals(money("8000"), card.rateOn(MEETING_DAY, null, JAN).memberAmount(), "from its first day");
        assertEquals(money("8000"), card.rateOn(MEETING_DAY, null, JUN.minusDays(1)).memberAmount());
        assertEquals(money("9000"), card.rateOn(MEETING_DAY, null, JUN).memberAmount());
        assertEquals(money("9000"), card.rateOn(MEETING_DAY, null, JUN.plusYears(3)).memberAmount());
        DomainRuleViolation missing = assertThrows(DomainRuleViolation.class,
                () -> card.rateOn(MEETING_DAY, null, JAN.minusDays(1)));
        assertEquals(RateCard.MISSING, missing.key());
        assertEquals(List.of(), missing.args());
        assertEquals(RateCard.MISSING, assertThrows(DomainRuleViolation.class,
                () -> card.rateOn(PER_DIEM, null, JUN)).key(), "no per diem on the card");
    }

    @Test
    void theCardInForceOnADayHasOneRatePerLineAndNothingThatStartsLater() {
        RateCard card = new RateCard(List.of(rate(TASK_HOUR, "TRANSLATION", "3000", "3000", JAN),
                rate(MEETING_DAY, null, "9000", "8000", JUN), rate(TASK_HOUR, null, "2500", "2500", JAN),
                rate(MEETING_DAY, null, "8000", "8000", JAN), rate(PER_DIEM, null, "2900", "2900", JUN)));
        assertEquals(List.of(rate(MEETING_DAY, null, "8000", "8000", JAN), rate(TASK_HOUR, null, "2500", "2500", JAN),
                rate(TASK_HOUR, "TRANSLATION", "3000", "3000", JAN)), card.inForceOn(JUN.minusDays(1)),
                "the June rates have not started; the general task-hour rate before a kind's own");
        assertEquals(List.of(rate(MEETING_DAY, null, "9000", "8000", JUN), rate(TASK_HOUR, null, "2500", "2500", JAN),
                rate(TASK_HOUR, "TRANSLATION", "3000", "3000", JAN), rate(PER_DIEM, null, "2900", "2900", JUN)),
                card.inForceOn(JUN));
        assertEquals(List.of(), card.inForceOn(JAN.minusDays(1)), "nothing before the first rate");
    }

    @Test
    void aTaskKindsOwnRateWinsOverTheGeneralTaskHourRate() {
        RateCard card = new RateCard(List.of(rate(TASK_HOUR, null, "2500", "2500", JAN),
                rate(TASK_HOUR, "TRANSLATION", "3000", "3000", JAN.plusMonths(2)),
                rate(TASK_HOUR, null, "2800", "2800", JUN)));
        assertEquals(money("2500"), card.rateOn(TASK_HOUR, "TRANSLATION", JAN).memberAmount(),
                "before the kind's own rate, the general one");
        assertEquals(money("3000"), card.rateOn(TASK_HOUR, "TRANSLATION", JUN).memberAmount());
        assertEquals(money("2800"), card.rateOn(TASK_HOUR, "PEER_SUPPORT", JUN).memberAmount());
        assertEquals(money("2800"), card.rateOn(TASK_HOUR, null, JUN).memberAmount());
        assertThrows(IllegalArgumentException.class, () -> card.rateOn(MEETING_DAY, "TRANSLATION", JUN));
    }

    @Test
    void twoRatesForTheSameLineAndDayAreRefused() {
        assertEquals(RateCard.DUPLICATE, assertThrows(DomainRuleViolation.class,
                () -> new RateCard(List.of(rate(MEETING_DAY, null, "8000", "8000", JAN),
                        rate(MEETING_DAY, null, "9000", "8000", JAN)))).key());
        new RateCard(List.of(rate(TASK_HOUR, null, "2500", "2500", JAN), rate(TASK_HOUR, "X", "2600", "2500", JAN)));
    }

    private static Rate rate(Activity activity, String kind, String member, String expert, LocalDate from) {
        return new Rate(activity, kind, money(member), money(expert), from);
    }

    private static Money money(String amount) {
        return Money.parse(amount, "RSD", false);
    }
}
