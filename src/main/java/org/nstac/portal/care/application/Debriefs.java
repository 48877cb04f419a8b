package org.nstac.portal.care.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.care.infrastructure.DebriefRecord;
import org.nstac.portal.care.infrastructure.DebriefStore;
import org.nstac.portal.notification.mail.DiscreetMailer;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.MemberContext;
import org.nstac.portal.shared.MemberDirectory;
import org.nstac.portal.shared.NotFound;
import org.nstac.portal.shared.Notices;
import org.nstac.portal.shared.SensitiveWorkDone;

/**
 * Debriefs after sensitive work: once a member attended a meeting with a safety plan, or had their work on a task
 * with a safety plan accepted, they are offered a debrief with the support person the plan names (else the
 * secretariat's support duty). The member accepts or declines; no reason is asked, and none is kept. An accepted
 * debrief reaches the support person's inbox. Nobody else sees a member's debriefs: to anyone else they are not there.
 */
@ApplicationScoped
@Transactional
public class Debriefs {

    public static final String DECISION_REQUIRED = "care.debrief.decision.required";

    /** How many accepted debriefs an inbox shows. */
    static final int INBOX_SIZE = 200;

    @Inject
    DebriefStore store;

    @Inject
    SupportPolicy policy;

    @Inject
    MemberContext member;

    @Inject
    MemberDirectory directory;

    @Inject
    Notices notices;

    @Inject
    DiscreetMailer mailer;

    @Inject
    AuditLog audit;

    @Inject
    CouncilClock clock;

    /** Offers the debrief, once per member and piece of work, in the transaction that recorded the work. */
    void offer(@Observes SensitiveWorkDone done) {
        if (store.of(done.memberRef(), done.about(), done.refId()).isPresent()) {
            return;
        }
        DebriefRecord d = new DebriefRecord(done.memberRef(), done.about(), done.refId(), done.title(),
                done.supportLogin().orElse(null), clock.now());
        store.add(d);
        // The portal offers it, as a consequence of work another feature recorded (and audited, with its actor).
        audit.record("portal", "care.debrief.offered", "debrief:" + d.getId(),
                "about=" + done.about() + " with=" + (done.supportLogin().isPresent() ? "support-person" : "duty"));
        directory.loginOf(done.memberRef()).ifPresent(login -> {
            notices.send(List.of(login), "notification.care.debrief.offered", SupportRequests.MEMBER_PAGE);
            mailer.tell(login);
        });
    }

    /** The calling member's debriefs, the newest first. @throws NotFound when the caller is not a member */
    public List<DebriefRecord> mine() {
        return store.of(member.requireRef());
    }

    /**
     * The calling member accepts or declines a debrief offered to them; no reason asked. An accepted one reaches the
     * support person (in the portal).
     *
     * @throws NotFound            for anyone but the member it was offered to
     * @throws DomainRuleViolation {@value #DECISION_REQUIRED} without a yes or no; {@code care.debrief.state.notAllowed}
     *                             for a debrief already accepted
     */
    public DebriefRecord decide(long id, Boolean accept) {
        String ref = member.ref().orElseThrow(NotFound::new);
        DebriefRecord d = store.find(id).filter(r -> r.getMemberRef().equals(ref)).orElseThrow(NotFound::new);
        if (accept == null) {
            throw new DomainRuleViolation(DECISION_REQUIRED);
        }
        store.lock(d);
        d.decide(accept, clock.now());
        audit.record(policy.actor(), accept ? "care.debrief.accepted" : "care.debrief.declined", "debrief:" + id,
                null);
        if (accept) {
            notices.send(List.of(d.supportLogin().orElse(Notices.ROLE_PREFIX + "secretariat")),
                    "notification.care.debrief.accepted", SupportRequests.INBOX);
        }
        return d;
    }

    /** The accepted debriefs that reach the caller (named on the plan, or on the secretariat's duty), newest first. */
    public List<DebriefRecord> acceptedReachingMe() {
        if (!policy.isSignedIn()) {
            throw new NotFound();
        }
        return store.acceptedReaching(policy.actor(), policy.onDuty(), INBOX_SIZE);
    }

    /** How many accepted debriefs reach the caller. */
    public long countAcceptedReachingMe() {
        return policy.isSignedIn() ? store.countAcceptedReaching(policy.actor(), policy.onDuty()) : 0;
    }

    /** The name a page shows for the member. */
    public String memberName(DebriefRecord d, Locale locale) {
        return directory.displayName(d.getMemberRef(), locale);
    }
}
