package org.nstac.portal.care.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nstac.portal.care.application.Incidents;
import org.nstac.portal.shared.DomainRuleViolation;

/** An incident body takes the entry's own fields only: a story, an account or a description is refused, not dropped. */
class IncidentJsonTest {

    @Test
    void aFieldTheEntryDoesNotHaveIsRefusedByName() {
        for (String field : new String[] {"story", "account", "description", "whatHappened"}) {
            DomainRuleViolation v = assertThrows(DomainRuleViolation.class, () -> IncidentJson.draft(
                    "{\"kind\":\"HEALTH\",\"actions\":[\"FOLLOWED_UP\"],\"" + field + "\":\"...\"}"));
            assertEquals(IncidentJson.FIELD_UNKNOWN, v.key());
            assertEquals(List.of(field), v.args());
        }
        DomainRuleViolation odd = assertThrows(DomainRuleViolation.class,
                () -> IncidentJson.draft("{\"<script>alert(1)</script>\":\"x\"}"));
        assertEquals(IncidentJson.FIELD_NOT_KEPT, odd.key(), "a name unfit to say back is not said back");
        assertEquals(List.of(), odd.args());
    }

    @Test
    void theBodyIsAnObjectOfTheRightShape() {
        for (String bad : new String[] {"", "[]", "\"x\"", "{", "{\"actions\":\"HEALTH\"}", "{\"kind\":3}",
            "{\"followUpDone\":\"yes\"}", "{\"actions\":[1]}"}) {
            assertEquals(IncidentJson.INVALID, assertThrows(DomainRuleViolation.class, () -> IncidentJson.draft(bad))
                    .key(), bad);
        }
        assertEquals(IncidentJson.DATE_INVALID, assertThrows(DomainRuleViolation.class,
                () -> IncidentJson.draft("{\"occurredOn\":\"15.1.2027\"}")).key());
    }

    @Test
    void theDraftNamesTheFieldsItSets() {
        Incidents.Draft d = IncidentJson.draft("{\"followUpDone\": true}");
        assertEquals(Set.of("followUpDone"), d.given());
        assertEquals(Boolean.TRUE, d.followUpDone());
        Incidents.Draft all = IncidentJson.draft("{\"occurredOn\":\"2027-01-15\",\"kind\":\"HEALTH\","
                + "\"actions\":[\"EMERGENCY_SERVICES\"],\"note\":null,\"followUpOn\":\"2027-01-16\","
                + "\"memberRef\":\"M-7Q4K2\"}");
        assertEquals(LocalDate.of(2027, 1, 15), all.occurredOn());
        assertEquals(List.of("EMERGENCY_SERVICES"), all.actions());
        assertNull(all.note());
        assertTrue(all.given().contains("note"), "an explicit null clears the note");
        assertEquals(Incidents.FIELDS.size() - 1, all.given().size());
    }
}
