package org.nstac.portal.payment.application;

import org.nstac.portal.shared.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.payment.domain.Funder;
import org.nstac.portal.payment.domain.FourEyes;
import org.nstac.portal.payment.domain.Money;
import org.nstac.portal.payment.domain.PayableState;
import org.nstac.portal.payment.domain.Rate;
import org.nstac.portal.payment.infrastructure.LedgerEntryRecord;
import org.nstac.portal.payment.infrastructure.PayableRecord;
import org.nstac.portal.platform.Dates;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The payments ledger: payables accrue from work, meetings and claims, and move by ledger entries that are only ever
 * added. Every command that moves money carries the caller's idempotency key; the payable's row is locked first and
 * every read after it is a locking (current) read, so a double click, two tabs or twenty retries book one entry and
 * all get the same answer.
 */
@ApplicationScoped
public class Payables {


    /** How a member chose to be paid; {@code NOT_CHOSEN} until they choose (then the vault's admission note decides). */
    public enum Channel {
        NOT_CHOSEN, OWN_ACCOUNT, PARTNER, DECLINED
    }

    /** How a payment was made. */
    public enum Method {
        BANK_TRANSFER, THROUGH_PARTNER
    }

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

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    RateCards rates;

    @Inject
    AuditLog audit;

    @Inject
    org.nstac.portal.shared.Notices notifications;

    @Inject
    org.nstac.portal.shared.MemberDirectory members;

    @Inject
    org.nstac.portal.shared.EngagementTerms terms;

    @Inject
    @ConfigProperty(name = "portal.payments.overdue-after", defaultValue = "P30D")
    Duration overdueAfter;

    @jakarta.inject.Inject
    org.nstac.portal.shared.CouncilClock clock;

    Instant now() {
        return clock.now();
    }

    LocalDate today() {
        return clock.today();
    }

    public Duration overdueAfter() {
        return overdueAfter;
    }

