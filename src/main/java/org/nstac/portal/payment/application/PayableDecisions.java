package org.nstac.portal.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.payment.domain.FourEyes;
import org.nstac.portal.payment.domain.Money;
import org.nstac.portal.payment.domain.PayableState;
import org.nstac.portal.payment.infrastructure.LedgerEntryRecord;
import org.nstac.portal.payment.infrastructure.PayableRecord;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.InputRules;
import org.nstac.portal.shared.MemberDirectory;
import org.nstac.portal.shared.NotFound;
import org.nstac.portal.shared.Notices;

/**
 * Finance's decisions on a payable: approve it, reject it, record its payment, or reverse it, each by a ledger entry
 * that is only ever added, never by the member it is owed to. Every command carries the caller's idempotency key; the
 * payable's row is locked first and every read after it is a locking (current) read, so a double click, two tabs or
 * twenty retries book one entry and all get the same answer.
 */
@ApplicationScoped
public class PayableDecisions {

    /** How a payment was made. */
    public enum Method {
        BANK_TRANSFER, THROUGH_PARTNER
    }

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    /** The longest bank or partner reference of a payment, and the longest reason for a decision. */
    public static final int MAX_REFERENCE = 100;
    public static final int MAX_REASON = 1000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Payables payables;

    @Inject
    PayableQueries queries;

    @Inject
    AuditLog audit;

    @Inject
    Notices notifications;

    @Inject
    MemberDirectory members;

    @Inject
    CouncilClock clock;

    /** Finance approves: never the person who entered or claimed the payable, nor the member it is owed to. */
    @Transactional
    public PayableView approve(long id, String actor, String key) {
        return once(id, actor, key, PayableState.APPROVED, (p, scoped) -> {
            requireNotPayee(actor, p);
            FourEyes.requireDifferent(actor, p.getCreatedBy());
            List<LedgerEntryRecord> entries = queries.entriesOf(id, true);
            PayableView.stateOf(entries).moveTo(PayableState.APPROVED);
            em.persist(new LedgerEntryRecord(p, PayableState.APPROVED, p.getMoney(), null, actor, clock.now(),
                    scoped));
            em.flush();
            audit.record(actor, "payment.approved", p.getMemberRef(), "payable=" + id);
        });
    }

    /** Finance rejects an accrued payable, with a reason the member reads. */
    @Transactional
    public PayableView reject(long id, String reason, String actor, String key) {
        return once(id, actor, key, PayableState.REJECTED, (p, scoped) -> {
            String why = reason(reason);
            requireNotPayee(actor, p);
            PayableView.stateOf(queries.entriesOf(id, true)).moveTo(PayableState.REJECTED);
            em.persist(new LedgerEntryRecord(p, PayableState.REJECTED, p.getMoney(), null, actor, clock.now(), scoped)
                    .withReason(why));
            em.flush();
            audit.record(actor, "payment.rejected", p.getMemberRef(), "payable=" + id);
            notifyMember(p, "notification.payment.rejected");
        });
    }

    /** Finance records that an approved payable was paid: when, how, and the bank's reference. */
    @Transactional
    public PayableView pay(long id, LocalDate date, String method, String reference, String actor, String key) {
        return once(id, actor, key, PayableState.PAID, (p, scoped) -> {
            if (date == null) {
                throw new DomainRuleViolation("payment.pay.dateRequired");
            }
            if (date.isAfter(clock.today())) {
                throw new DomainRuleViolation("payment.pay.dateFuture");
            }
            Method how = methodOf(method);
            String ref = InputRules.check(new PaymentReference(reference)).reference();
            requireNotPayee(actor, p);
            List<LedgerEntryRecord> entries = queries.entriesOf(id, true);
            PayableView.stateOf(entries).moveTo(PayableState.PAID);
            LocalDate approvedOn = new PayableView(p, entries, false).approvedOn();
            if (approvedOn != null && date.isBefore(approvedOn)) {
                throw new DomainRuleViolation("payment.pay.dateBeforeApproval", approvedOn);
            }
            em.persist(new LedgerEntryRecord(p, PayableState.PAID, p.getMoney(), null, actor, clock.now(), scoped)
                    .withPayment(date, how.name(), ref));
            em.flush();
            audit.record(actor, "payment.paid", p.getMemberRef(), "payable=" + id + ",method=" + how);
            notifyMember(p, "notification.payment.paid");
        });
    }

