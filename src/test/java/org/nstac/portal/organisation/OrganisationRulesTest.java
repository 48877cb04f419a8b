package org.nstac.portal.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nstac.portal.organisation.domain.OfficialLogin;
import org.nstac.portal.organisation.domain.Organisation;
import org.nstac.portal.organisation.domain.OrganisationAction;
import org.nstac.portal.organisation.domain.OrganisationKind;
import org.nstac.portal.organisation.domain.OrganisationRelation;
import org.nstac.portal.organisation.domain.OrganisationRules;
import org.nstac.portal.shared.DomainRuleViolation;

/** The register's truth table, written out in full, and the rules of its values. */
class OrganisationRulesTest {

    /** Columns: ADMIN, SECRETARIAT, OTHER; x = allowed. */
    private static final Map<OrganisationAction, String> TABLE = Map.of(
            OrganisationAction.LIST, "x x .",
            OrganisationAction.REGISTER, "x . .",
            OrganisationAction.RENAME, "x . .",
            OrganisationAction.LINK_OFFICIAL, "x . .");

    @Test
    void everyCellOfTheTableHolds() {
        assertEquals(OrganisationAction.values().length, TABLE.size());
        for (var row : TABLE.entrySet()) {
            String[] marks = row.getValue().split(" ");
            assertEquals(OrganisationRelation.values().length, marks.length);
            for (OrganisationRelation relation : OrganisationRelation.values()) {
                assertEquals(marks[relation.ordinal()].equals("x"), OrganisationRules.allows(relation, row.getKey()),
                        relation + " " + row.getKey());
            }
        }
    }

    @Test
    void anyOfSeveralRelationsIsEnough() {
        assertTrue(OrganisationRules.allowsAny(EnumSet.of(OrganisationRelation.SECRETARIAT,
                OrganisationRelation.ADMIN), OrganisationAction.LINK_OFFICIAL));
        assertFalse(OrganisationRules.allowsAny(EnumSet.noneOf(OrganisationRelation.class), OrganisationAction.LIST));
    }

    @Test
    void onlyNgosAndUnionsArePartnersWhoMayAskForAdvice() {
        assertEquals(EnumSet.of(OrganisationKind.NGO, OrganisationKind.UNION),
                EnumSet.copyOf(List.of(OrganisationKind.values()).stream().filter(OrganisationKind::isPartner)
                        .toList()));
    }

    @Test
    void anOfficialLoginIsAPlainUserNameKeptInLowerCase() {
        assertEquals("union", new OfficialLogin(" Union ").value());
        assertEquals("ngo.official_2-x", new OfficialLogin("ngo.official_2-x").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a", "two words", "name@example.org", "-dash-first", "x'; DROP TABLE x"})
    void anythingButAUserNameIsRefusedWithTheRule(String login) {
        assertEquals(OfficialLogin.INVALID, assertThrows(DomainRuleViolation.class, () -> new OfficialLogin(login))
                .key());
    }

    @Test
    void aBadOrganisationSaysWhichRuleItBreaks() {
        assertEquals(Organisation.CODE_INVALID, assertThrows(DomainRuleViolation.class,
                () -> new Organisation("Bad Code", OrganisationKind.NGO, "Name", "Naziv")).key());
        assertEquals(Organisation.KIND_REQUIRED, assertThrows(DomainRuleViolation.class,
                () -> new Organisation("ngo", null, "Name", "Naziv")).key());
        assertEquals(Organisation.NAME_INVALID, assertThrows(DomainRuleViolation.class,
                () -> new Organisation("ngo", OrganisationKind.NGO, "", "Naziv")).key());
    }
}
