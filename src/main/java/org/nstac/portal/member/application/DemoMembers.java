package org.nstac.portal.member.application;

import org.nstac.portal.consent.application.Consents;
import org.nstac.portal.consent.domain.ConsentPurpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.member.domain.AdmissionRule;
import org.nstac.portal.member.domain.EligibilityAttestation;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.member.domain.Pseudonym;
import org.nstac.portal.member.domain.ReadinessAssessment;
import org.nstac.portal.vault.application.IdentityVault;

/**
 * Demo data (dev and tests only): member records and vault identities for the demo realm's member accounts, so that
 * member features work on the run command. The identities are invented and marked as such.
 */
@ApplicationScoped
public class DemoMembers {

    private record Demo(String login, String pseudonym, String legalName, String email, String iban) {
    }

    private static final Demo[] DEMO = {
        new Demo("sunflower", "Sunflower", "Demo Person Ana", "demo.ana@example.invalid", "RS35260005601001611379"),
        new Demo("river", "River", "Demo Person Bojana", "demo.bojana@example.invalid", null),
        new Demo("lark", "Lark", "Demo Person Dragana", "demo.dragana@example.invalid", "RS35260005601001611379"),
        new Demo("willow", "Willow", "Demo Person Emina", "demo.emina@example.invalid", null),
        new Demo("oak", "Oak", "Demo Person Goran", "demo.goran@example.invalid", "RS35260005601001611379")
    };

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Members members;

    @Inject
    IdentityVault vault;

    @Inject
    AuditLog audit;

    @Inject
    Consents consents;

    @Inject
    Profiles profiles;

    @Inject
    org.nstac.portal.shared.CouncilClock councilClock;

    @Transactional
    public void seed() {
        Clock clock = councilClock.clock();
        // Demo members joined a year ago, so that their payments and oak's stipend fall after their admission.
        Instant now = councilClock.now();
        for (Demo demo : DEMO) {
            if (members.findByLogin(demo.login()).isPresent()) {
                continue;
            }
            Member member = new Member(Pseudonym.forMember(demo.pseudonym(), demo.legalName()), demo.login(), "en",
                    EligibilityAttestation.attest(true, 8, null, AdmissionRule.DEFAULT),
                    ReadinessAssessment.recorded(LocalDate.now(clock).minusMonths(2), "Demo counselling centre",
                            ReadinessAssessment.Outcome.READY, clock),
                    now.minus(java.time.Duration.ofDays(365)), "demo-data");
            em.persist(member);
            vault.store(member.getRef(), new IdentityVault.Identity(demo.legalName(), demo.email(), null, demo.iban(),
                    demo.iban() == null, null));
            audit.record("demo-data", "member.admitted", member.getRef(), "demo");
            if (!"willow".equals(demo.login())) {
                // Willow stays without any consent, to show that state; the others may work and be quoted.
                consents.record(member.getRef(), ConsentPurpose.COUNCIL_WORK, true, "demo-data");
                consents.record(member.getRef(), ConsentPurpose.QUOTING, true, "demo-data");
                // Some hours a month and the roles a demo member offers, so that tasks can be offered to them.
                profiles.seed(member.getRef(), java.util.EnumSet.of(
                        org.nstac.portal.member.domain.MemberProfile.OfferedRole.CONSULTANT,
                        org.nstac.portal.member.domain.MemberProfile.OfferedRole.ADVISOR), 12, "demo-data");
            }
        }
    }
}
