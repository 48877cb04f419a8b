package org.nstac.portal.meeting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nstac.portal.meeting.domain.InvitationState.ACCEPTED;
import static org.nstac.portal.meeting.domain.InvitationState.CANCELLED;
import static org.nstac.portal.meeting.domain.InvitationState.DECLINED;
import static org.nstac.portal.meeting.domain.InvitationState.INVITED;
import static org.nstac.portal.meeting.domain.InvitationState.WITHDRAWN;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;

class InvitationStateTest {

    /** The only moves there are. */
    private static final Set<List<InvitationState>> ALLOWED = Set.of(
            List.of(INVITED, ACCEPTED), List.of(INVITED, DECLINED), List.of(INVITED, WITHDRAWN),
            List.of(INVITED, CANCELLED),
            List.of(ACCEPTED, DECLINED), List.of(ACCEPTED, WITHDRAWN), List.of(ACCEPTED, CANCELLED));

    @Test
    void anInvitationMovesOnlyAlongTheLegalTransitions() {
        for (InvitationState from : InvitationState.values()) {
            for (InvitationState to : InvitationState.values()) {
                boolean allowed = ALLOWED.contains(List.of(from, to));
                assertEquals(allowed, from.canMoveTo(to), from + " -> " + to);
                if (allowed) {
                    assertEquals(to, from.moveTo(to));
                } else {
                    DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class, () -> from.moveTo(to),
                            from + " -> " + to);
                    assertEquals("meeting.invitation.notAllowed", refusal.key());
                    assertEquals(List.of(), refusal.args());
                }
            }
        }
    }

    @Test
    void declinedWithdrawnAndCancelledInvitationsAreFinal() {
        Set<InvitationState> finals = EnumSet.noneOf(InvitationState.class);
        Set<InvitationState> seeLink = EnumSet.noneOf(InvitationState.class);
        for (InvitationState state : InvitationState.values()) {
            if (state.isFinal()) {
                finals.add(state);
            }
            if (state.seesLink()) {
                seeLink.add(state);
            }
            assertEquals(!state.isFinal(), state.isOpen());
        }
        assertEquals(EnumSet.of(DECLINED, WITHDRAWN, CANCELLED), finals);
        assertEquals(EnumSet.of(INVITED, ACCEPTED), seeLink);
    }
}