    /**
     * Undoes an approval or a payment: each standing approval and payment entry is negated by a reversing entry, and
     * the accrual is closed as not paid with the reason, so the payable's figures add up to nothing owed. If an amount
     * is still owed, {@code replacementAmount} accrues it as a new payable that corrects this one; it needs approval by
     * someone other than the person reversing.
     */
    @Transactional
    public PayableView reverse(long id, String reason, String replacementAmount, String actor, String key) {
        return once(id, actor, key, PayableState.REVERSED, (p, scoped) -> {
            String why = reason(reason);
            List<LedgerEntryRecord> entries = queries.entriesOf(id, true);
            PayableState state = PayableView.stateOf(entries);
            state.moveTo(PayableState.REVERSED);
            Money replacement = replacementAmount == null || replacementAmount.isBlank() ? null
                    : Money.parse(replacementAmount, p.getMoney().currency().name(), false);
            if (replacement != null && replacement.isZero()) {
                throw new DomainRuleViolation("payment.reverse.replacementZero");
            }
            requireNotPayee(actor, p);
            Instant now = clock.now();
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
                PayableRecord corrected = payables.accrue(new PayableRecord(p.getMemberRef(),
                        PayableRecord.Source.CORRECTION, correctionKey(id), p.getActivity(), p.getTaskKind(),
                        p.getExpenseKind(), p.getQuantity(), p.getRateId(), p.getWorkDate(), replacement,
                        p.getDescription(), id, actor, now).fundedBy(p.getFunder()));
                audit.record(actor, "payment.corrected", p.getMemberRef(), "payable=" + id + ",by="
                        + corrected.getId());
            }
            notifyMember(p, "notification.payment.reversed");
        });
    }

    /** The payable that corrects a reversed one, if any. */
    public Optional<PayableRecord> correctionOf(long id) {
        return payables.bySourceKey(correctionKey(id));
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

    /** The source key of the payable that corrects a reversed one. */
    private static String correctionKey(long id) {
        return "correction:" + id;
    }

    /**
     * Runs a command once per key: checks the caller's key, locks the payable, and answers a command already done
     * with this key as the payable stands now; otherwise books {@code command} (given the payable and the scoped
     * key) and answers the payable after it.
     */
    private PayableView once(long id, String actor, String key, PayableState to,
            BiConsumer<PayableRecord, String> command) {
        String scoped = scoped(actor, key);
        PayableRecord p = lock(id);
        Optional<PayableView> done = alreadyDone(scoped, p, to);
        if (done.isPresent()) {
            return done.get();
        }
        command.accept(p, scoped);
        return queries.find(id);
    }

    private PayableRecord lock(long id) {
        PayableRecord p = em.find(PayableRecord.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw new NotFound();
        }
        return p;
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
        return Optional.of(queries.find(p.getId()));
    }

    private void requireNotPayee(String actor, PayableRecord p) {
        Optional<String> actorRef = members.refOfLogin(actor);
        if (actorRef.isPresent() && actorRef.get().equals(p.getMemberRef())) {
            throw new DomainRuleViolation(FourEyes.SAME_USER);
        }
    }

    private static String reason(String reason) {
        return InputRules.check(new DecisionReason(reason)).reason();
    }

    /** The bank's or the partner's reference for a payment: required, stripped, at most {@link #MAX_REFERENCE}. */
    public record PaymentReference(
            @NotBlank(message = "payment.pay.referenceRequired")
            @Size(max = MAX_REFERENCE, message = "payment.pay.referenceTooLong") String reference) {

        public PaymentReference {
            reference = InputRules.blankAsNone(reference);
        }
    }

    /**
     * Why finance rejects or reverses a payable (the member reads it): stripped, at least three characters (a word,
     * not a stray key), at most {@link #MAX_REASON}.
     */
    public record DecisionReason(
            @jakarta.validation.constraints.Pattern(regexp = "(?s).{3,}", message = "payment.reason.required")
            @Size(max = MAX_REASON, message = "payment.reason.tooLong") String reason) {

        public DecisionReason {
            reason = reason == null ? "" : reason.strip();
        }
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
}
