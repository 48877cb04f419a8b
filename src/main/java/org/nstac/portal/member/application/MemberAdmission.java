package org.nstac.portal.member.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.member.domain.AdmissionRule;
import org.nstac.portal.member.domain.EligibilityAttestation;
import org.nstac.portal.member.domain.Iban;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.member.domain.MemberAction;
import org.nstac.portal.member.domain.Pseudonym;
import org.nstac.portal.member.domain.ReadinessAssessment;
import org.nstac.portal.member.infrastructure.KeycloakAccounts;
import org.nstac.portal.platform.Languages;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.InputRules;
import org.nstac.portal.vault.application.IdentityVault;

/**
 * Admits a member in one transaction: the rules, the member row under a pseudonym, the identity sealed in the vault,
 * the audit entry, and the Keycloak account. The account is created last; if the transaction does not commit after
 * all, the account is deleted again, so nothing half-created remains.
 */
@ApplicationScoped
public class MemberAdmission {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s.]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{6,24}");

    /** What the secretariat enters. {@code toString} shows no personal data. */
    public record Application(String pseudonym,
            @jakarta.validation.constraints.NotBlank(message = "member.admission.legalNameRequired") String legalName,
            String email, String phone, String iban,
            boolean paidThroughPartner, String emergencyContact, String language, Boolean adult,
            Integer yearsSinceExploitation, String belowRuleReason, LocalDate readinessDate,
            String readinessOrganisation, String readinessOutcome) {

        @Override
        public String toString() {
            return "Application[hidden]";
        }
    }

    /** The admitted member, and the one-time password the secretariat hands over once. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "Admitted")
    public record Admitted(String ref, String pseudonym, String login, String oneTimePassword)
            implements java.io.Serializable {

        @Override
        public String toString() {
            return "Admitted[" + ref + "]";
        }
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Members members;

    @Inject
    IdentityVault vault;

    @Inject
    KeycloakAccounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    AdmissionConflicts conflicts;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "portal.admission.minimum-years", defaultValue = "5")
    int minimumYears;

    @jakarta.inject.Inject
    org.nstac.portal.shared.CouncilClock clock;

    @Inject
    MemberPolicy policy;

    /** @throws org.nstac.portal.shared.NotFound when the caller may not admit members (only the secretariat may) */
    @Transactional
    public Admitted admit(Application application, String actor) {
        policy.require(MemberAction.ADMIT);
        String legalName = InputRules.check(application).legalName().strip();
        Pseudonym pseudonym = Pseudonym.forMember(required(application.pseudonym(), "member.pseudonym.invalid"),
                legalName);
        if (members.pseudonymTaken(pseudonym.value())) {
            throw new DomainRuleViolation("member.pseudonym.taken");
        }
        String email = blankToNull(application.email());
        String phone = blankToNull(application.phone());
        if (email == null && phone == null) {
            throw new DomainRuleViolation("member.admission.contactRequired");
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new DomainRuleViolation("member.admission.emailInvalid");
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new DomainRuleViolation("member.admission.phoneInvalid");
        }
        String iban = application.paidThroughPartner() ? null
                : Iban.parse(required(application.iban(), "member.iban.invalid")).value();
        String language = Languages.fromTag(application.language()).map(Locale::toLanguageTag)
                .orElseThrow(() -> new DomainRuleViolation("member.admission.languageInvalid"));
        if (application.adult() == null || application.yearsSinceExploitation() == null) {
            throw new DomainRuleViolation("member.admission.attestationsRequired");
        }
        AdmissionRule rule = new AdmissionRule(minimumYears);
        EligibilityAttestation eligibility = EligibilityAttestation.attest(application.adult(),
                application.yearsSinceExploitation(), blankToNull(application.belowRuleReason()), rule);
        ReadinessAssessment readiness = ReadinessAssessment.recorded(application.readinessDate(),
                application.readinessOrganisation(), outcome(application.readinessOutcome()), clock.clock());
        rule.requireAdmissible(eligibility, readiness);
        // Last of all the checks, so that nothing else reveals whether it ran: is the contact a member's already?
        if (vault.emailInUse(email) || vault.phoneInUse(phone)) {
            conflicts.report(actor);
            throw new DomainRuleViolation("member.admission.needsCustodian");
        }

        Instant now = clock.now();
        Member member = new Member(pseudonym, uniqueLogin(pseudonym), language, eligibility, readiness, now, actor);
        em.persist(member);
        vault.store(member.getRef(), new IdentityVault.Identity(legalName, email, phone, iban,
                application.paidThroughPartner(), blankToNull(application.emergencyContact())));
        vault.storeBelowRuleReason(member.getRef(), eligibility.belowRuleReason());
        audit.record(actor, "member.admitted", member.getRef(), "contactChecked=true");
        em.flush();

        KeycloakAccounts.NewAccount account = accounts.createMemberAccount(member.getLogin());
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    accounts.deleteQuietly(account.keycloakId());
                }
            }
        });
        member.linkAccount(account.keycloakId());
        return new Admitted(member.getRef(), member.getPseudonym(), member.getLogin(), account.oneTimePassword());
    }

    /** A login handle from the pseudonym: ASCII letters and digits, unique among members. */
    String uniqueLogin(Pseudonym pseudonym) {
        String base = Normalizer.normalize(pseudonym.value().replace("đ", "dj").replace("Đ", "Dj"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (base.length() < 3) {
            base = "member" + base;
        }
        base = base.length() > 30 ? base.substring(0, 30) : base;
        String login = base;
        for (int n = 2; members.loginTaken(login) || accounts.exists(login); n++) {
            login = base + n;
        }
        return login;
    }

    private static ReadinessAssessment.Outcome outcome(String text) {
        try {
            return ReadinessAssessment.Outcome.valueOf(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new DomainRuleViolation("member.admission.readinessInvalid");
        }
    }

    private static String required(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation(key);
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return InputRules.blankAsNone(value);
    }
}
