package org.nstac.portal.member.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.InputRules;

/** An admission without a legal name is refused with the key the secretariat's form shows, and never with the name. */
class AdmissionInputTest {

    @Test
    void aBlankLegalNameIsRefused() {
        for (String blank : new String[] {null, "", "   "}) {
            DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                    () -> InputRules.check(application(blank)));
            assertEquals("member.admission.legalNameRequired", refused.key());
            assertEquals(0, refused.args().size());
        }
    }

    @Test
    void aLegalNamePassesAndTheRefusalsOfOtherFieldsAreLeftToTheService() {
        MemberAdmission.Application ok = application("Canary Realname");
        assertSame(ok, InputRules.check(ok));
        // the pseudonym, contact and attestations are checked later by the service, in its own order
        MemberAdmission.Application rest = new MemberAdmission.Application(null, "Canary Realname", null, null, null,
                false, null, null, null, null, null, null, null, null);
        assertSame(rest, InputRules.check(rest));
    }

    @Test
    void theRefusalCarriesNoPartOfTheApplication() {
        MemberAdmission.Application a = new MemberAdmission.Application("Canary Pseudonym", " ",
                "canary@example.org", null, null, false, null, "en", true, 6, null, null, null, null);
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> InputRules.check(a));
        assertFalse(refused.getMessage() != null && refused.getMessage().contains("canary"));
        assertFalse(Arrays.toString(refused.args().toArray()).contains("canary"));
    }

    private static MemberAdmission.Application application(String legalName) {
        return new MemberAdmission.Application("Sunrise", legalName, "sunrise@example.org", null, "RS35 1", false,
                null, "sr-Latn", true, 6, null, null, null, null);
    }
}