    // ---------------------------------------------------------------- accruing

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
                a.createdBy(), now()).fundedBy(a.funder()));
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
        if (channelOf(payable.getMemberRef()) == Channel.DECLINED) {
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

    // ---------------------------------------------------------------- reading

    /** One payable; {@link NotFound} when it does not exist. */
    @Transactional
    public PayableView find(long id) {
        PayableRecord p = em.find(PayableRecord.class, id);
        if (p == null) {
            throw new NotFound();
        }
        return new PayableView(p, entriesOf(id, false), false).withLate(this);
    }

    /** Payables, newest first: of one member, or of everyone when {@code memberRef} is null; in a state if given. */
    @Transactional
    public List<PayableView> list(String memberRef, PayableState state, LocalDate fromPeriod, LocalDate toPeriod) {
        StringBuilder q = new StringBuilder("select p from PayableRecord p where 1 = 1");
        if (memberRef != null) {
            q.append(" and p.memberRef = :m");
        }
        if (fromPeriod != null) {
            q.append(" and p.period >= :from");
        }
        if (toPeriod != null) {
            q.append(" and p.period <= :to");
        }
        var query = em.createQuery(q.append(" order by p.id desc").toString(), PayableRecord.class);
        if (memberRef != null) {
            query.setParameter("m", memberRef);
        }
        if (fromPeriod != null) {
            query.setParameter("from", fromPeriod.withDayOfMonth(1));
        }
        if (toPeriod != null) {
            query.setParameter("to", toPeriod.withDayOfMonth(1));
        }
        List<PayableRecord> payables = query.getResultList();
        Map<Long, List<LedgerEntryRecord>> entries = new HashMap<>();
        if (!payables.isEmpty()) {
            var eq = em.createQuery("select e from LedgerEntryRecord e" + (memberRef == null ? "" : " where e.memberRef = :m")
                    + " order by e.id", LedgerEntryRecord.class);
            if (memberRef != null) {
                eq.setParameter("m", memberRef);
            }
            for (LedgerEntryRecord e : eq.getResultList()) {
                entries.computeIfAbsent(e.getPayableId(), k -> new ArrayList<>()).add(e);
            }
        }
        List<PayableView> views = new ArrayList<>();
        for (PayableRecord p : payables) {
            PayableView v = new PayableView(p, entries.getOrDefault(p.getId(), List.of()), false).withLate(this);
            if (state == null || v.state() == state) {
                views.add(v);
            }
        }
        return views;
    }

    /** The views of these payables, their entries read in one query. */
    List<PayableView> views(List<PayableRecord> payables) {
        if (payables.isEmpty()) {
            return List.of();
        }
        Map<Long, List<LedgerEntryRecord>> entries = new HashMap<>();
        for (LedgerEntryRecord e : em.createQuery("select e from LedgerEntryRecord e where e.payableId in :ids "
                + "order by e.id", LedgerEntryRecord.class).setParameter("ids", payables.stream()
                .map(PayableRecord::getId).toList()).getResultList()) {
            entries.computeIfAbsent(e.getPayableId(), k -> new ArrayList<>()).add(e);
        }
        List<PayableView> views = new ArrayList<>();
        for (PayableRecord p : payables) {
            views.add(new PayableView(p, entries.getOrDefault(p.getId(), List.of()), false).withLate(this));
        }
        return views;
    }

    boolean isLate(PayableView v) {
        return v.state() == PayableState.APPROVED && v.approvedAt()
                .map(at -> at.plus(overdueAfter).isBefore(clock.now())).orElse(false);
    }

    // ---------------------------------------------------------------- moving

    /** Finance approves: never the person who entered or claimed the payable, nor the member it is owed to. */
    @Transactional
    public PayableView approve(long id, String actor, String key) {
        String scoped = scoped(actor, key);
        PayableRecord p = lock(id);
        Optional<PayableView> done = alreadyDone(scoped, p, PayableState.APPROVED);
        if (done.isPresent()) {
            return done.get();
        }
        requireNotPayee(actor, p);
        FourEyes.requireDifferent(actor, p.getCreatedBy());
        List<LedgerEntryRecord> entries = entriesOf(id, true);
        PayableView.stateOf(entries).moveTo(PayableState.APPROVED);
        em.persist(new LedgerEntryRecord(p, PayableState.APPROVED, p.getMoney(), null, actor, now(), scoped));
        em.flush();
        audit.record(actor, "payment.approved", p.getMemberRef(), "payable=" + id);
        return find(id);
    }

    /** Finance rejects an accrued payable, with a reason the member reads. */
    @Transactional
    public PayableView reject(long id, String reason, String actor, String key) {
        String scoped = scoped(actor, key);
        PayableRecord p = lock(id);
        Optional<PayableView> done = alreadyDone(scoped, p, PayableState.REJECTED);
        if (done.isPresent()) {
            return done.get();
        }
        String why = reason(reason);
        requireNotPayee(actor, p);
        PayableView.stateOf(entriesOf(id, true)).moveTo(PayableState.REJECTED);
        em.persist(new LedgerEntryRecord(p, PayableState.REJECTED, p.getMoney(), null, actor, now(), scoped)
                .withReason(why));
        em.flush();
        audit.record(actor, "payment.rejected", p.getMemberRef(), "payable=" + id);
        notifyMember(p, "notification.payment.rejected");
        return find(id);
    }

    /** Finance records that an approved payable was paid: when, how, and the bank's reference. */
    @Transactional
    public PayableView pay(long id, LocalDate date, String method, String reference, String actor, String key) {
        String scoped = scoped(actor, key);
        PayableRecord p = lock(id);
        Optional<PayableView> done = alreadyDone(scoped, p, PayableState.PAID);
        if (done.isPresent()) {
            return done.get();
        }
        if (date == null) {
            throw new DomainRuleViolation("payment.pay.dateRequired");
        }
        if (date.isAfter(today())) {
            throw new DomainRuleViolation("payment.pay.dateFuture");
        }
        Method how = methodOf(method);
        String ref = reference == null ? "" : reference.strip();
        if (ref.isEmpty()) {
            throw new DomainRuleViolation("payment.pay.referenceRequired");
        }
        if (ref.length() > 100) {
            throw new DomainRuleViolation("payment.pay.referenceTooLong", 100);
        }
        requireNotPayee(actor, p);
        List<LedgerEntryRecord> entries = entriesOf(id, true);
        PayableView.stateOf(entries).moveTo(PayableState.PAID);
        LocalDate approvedOn = new PayableView(p, entries, false).approvedOn();
        if (approvedOn != null && date.isBefore(approvedOn)) {
            throw new DomainRuleViolation("payment.pay.dateBeforeApproval", approvedOn);
        }
        em.persist(new LedgerEntryRecord(p, PayableState.PAID, p.getMoney(), null, actor, now(), scoped)
                .withPayment(date, how.name(), ref));
        em.flush();
        audit.record(actor, "payment.paid", p.getMemberRef(), "payable=" + id + ",method=" + how);
        notifyMember(p, "notification.payment.paid");
        return find(id);
    }

    /**
     * Undoes an approval or a payment: each standing approval and payment entry is negated by a reversing entry, and
     * the accrual is closed as not paid with the reason, so the payable's figures add up to nothing owed. If an amount
     * is still owed, {@code replacementAmount} accrues it as a new payable that corrects this one; it needs approval by
     * someone other than the person reversing.
     */
    @Transactional
    public PayableView reverse(long id, String reason, String replacementAmount, String actor, String key) {
        String scoped = scoped(actor, key);
        PayableRecord p = lock(id);
        Optional<PayableView> done = alreadyDone(scoped, p, PayableState.REVERSED);
        if (done.isPresent()) {
            return done.get();
        }
        String why = reason(reason);
        List<LedgerEntryRecord> entries = entriesOf(id, true);
        PayableState state = PayableView.stateOf(entries);
        state.moveTo(PayableState.REVERSED);
        Money replacement = replacementAmount == null || replacementAmount.isBlank() ? null
                : Money.parse(replacementAmount, p.getMoney().currency().name(), false);
        if (replacement != null && replacement.isZero()) {
            throw new DomainRuleViolation("payment.reverse.replacementZero");
        }
        requireNotPayee(actor, p);
        Instant now = now();
        String keyToUse = scoped;
        for (PayableState undone : List.of(PayableState.PAID, PayableState.APPROVED)) {
            Optional<LedgerEntryRecord> target = entries.stream().filter(e -> e.getState() == undone)
                    .reduce((a, b) -> b);
            if (target.isPresent()) {
                em.persist(new LedgerEntryRecord(p, PayableState.REVERSED, target.get().getMoney().negate(),
                        target.get().getId(), actor, now, keyToUse).withReason(why));
                keyToUse = null;
            }
        }
        em.persist(new LedgerEntryRecord(p, PayableState.REJECTED, p.getMoney(), null, actor, now, null)
                .withReason(why));
        em.flush();
        audit.record(actor, "payment.reversed", p.getMemberRef(), "payable=" + id);
        if (replacement != null) {
            PayableRecord corrected = accrue(new PayableRecord(p.getMemberRef(), PayableRecord.Source.CORRECTION,
                    "correction:" + id, p.getActivity(), p.getTaskKind(), p.getExpenseKind(), p.getQuantity(),
                    p.getRateId(), p.getWorkDate(), replacement, p.getDescription(), id, actor, now)
                    .fundedBy(p.getFunder()));
            audit.record(actor, "payment.corrected", p.getMemberRef(), "payable=" + id + ",by=" + corrected.getId());
        }
        notifyMember(p, "notification.payment.reversed");
        return find(id);
    }

    /** The payable that corrects a reversed one, if any. */
    public Optional<PayableRecord> correctionOf(long id) {
        return bySourceKey("correction:" + id);
    }

    // ---------------------------------------------------------------- channel

    /** The member's latest choice of how to be paid. */
    @Transactional
    public Channel channelOf(String memberRef) {
        List<?> rows = em.createNativeQuery("SELECT channel FROM payment_channel WHERE member_ref = ? ORDER BY id DESC "
                + "LIMIT 1").setParameter(1, memberRef).getResultList();
        return rows.isEmpty() ? Channel.NOT_CHOSEN : Channel.valueOf(rows.get(0).toString());
    }

    /** Records a member's choice; it applies to work from now on, and they may change it at any time. */
    @Transactional
    public Channel choose(String memberRef, String channel) {
        Channel chosen = null;
        for (Channel c : Channel.values()) {
            if (c != Channel.NOT_CHOSEN && c.name().equals(channel == null ? null : channel.strip())) {
                chosen = c;
            }
        }
        if (chosen == null) {
            throw new DomainRuleViolation("payment.channel.required");
        }
        if (chosen != channelOf(memberRef)) {
            em.createNativeQuery("INSERT INTO payment_channel (member_ref, channel, chosen_at) VALUES (?, ?, ?)")
                    .setParameter(1, memberRef).setParameter(2, chosen.name())
                    .setParameter(3, java.sql.Timestamp.from(now())).executeUpdate();
            audit.record(memberRef, "payment.channel.chosen", memberRef, "channel=" + chosen);
        }
        return chosen;
    }

    // ---------------------------------------------------------------- helpers

    PayableRecord lock(long id) {
        PayableRecord p = em.find(PayableRecord.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw new NotFound();
        }
        return p;
    }

    /** The payable's entries; a locking read inside a command, so that it sees what committed before the lock. */
    List<LedgerEntryRecord> entriesOf(long payableId, boolean locking) {
        var q = em.createQuery("select e from LedgerEntryRecord e where e.payableId = :p order by e.id",
                LedgerEntryRecord.class).setParameter("p", payableId);
        if (locking) {
            q.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return q.getResultList();
    }

    /** The caller's key, scoped to the caller so that two people's keys never meet. */
    public static String scopedKey(String actor, String key) {
        return scoped(actor, key);
    }

    static String scoped(String actor, String key) {
        if (key == null || key.isBlank()) {
            throw new DomainRuleViolation("payment.idempotency.required");
        }
        if (!KEY.matcher(key.strip()).matches()) {
            throw new DomainRuleViolation("payment.idempotency.invalid");
        }
        return actor + "|" + key.strip();
    }

    /**
     * The answer to a command already done with this key: the payable as it stands now. The same key for another
     * payable or another command is refused, since it can only be a client's mistake.
     */
    private Optional<PayableView> alreadyDone(String scopedKey, PayableRecord p, PayableState state) {
        List<LedgerEntryRecord> found = em.createQuery("select e from LedgerEntryRecord e where e.idempotencyKey = :k",
                LedgerEntryRecord.class).setParameter("k", scopedKey).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LedgerEntryRecord e = found.get(0);
        if (!e.getPayableId().equals(p.getId()) || e.getState() != state) {
            throw new DomainRuleViolation("payment.idempotency.reused");
        }
        return Optional.of(find(p.getId()));
    }

    private void requireNotPayee(String actor, PayableRecord p) {
        Optional<String> actorRef = members.refOfLogin(actor);
        if (actorRef.isPresent() && actorRef.get().equals(p.getMemberRef())) {
            throw new DomainRuleViolation(FourEyes.SAME_USER);
        }
    }

    private static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 3) {
            throw new DomainRuleViolation("payment.reason.required");
        }
        if (why.length() > 1000) {
            throw new DomainRuleViolation("payment.reason.tooLong", 1000);
        }
        return why;
    }

    private static Method methodOf(String method) {
        for (Method m : Method.values()) {
            if (m.name().equals(method == null ? null : method.strip())) {
                return m;
            }
        }
        throw new DomainRuleViolation("payment.pay.methodRequired");
    }

    private void notifyMember(PayableRecord p, String key) {
        members.loginOf(p.getMemberRef())
                .ifPresent(login -> notifications.send(List.of(login), key, "/member/payments"));
    }

    /** The names pages show for members, by reference, for lists that show many (one query). */
    @Transactional
    public Map<String, String> namesByRef(Collection<String> refs, java.util.Locale locale) {
        return members.displayNames(refs, locale);
    }
}
