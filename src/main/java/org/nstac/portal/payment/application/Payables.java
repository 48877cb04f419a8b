package org.nstac.portal.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.payment.domain.Funder;
import org.nstac.portal.payment.domain.Money;
import org.nstac.portal.payment.domain.PayableState;
import org.nstac.portal.payment.domain.Rate;
import org.nstac.portal.payment.infrastructure.LedgerEntryRecord;
import org.nstac.portal.payment.infrastructure.PayableRecord;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.EngagementTerms;

/**
 * The payments ledger's way in: payables accrue from work, meetings and claims, once per source key, each opened by
 * a ledger entry that is only ever added to. A retry with the same source key answers the payable already booked.
 * Reading payables is {@link PayableQueries}; finance's decisions on them are {@link PayableDecisions}.
 */
@ApplicationScoped
public class Payables {

    /** What gives rise to a payable at a rate of the card. */
    public record Accrual(String memberRef, PayableRecord.Source source, String sourceKey, Activity activity,
            String taskKind, BigDecimal quantity, LocalDate workDate, String description, String createdBy,
            Funder funder) {

        public Accrual {
            funder = funder == null ? Funder.COUNCIL_BUDGET : funder;
        }

        /** Work the council's budget pays for. */
        public Accrual(String memberRef, PayableRecord.Source source, String sourceKey, Activity activity,
                String taskKind, BigDecimal quantity, LocalDate workDate, String description, String createdBy) {
            this(memberRef, source, sourceKey, activity, taskKind, quantity, workDate, description, createdBy, null);
        }
    }

    /** A reason kept as a message key, shown in the reader's language: {@code key:} and the key. */
    public static final String KEY_PREFIX = "key:";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    RateCards rates;

    @Inject
    AuditLog audit;

    @Inject
    EngagementTerms terms;

    @Inject
    PaymentChannels channels;

    @Inject
    CouncilClock clock;

    /**
     * A payable finance or the secretariat enters for a member (public speaking, say), at the card's rate: like an
     * offer, only for a member who has accepted the engagement terms in force. A retry with the same key answers
     * the payable already booked.
     *
     * @throws DomainRuleViolation {@code terms.required}
     */
    @Transactional
    public PayableRecord enter(Accrual a) {
        Optional<PayableRecord> existing = bySourceKey(a.sourceKey());
        if (existing.isPresent()) {
            return existing.get();
        }
        terms.require(a.memberRef());
        return accrueAtRate(a);
    }

    /** Accrues quantity × the card's rate on the work day (rounded to the currency's minor unit, half up). */
    @Transactional
    public PayableRecord accrueAtRate(Accrual a) {
        Optional<PayableRecord> existing = bySourceKey(a.sourceKey());
        if (existing.isPresent()) {
            return existing.get();
        }
        Rate rate = rates.card().rateOn(a.activity(), a.activity().byTaskKind() ? a.taskKind() : null, a.workDate());
        Money amount = new Money(rate.memberAmount().amount().multiply(a.quantity())
                .setScale(rate.memberAmount().currency().minorUnit(), RoundingMode.HALF_UP),
                rate.memberAmount().currency());
        return accrue(new PayableRecord(a.memberRef(), a.source(), a.sourceKey(), a.activity(), a.taskKind(), null,
                a.quantity(), rates.recordOf(rate).getId(), a.workDate(), amount, a.description(), null,
                a.createdBy(), clock.now()).fundedBy(a.funder()));
    }

    /**
     * Books a new payable as accrued, once per source key: a second call with the same key returns the first payable.
     * A member who declined payment is not paid for work accrued after that choice: the payable is booked and closed
     * at once as rejected, with their choice as the reason, so the work still shows on their statement.
     */
    @Transactional
    public PayableRecord accrue(PayableRecord payable) {
        Optional<PayableRecord> existing = bySourceKey(payable.getSourceKey());
        if (existing.isPresent()) {
            return existing.get();
        }
        em.persist(payable);
        em.flush();
        em.persist(new LedgerEntryRecord(payable, PayableState.ACCRUED, payable.getMoney(), null,
                payable.getCreatedBy(), payable.getCreatedAt(), null));
        if (channels.channelOf(payable.getMemberRef()) == PaymentChannels.Channel.DECLINED) {
            em.persist(new LedgerEntryRecord(payable, PayableState.REJECTED, payable.getMoney(), null, "portal",
                    payable.getCreatedAt(), null).withReason(KEY_PREFIX + "payment.channel.declinedReason"));
        }
        em.flush();
        audit.record(payable.getCreatedBy(), "payment.accrued", payable.getMemberRef(), "payable=" + payable.getId()
                + ",activity=" + payable.getActivity() + ",amount=" + payable.getMoney().amount() + " "
                + payable.getMoney().currency());
        return payable;
    }

    @Transactional
    public Optional<PayableRecord> bySourceKey(String sourceKey) {
        return em.createQuery("select p from PayableRecord p where p.sourceKey = :k", PayableRecord.class)
                .setParameter("k", sourceKey).getResultStream().findFirst();
    }
}
