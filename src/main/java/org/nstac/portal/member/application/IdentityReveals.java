package org.nstac.portal.member.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.member.domain.MemberAction;
import org.nstac.portal.member.infrastructure.IdentityRevealRecord;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.NotFound;
import org.nstac.portal.vault.application.IdentityVault;
import org.nstac.portal.shared.MemberRef;

/**
 * Opening a member's identity: only the custodian, only with a written reason, only shortly after signing in, and
 * always recorded (the reveal log the member sees, and the audit chain). A refused attempt is audited too, in its
 * own transaction so that the refusal is kept even though nothing else happens.
 */
@ApplicationScoped
public class IdentityReveals {

    /** The reveal was refused: the caller answers "not found" and the refusal is already in the audit chain. */
    public static class RevealRefused extends RuntimeException {
        public RevealRefused() {
            super("identity reveal refused");
        }
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    IdentityVault vault;

    @Inject
    AuditLog audit;

    @Inject
    org.nstac.portal.security.StepUp stepUp;

    @jakarta.inject.Inject
    org.nstac.portal.shared.CouncilClock clock;

    @Inject
    MemberPolicy policy;

    @Inject
    Members members;

    @Inject
    IdentityReveals self;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refuse(String actor, String memberRef) {
        audit.record(actor, "identity.reveal.refused", memberRef, null);
    }

    /**
     * The member whose identity the caller is about to open. Only the custodian may: anyone else's attempt is
     * audited in its own transaction (so it stays on record) and answered "not found", before anything else is
     * looked at.
     *
     * @throws NotFound when the caller may not open identities, or there is no such member
     */
    public Member toReveal(String memberRef) {
        requireCustodian(memberRef);
        return members.findByRef(memberRef).orElseThrow(NotFound::new);
    }

    private void requireCustodian(String memberRef) {
        if (!policy.may(MemberAction.REVEAL_IDENTITY)) {
            self.refuse(policy.actor(), memberRef);
            throw new NotFound();
        }
    }

    /** @throws NotFound when the caller may not open identities (the attempt is audited) */
    @Transactional
    public IdentityVault.Identity reveal(Member member, String custodian, Instant signedInAt, String reason,
            Set<IdentityVault.Field> fields) {
        requireCustodian(member.getRef());
        String why = org.nstac.portal.shared.StatedReason.require(reason, "member.reveal.reasonRequired",
                "member.reveal.reasonTooLong");
        Instant now = clock.now();
        stepUp.require(signedInAt);
        Set<IdentityVault.Field> opened = fields == null || fields.isEmpty() ? IdentityVault.ALL_FIELDS : fields;
        String fieldList = opened.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).sorted()
                .collect(Collectors.joining(","));
        IdentityVault.Identity identity = vault.open(member.getRef()).orElseThrow(RevealRefused::new);
        em.persist(new IdentityRevealRecord(member.getRef(), custodian, fieldList, why,
                now.truncatedTo(ChronoUnit.MILLIS)));
        audit.record(custodian, "identity.revealed", member.getRef(), "fields=" + fieldList);
        return identity.only(opened);
    }

    /** Whether a second factor given at {@code at} is recent enough to open an identity now. */
    public boolean isRecent(Instant at) {
        return stepUp.isRecent(at);
    }

    /**
     * The reveal log of one member, newest first: what the member sees under "Who looked at my identity".
     *
     * @throws NotFound when the caller is not this member
     */
    public List<IdentityRevealRecord> logOf(String memberRef) {
        policy.require(MemberAction.READ_REVEAL_LOG, memberRef);
        Optional<MemberRef> ref = MemberRef.parse(memberRef);
        if (ref.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from IdentityRevealRecord r where r.memberRef = :ref order by r.revealedAt desc",
                IdentityRevealRecord.class).setParameter("ref", ref.get()).getResultList();
    }
}
