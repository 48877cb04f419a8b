package org.nstac.portal.consent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.consent.domain.ConsentRecord;
import org.nstac.portal.consent.domain.ConsentText;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.MemberRef;

/** Gives, withdraws and answers "may we use this purpose for this member now?". */
@ApplicationScoped
public class Consents {

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<ConsentWithdrawn> withdrawals;

    /** One purpose as the member sees it: the text in force, and where the member stands with it. */
    public record Standing(ConsentPurpose purpose, int textVersion, String text, boolean given, Integer givenVersion,
            boolean needsRenewal, List<ConsentRecord> history) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AuditLog audit;

    @jakarta.inject.Inject
    org.nstac.portal.shared.CouncilClock clock;

    public ConsentText current(ConsentPurpose purpose) {
        return em.createQuery("select t from ConsentText t where t.purpose = :p order by t.version desc",
                ConsentText.class).setParameter("p", purpose).setMaxResults(1).getSingleResult();
    }

    /** Publishes the next version of a purpose's text: from now on, earlier consent to that purpose needs renewal. */
    @Transactional
    public ConsentText publish(ConsentPurpose purpose, String english, String serbian, String actor) {
        ConsentText next = new ConsentText(purpose, current(purpose).getVersion() + 1, english, serbian,
                clock.now(), actor);
        em.persist(next);
        audit.record(actor, "consent.text.published", null, "purpose=" + purpose + ",version=" + next.getVersion());
        return next;
    }

    /** The texts in force, one per purpose. */
    public List<ConsentText> currentTexts() {
        return Arrays.stream(ConsentPurpose.values()).map(this::current).toList();
    }

    /** True only for consent given against the text version in force: withdrawal and new versions count at once. */
    public boolean hasValidConsent(String memberRef, ConsentPurpose purpose) {
        return latest(memberRef, purpose).map(r -> r.isValidFor(current(purpose))).orElse(false);
    }

    /**
     * Refuses council work that needs a consent the member has not given against the text in force (never given,
     * withdrawn, or given to an older version).
     *
     * @throws DomainRuleViolation {@code consent.required.<PURPOSE>}
     */
    public void require(String memberRef, ConsentPurpose purpose) {
        if (!hasValidConsent(memberRef, purpose)) {
            throw new DomainRuleViolation("consent.required." + purpose);
        }
    }

    public List<Standing> standingOf(String memberRef, Locale locale) {
        return Arrays.stream(ConsentPurpose.values()).map(purpose -> {
            ConsentText text = current(purpose);
            List<ConsentRecord> history = history(memberRef, purpose);
            Optional<ConsentRecord> last = history.stream().findFirst();
            boolean valid = last.map(r -> r.isValidFor(text)).orElse(false);
            boolean renewal = last.map(r -> r.isGiven() && r.getTextVersion() != text.getVersion()).orElse(false);
            return new Standing(purpose, text.getVersion(), text.textIn(locale), valid,
                    last.filter(ConsentRecord::isGiven).map(ConsentRecord::getTextVersion).orElse(null), renewal,
                    history);
        }).toList();
    }

    /** Gives (against the text in force) or withdraws consent; takes effect at once and is audited. */
    @Transactional
    public void record(String memberRef, ConsentPurpose purpose, boolean given, String actor) {
        ConsentText text = current(purpose);
        em.persist(new ConsentRecord(memberRef, text, given, clock.now(), actor));
        audit.record(actor, given ? "consent.given" : "consent.withdrawn", memberRef,
                "purpose=" + purpose + ",version=" + text.getVersion());
        if (!given) {
            withdrawals.fire(new ConsentWithdrawn(memberRef, purpose));
        }
    }

    private Optional<ConsentRecord> latest(String memberRef, ConsentPurpose purpose) {
        return history(memberRef, purpose).stream().findFirst();
    }

    /** Newest first. */
    public List<ConsentRecord> history(String memberRef, ConsentPurpose purpose) {
        Optional<MemberRef> ref = MemberRef.parse(memberRef);
        if (ref.isEmpty()) {
            return List.of(); // no member has that reference, so it has no consent
        }
        return em.createQuery("select r from ConsentRecord r where r.memberRef = :m and r.purpose = :p order by r.id desc",
                ConsentRecord.class).setParameter("m", ref.get()).setParameter("p", purpose).getResultList();
    }
}
