package org.nstac.portal.member.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.nstac.portal.member.application.MemberAdmission;
import org.nstac.portal.security.CurrentUser;

/**
 * After a successful admission the view-scoped form keeps nothing the secretariat typed about the person: the view's
 * state lives in the session (and in the data grid's backup of it), so a legal name, IBAN or e-mail left there would
 * sit outside the vault for as long as the page stays open.
 */
class AdmissionFormTest {

    private static final String LEGAL_NAME = "Canary Legalname Zzqx";
    private static final String IBAN = "RS35260005601001611379";
    private static final String EMAIL = "canary.zzqx@example.org";

    @Test
    void aSuccessfulAdmissionForgetsEverythingTypedAndKeepsOnlyTheResult() throws Exception {
        AdmissionForm form = filledForm(new MemberAdmission() {
            @Override
            public Admitted admit(Application application, String actor) {
                assertEquals(LEGAL_NAME, application.legalName(), "the service got what was typed");
                return new Admitted("ref-1", "Poppy", "poppy", "one-time-secret");
            }
        });

        form.admit();

        assertNotNull(form.getAdmitted(), "the result is shown");
        assertNull(form.getLegalName());
        assertNull(form.getIban());
        assertNull(form.getEmail());
        assertNull(form.getPhone());
        assertNull(form.getEmergencyContact());
        assertNull(form.getBelowRuleReason());
        assertNull(form.getPseudonym(), "the result names the member, the form starts blank");
        String state = serialized(form);
        for (String typed : new String[] {LEGAL_NAME, IBAN, EMAIL, "+381 60 000 0000", "Reason below the rule"}) {
            assertFalse(state.contains(typed), "the view state holds no trace of " + typed);
        }
    }

    @Test
    void aRefusedAdmissionKeepsWhatWasTypedToCorrectIt() {
        AdmissionForm form = filledForm(new MemberAdmission() {
            @Override
            public Admitted admit(Application application, String actor) {
                throw new org.nstac.portal.shared.DomainRuleViolation("member.admission.belowRule");
            }
        });
        form.messages = new org.nstac.portal.platform.FacesMessages() {
            @Override
            public void violation(org.nstac.portal.shared.DomainRuleViolation violation) {
            }
        };

        form.admit();

        assertNull(form.getAdmitted());
        assertEquals(LEGAL_NAME, form.getLegalName());
        assertEquals(IBAN, form.getIban());
    }

    private static AdmissionForm filledForm(MemberAdmission admission) {
        AdmissionForm form = new AdmissionForm();
        form.admission = admission;
        form.user = new CurrentUser() {
            @Override
            public String getName() {
                return "secretariat";
            }
        };
        form.setPseudonym("Poppy");
        form.setLegalName(LEGAL_NAME);
        form.setIban(IBAN);
        form.setEmail(EMAIL);
        form.setPhone("+381 60 000 0000");
        form.setEmergencyContact("Canary Contact Zzqx");
        form.setAdult(true);
        form.setYearsSinceExploitation(2);
        form.setBelowRuleReason("Reason below the rule");
        form.setReadinessDate(LocalDate.of(2026, 9, 1));
        form.setReadinessOrganisation("Independent counselling centre");
        return form;
    }

    /** The form as the session would keep it (its injected services are proxies the container restores). */
    private static String serialized(AdmissionForm form) throws Exception {
        form.admission = null;
        form.user = null;
        form.messages = null;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(form);
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }
}
