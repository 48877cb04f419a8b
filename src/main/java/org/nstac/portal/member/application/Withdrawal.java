package org.nstac.portal.member.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.member.domain.MemberAction;
import org.nstac.portal.member.infrastructure.KeycloakAccounts;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.NotFound;
import org.nstac.portal.vault.application.IdentityVault;

/**
 * A member leaves the council for good. Irreversible, idempotent, and safe to retry after a crash midway:
 * <ol>
 * <li>one transaction: the member becomes "Former member N", the vault row and the data key are deleted
 * (crypto-shredding), the audit chain records it;</li>
 * <li>the Keycloak account is deleted (an account already gone counts as deleted);</li>
 * <li>the link to the account is forgotten.</li>
 * </ol>
 * A crash after step 1 leaves a withdrawn member who still knows their account id; calling again finishes 2 and 3.
 */
@ApplicationScoped
public class Withdrawal {

    @jakarta.inject.Inject
    Absences absences;

    @jakarta.inject.Inject
    org.nstac.portal.shared.CouncilClock clock;

    /** What the person must type, so nobody withdraws by a slip: the word of the page's language (the API's is English). */
    public static final String CONFIRMATION = "WITHDRAW";

    /** The same word in Serbian ("I withdraw"), accepted with or without its diacritic. */
    public static final String CONFIRMATION_SR = "POVLAČIM";

    /** Whether {@code typed} is the confirmation word in English or Serbian, in any case, spaces around ignored. */
    static boolean confirmed(String typed) {
        if (typed == null) {
            return false;
        }
        String word = plain(typed.strip());
        return word.equals(CONFIRMATION) || word.equals(plain(CONFIRMATION_SR));
    }

    private static String plain(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(java.util.Locale.ROOT);
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
    Withdrawal self;

    @Inject
    MemberPolicy policy;

    @Inject
    jakarta.enterprise.event.Event<org.nstac.portal.shared.MemberErased> erased;

    /**
     * @throws org.nstac.portal.shared.NotFound when the caller is neither this member nor the secretariat, or there is
     *                                          no such member
     */
    public Member withdraw(String memberRef, String confirmation, String actor) {
        policy.require(MemberAction.WITHDRAW, memberRef);
        members.findByRef(memberRef).orElseThrow(NotFound::new);
        if (!confirmed(confirmation)) {
            throw new DomainRuleViolation("member.withdrawal.confirm");
        }
        String keycloakId = self.eraseIdentity(memberRef, actor);
        if (keycloakId != null) {
            accounts.delete(keycloakId);
            self.forgetAccount(memberRef);
        }
        return members.findByRef(memberRef).orElseThrow();
    }

    /** Step 1; returns the Keycloak account still to delete, if any. */
    @Transactional
    public String eraseIdentity(String memberRef, String actor) {
        Member member = members.findByRef(memberRef).orElseThrow();
        if (member.getFormerNumber() == null) {
            if (member.getKeycloakId() == null) {
                // Accounts made outside admission (the demo realm's) are found by login, before the login changes.
                accounts.idOf(member.getLogin()).ifPresent(member::linkAccount);
            }
            Number last = (Number) em.createNativeQuery(
                    "SELECT COALESCE(MAX(former_number), 0) FROM member FOR UPDATE").getSingleResult();
            member.withdraw(last.intValue() + 1);
            absences.withdrew(memberRef, clock.today());
            audit.record(actor, "member.withdrawn", memberRef, null);
        }
        vault.shred(memberRef);
        erased.fire(new org.nstac.portal.shared.MemberErased(memberRef));
        em.flush();
        return member.getKeycloakId();
    }

    /** Step 3. */
    @Transactional
    public void forgetAccount(String memberRef) {
        members.findByRef(memberRef).orElseThrow().accountDeleted();
    }
}
