package org.nstac.portal.consultation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nstac.portal.consultation.domain.Action;
import org.nstac.portal.consultation.domain.ConsultationRules;
import org.nstac.portal.consultation.domain.Outcome;
import org.nstac.portal.consultation.domain.Phase;
import org.nstac.portal.consultation.domain.Relation;
import org.nstac.portal.security.Role;
import org.nstac.portal.shared.DomainRuleViolation;

/** How a partner official of an NGO or a union stands where a ministry official stands, from a request on. */
class ViewerTest {

    private static Viewer official(Role role, String organisation) {
        return new Viewer("someone", EnumSet.of(role), Optional.empty(), Optional.ofNullable(organisation),
                Locale.ENGLISH);
    }

    @Test
    void aPartnerAsksForAdviceWhereAMinistryWritesADraft() {
        Viewer union = official(Role.PARTNER, "union-confederation");
        Viewer justice = official(Role.MINISTRY, "justice");
        assertEquals(Phase.REQUESTED, union.startingPhase());
        assertEquals(Phase.DRAFT, justice.startingPhase());
        assertTrue(ConsultationRules.allowsAny(union.relationsToNewDraft(), Action.CREATE, union.startingPhase()));
        assertTrue(ConsultationRules.allowsAny(justice.relationsToNewDraft(), Action.CREATE, justice.startingPhase()));
        assertEquals(Set.of(Relation.OWNING_MINISTRY), union.relationsToNewDraft());
    }

    @Test
    void aMemberOrAnObserverAsksForNothing() {
        for (Role role : new Role[] {Role.MEMBER, Role.OBSERVER, Role.SECRETARIAT}) {
            Viewer viewer = official(role, null);
            assertFalse(ConsultationRules.allowsAny(viewer.relationsToNewDraft(), Action.CREATE,
                    viewer.startingPhase()), role.name());
        }
    }

    @Test
    void onlyTheSecretariatMovesARequestOn() {
        assertFalse(ConsultationRules.allows(Relation.OWNING_MINISTRY, Action.MOVE_PHASE, Phase.REQUESTED));
        assertTrue(ConsultationRules.allows(Relation.SECRETARIAT, Action.MOVE_PHASE, Phase.REQUESTED));
        assertTrue(Phase.REQUESTED.canMoveTo(Phase.DRAFT));
        assertTrue(Phase.REQUESTED.canMoveTo(Phase.DECLINED));
        assertFalse(Phase.DECLINED.canMoveTo(Phase.DRAFT));
        assertFalse(Phase.DRAFT.canMoveTo(Phase.DECLINED), "only a request is declined");
    }

    @Test
    void anOutcomeIsOneOfFourAndTheLinkAWebAddress() {
        assertEquals(Outcome.AMENDED, Outcome.parse(" amended "));
        assertEquals("consultation.outcome.unknown", assertThrows(DomainRuleViolation.class,
                () -> Outcome.parse("MAYBE")).key());
        assertEquals("consultation.outcome.unknown", assertThrows(DomainRuleViolation.class,
                () -> Outcome.parse(null)).key());
        assertTrue(Consultations.webAddress("https://example.org/gazette/12"));
        assertFalse(Consultations.webAddress("javascript:alert(1)"));
        assertFalse(Consultations.webAddress("https://"));
        assertFalse(Consultations.webAddress("https://example.org/" + "x".repeat(500)));
    }
}
