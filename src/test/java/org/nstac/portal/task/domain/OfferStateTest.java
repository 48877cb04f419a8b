package org.nstac.portal.task.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nstac.portal.task.domain.OfferState.ACCEPTED;
import static org.nstac.portal.task.domain.OfferState.CANCELLED;
import static org.nstac.portal.task.domain.OfferState.DECLINED;
import static org.nstac.portal.task.domain.OfferState.EXPIRED;
import static org.nstac.portal.task.domain.OfferState.OFFERED;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;

class OfferStateTest {

    /** The only moves there are. */
    private static final Set<List<OfferState>> ALLOWED = Set.of(
            List.of(OFFERED, ACCEPTED), List.of(OFFERED, DECLINED), List.of(OFFERED, EXPIRED),
            List.of(OFFERED, CANCELLED), List.of(ACCEPTED, CANCELLED));

    @Test
    void anOfferMovesOnlyAlongTheLegalTransitions() {
        for (OfferState from : OfferState.values()) {
            for (OfferState to : OfferState.values()) {
                boolean allowed = ALLOWED.contains(List.of(from, to));
                assertEquals(allowed, from.canMoveTo(to), from + " -> " + to);
                if (allowed) {
                    assertEquals(to, from.moveTo(to));
                } else {
                    DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class, () -> from.moveTo(to),
                            from + " -> " + to);
                    assertEquals("task.offer.notAllowed", refusal.key());
                    assertEquals(List.of(), refusal.args());
                }
            }
        }
    }

    @Test
    void aDeclinedOfferIsNeverReopenedOrTurnedIntoAnAcceptance() {
        for (OfferState to : OfferState.values()) {
            assertThrows(DomainRuleViolation.class, () -> DECLINED.moveTo(to));
        }
    }

    @Test
    void declinedExpiredAndCancelledOffersAreFinal() {
        Set<OfferState> finals = EnumSet.noneOf(OfferState.class);
        for (OfferState state : OfferState.values()) {
            if (state.isFinal()) {
                finals.add(state);
            }
        }
        assertEquals(EnumSet.of(DECLINED, EXPIRED, CANCELLED), finals);
    }

    @Test
    void anOfferExpiresAWeekAfterItWasMadeUnlessToldOtherwise() {
        Instant offeredAt = Instant.parse("2026-11-27T09:30:00Z");
        assertEquals(Duration.ofDays(7), OfferState.DEFAULT_VALIDITY);
        assertEquals(Instant.parse("2026-12-04T09:30:00Z"), OfferState.expiresAt(offeredAt));
        assertEquals(Instant.parse("2026-11-30T09:30:00Z"), OfferState.expiresAt(offeredAt, Duration.ofDays(3)));
        assertThrows(IllegalArgumentException.class, () -> OfferState.expiresAt(offeredAt, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> OfferState.expiresAt(offeredAt, Duration.ofHours(-1)));
    }
}
