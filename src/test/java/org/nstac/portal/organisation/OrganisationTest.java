package org.nstac.portal.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nstac.portal.organisation.domain.Organisation;
import org.nstac.portal.organisation.domain.OrganisationKind;

class OrganisationTest {

    @Test
    void anOrganisationIsNamedInBothLanguages() {
        var ministry = new Organisation("justice", OrganisationKind.MINISTRY, " Ministry of Justice ", "Ministarstvo pravde");
        assertEquals("Ministry of Justice", ministry.nameIn(Locale.ENGLISH));
        assertEquals("Ministarstvo pravde", ministry.nameIn(Locale.forLanguageTag("sr-Latn")));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"J", "Justice", "1justice", "justice ministry", "a-very-long-code-that-goes-past-forty-chars"})
    void aCodeIsShortLowerCaseAndUrlSafe(String code) {
        assertThrows(IllegalArgumentException.class,
                () -> new Organisation(code, OrganisationKind.NGO, "Name", "Naziv"));
    }

    @Test
    void bothNamesAreRequired() {
        assertThrows(IllegalArgumentException.class, () -> new Organisation("ngo", OrganisationKind.NGO, " ", "Naziv"));
        assertThrows(IllegalArgumentException.class, () -> new Organisation("ngo", OrganisationKind.NGO, "Name", null));
        var ngo = new Organisation("ngo", OrganisationKind.NGO, "Name", "Naziv");
        assertThrows(IllegalArgumentException.class, () -> ngo.rename("x".repeat(201), "Naziv"));
        assertEquals("Name", ngo.getNameEn(), "a refused rename changes nothing");
    }
}
