package org.nstac.portal.consent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.consent.domain.EventConsent;
import org.nstac.portal.consent.domain.EventConsentScope;
import org.nstac.portal.platform.Languages;
import org.nstac.portal.platform.Messages;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.MemberContext;
import org.nstac.portal.shared.MemberRef;
import org.nstac.portal.shared.NotFound;
import org.nstac.portal.shared.Notices;

/**
 * Consent for each public event: accepting a task offer or a meeting invitation that shows, photographs or records the
 * member records their consent for that event (in the acceptance's transaction, so an acceptance refused records
 * nothing), with the wording the acceptance screen showed; the member may take it back before the event's day, no
 * reason asked, and the secretariat is told. Only the member sees their own: anyone else gets 404.
 */
@ApplicationScoped
public class EventConsents {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    MemberContext member;

    @Inject
    Messages messages;

    @Inject
    AuditLog audit;

    @Inject
    Notices notices;

    @Inject
    CouncilClock clock;

    /**
     * Records the member's consent for the event they are accepting, when it needs one; called inside the acceptance's
     * transaction. Accepting the same event again gives it afresh with the event's scope as it is now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void giveOnAcceptance(String memberRef, EventConsent.About about, long refId, String title,
            LocalDate eventOn, EventConsentScope scope) {
        if (!scope.required()) {
            return;
        }
        EventConsent consent = em.createQuery("select c from EventConsent c where c.memberRef = :m and c.about = :a "
                + "and c.refId = :r", EventConsent.class).setParameter("m", new MemberRef(memberRef))
                .setParameter("a", about)
                .setParameter("r", refId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElse(null);
        boolean fresh = consent == null;
        if (fresh) {
            consent = new EventConsent(memberRef, about, refId);
        }
        consent.give(title, eventOn, scope, wording(scope, eventOn, Locale.ENGLISH),
                wording(scope, eventOn, Languages.SERBIAN_LATIN), clock.now());
        if (fresh) {
            em.persist(consent);
        }
        em.flush();
        audit.record(memberRef, "consent.event.given", memberRef, about + "=" + refId + ",appearance="
                + scope.appearance() + ",photographs=" + scope.photographs() + ",recording=" + scope.recording());
    }

    /** What accepting an event means, in {@code locale}: the sentence the acceptance screen shows; "" for none. */
    public String wording(EventConsentScope scope, LocalDate eventOn, Locale locale) {
        if (!scope.required()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (scope.appearance()) {
            parts.add(messages.get(locale, "consent.event.part.appearance"));
        }
        if (scope.photographs()) {
            parts.add(messages.get(locale, "consent.event.part.photographs"));
        }
        if (scope.recording()) {
            parts.add(messages.get(locale, "consent.event.part.recording"));
        }
        return messages.get(locale, "consent.event.wording", String.join("; ", parts),
                eventOn == null ? "" : eventOn.toString());
    }

    /** The calling member's event consents, the newest first. @throws NotFound for anyone but a member */
    public List<EventConsent> mine() {
        return of(member.requireRef());
    }

    /** A member's event consents, the newest first (Download my data, after the export checked the caller). */
    public List<EventConsent> of(String memberRef) {
        Optional<MemberRef> ref = MemberRef.parse(memberRef);
        if (ref.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from EventConsent c where c.memberRef = :m order by c.id desc",
                EventConsent.class).setParameter("m", ref.get()).getResultList();
    }

    /**
     * The calling member takes back their consent for one event, before its day, without a reason; the secretariat is
     * told (it stops the cameras, or talks with the member about the event).
     *
     * @throws NotFound for anyone but the member it belongs to
     * @throws org.nstac.portal.shared.DomainRuleViolation when taken back already, or on or after the event's day
     */
    @Transactional
    public EventConsent withdraw(long id) {
        String ref = member.ref().orElseThrow(NotFound::new);
        EventConsent consent = em.find(EventConsent.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (consent == null || !consent.getMemberRef().equals(ref)) {
            throw new NotFound();
        }
        consent.withdraw(clock.today(), clock.now());
        audit.record(ref, "consent.event.withdrawn", ref, consent.getAbout() + "=" + consent.getRefId());
        String page = consent.getAbout() == EventConsent.About.TASK ? "/secretariat/task?id=" + consent.getRefId()
                : "/secretariat/meeting?id=" + consent.getRefId();
        notices.send(List.of(Notices.ROLE_PREFIX + "secretariat"), "notification.consent.event.withdrawn", page,
                consent.getTitle());
        return consent;
    }

    /** Whether the member may still take it back today. */
    public boolean withdrawable(EventConsent consent) {
        return consent.withdrawableOn(clock.today());
    }
}
