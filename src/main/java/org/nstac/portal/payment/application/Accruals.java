package org.nstac.portal.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.payment.domain.Currency;
import org.nstac.portal.payment.domain.Funder;
import org.nstac.portal.payment.domain.Money;
import org.nstac.portal.payment.domain.PayableState;
import org.nstac.portal.payment.domain.Rate;
import org.nstac.portal.payment.domain.RateCard;
import org.nstac.portal.payment.infrastructure.PayableRecord;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.MemberRef;
import org.nstac.portal.shared.StatedReason;

/**
 * The ledger's one contract with the features that do work (tasks, meetings, consultations): they tell it what was
 * done, and it prices the work from the rate card itself, so that every member is paid as other experts are, the same
 * way for every feature. No feature builds a payable or sees a ledger entity.
 * <p>
 * Idempotent by source key: telling the same work twice changes nothing.
 */
@ApplicationScoped
public class Accruals {

    /** Which feature the work came from (for reports and fairness); never a reason to price it differently. */
    public enum Origin {
        TASK(PayableRecord.Source.TASK),
        MEETING(PayableRecord.Source.ATTENDANCE),
        CONSULTATION(PayableRecord.Source.CONSULTATION),
        STIPEND(PayableRecord.Source.STIPEND),
        LEARNING(PayableRecord.Source.LEARNING);

        private final PayableRecord.Source source;

        Origin(PayableRecord.Source source) {
            this.source = source;
        }
    }

    /**
     * Work done.
     *
     * @param memberRef   who did it
     * @param sourceKey   what it was, uniquely ({@code task-offer:42}, {@code meeting:7:member:m-..:MEETING_DAY})
     * @param activity    the rate card's activity
     * @param taskKind    the task kind, for activities priced by kind; else null
     * @param quantity    hours, days, appearances, kilometres: more than 0
     * @param workDate    the day of the work: the card's rate of that day applies
     * @param description what a statement says about it (never about the person)
     * @param enteredBy   who tells the ledger (someone else approves)
     * @param agreedUnit  an amount per unit agreed above the card (in the currency it was agreed in), or null for the
     *                    card's rate
     * @param agreedWhy   why more than the card is paid; required with {@code agreedUnit}
     * @param funder      who pays for it; the council's budget when null
     */
    public record WorkDone(Origin origin, String memberRef, String sourceKey, Activity activity, String taskKind,
            BigDecimal quantity, LocalDate workDate, String description, String enteredBy, Money agreedUnit,
            String agreedWhy, Funder funder) {

        public WorkDone {
            funder = funder == null ? Funder.COUNCIL_BUDGET : funder;
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(memberRef, "memberRef");
            Objects.requireNonNull(sourceKey, "sourceKey");
            Objects.requireNonNull(activity, "activity");
            Objects.requireNonNull(workDate, "workDate");
            if (quantity == null || quantity.signum() <= 0) {
                throw new IllegalArgumentException("Work has a quantity above 0");
            }
        }

        /** Work paid at the card's rate. */
        public static WorkDone atCardRate(Origin origin, String memberRef, String sourceKey, Activity activity,
                String taskKind, BigDecimal quantity, LocalDate workDate, String description, String enteredBy) {
            return new WorkDone(origin, memberRef, sourceKey, activity, taskKind, quantity, workDate, description,
                    enteredBy, null, null, null);
        }

        /** The same work, paid at an amount per unit agreed above the card, for a reason. */
        public WorkDone agreedAt(Money unit, String why) {
            return new WorkDone(origin, memberRef, sourceKey, activity, taskKind, quantity, workDate, description,
                    enteredBy, unit, why, funder);
        }

        /** The same work, paid for by someone other than the council's budget. */
        public WorkDone fundedBy(Funder by) {
            return new WorkDone(origin, memberRef, sourceKey, activity, taskKind, quantity, workDate, description,
                    enteredBy, agreedUnit, agreedWhy, by);
        }
    }

    /** What a piece of work accrued, and where it stands in the ledger. */
    public record Accrued(long payableId, String sourceKey, Activity activity, BigDecimal quantity, Money amount,
            PayableState state, LocalDate workDate, boolean late) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Payables payables;

    @Inject
    PayableQueries queries;

    @Inject
    CouncilClock clock;

    @Inject
    RateCards rates;

    /**
     * Books work as an accrued payable priced from the card (or at an agreed amount above it), once per source key.
     *
     * @throws DomainRuleViolation {@code payment.rate.missing} when the card has no rate for the activity on that day;
     *                             {@code payment.agreed.belowCard} for an agreed amount below the card's;
     *                             {@code payment.agreed.reasonRequired} for one without a reason
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Accrued accrue(WorkDone work) {
        var existing = payables.bySourceKey(work.sourceKey());
        if (existing.isPresent()) {
            return accrued(queries.find(existing.get().getId()));
        }
        Rate rate = rates.card().rateOn(work.activity(), work.activity().byTaskKind() ? work.taskKind() : null,
                work.workDate());
        Money unit = rate.memberAmount();
        String description = work.description();
        if (work.agreedUnit() != null) {
            // An amount agreed in the card's currency is held to the card of the work's day. One agreed in another
            // currency (the card has changed currency since) is paid as agreed: the card of the day it was agreed
            // checked it, and nothing in the council's books converts one currency into the other.
            if (work.agreedUnit().currency() == unit.currency()) {
                requireAtLeastTheCard(work.agreedUnit().amount(), rate);
            }
            String why = StatedReason.require(work.agreedWhy(), "payment.agreed.reasonRequired",
                    "payment.agreed.reasonTooLong");
            unit = work.agreedUnit();
            description = trim((description == null ? "" : description + " · ") + why);
        }
        Money amount = new Money(unit.amount().multiply(work.quantity())
                .setScale(unit.currency().minorUnit(), RoundingMode.HALF_UP), unit.currency());
        PayableRecord booked = payables.accrue(new PayableRecord(work.memberRef(), work.origin().source,
                work.sourceKey(), work.activity(), work.activity().byTaskKind() ? work.taskKind() : null, null,
                work.quantity().setScale(4, RoundingMode.HALF_UP), rates.recordOf(rate).getId(), work.workDate(),
                amount, trim(description), null, work.enteredBy(), clock.now()).fundedBy(work.funder()));
        return accrued(queries.find(booked.getId()));
    }

    /** The card's amount per unit for an activity on a day (what a page tells a member work will pay). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Money cardRate(Activity activity, String taskKind, LocalDate day) {
        return cardRatesOn(day).of(activity, taskKind);
    }

    /** The card's amounts per unit on a day, the card read once: for a page that lists many pieces of work. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CardRates cardRatesOn(LocalDate day) {
        RateCard card = rates.card();
        return (activity, taskKind) -> card.rateOn(activity, activity.byTaskKind() ? taskKind : null, day)
                .memberAmount();
    }

    /** The card of one day: the amount per unit of an activity (and, where the card says so, a kind of task). */
    @FunctionalInterface
    public interface CardRates {
        Money of(Activity activity, String taskKind);
    }

    /**
     * Refuses an agreed amount below the card's, or in another currency than the card's: the council pays as other
     * experts are paid, every time.
     *
     * @throws DomainRuleViolation {@code payment.agreed.belowCard}, with the card's amount;
     *                             {@code payment.agreed.currency}, with the card's currency
     */
    public void requireAtLeastTheCard(Money agreedUnit, Activity activity, String taskKind, LocalDate day) {
        Rate rate = rates.card().rateOn(activity, activity.byTaskKind() ? taskKind : null, day);
        if (agreedUnit.currency() != rate.memberAmount().currency()) {
            throw new DomainRuleViolation("payment.agreed.currency", rate.memberAmount().currency().name());
        }
        requireAtLeastTheCard(agreedUnit.amount(), rate);
    }

    private static void requireAtLeastTheCard(BigDecimal agreedUnit, Rate rate) {
        if (agreedUnit.compareTo(rate.memberAmount().amount()) < 0
                || agreedUnit.compareTo(rate.expertReference().amount()) < 0) {
            throw new DomainRuleViolation("payment.agreed.belowCard", rate.memberAmount().amount(),
                    rate.memberAmount().currency().name());
        }
    }

    /** What the work with these source keys accrued (for a feature's own page: a meeting, a task). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Accrued> bySourceKeys(Collection<String> sourceKeys) {
        if (sourceKeys.isEmpty()) {
            return List.of();
        }
        return queries.views(em.createQuery("select p from PayableRecord p where p.sourceKey in :keys order by p.id",
                PayableRecord.class).setParameter("keys", sourceKeys).getResultList()).stream()
                .map(Accruals::accrued).toList();
    }

    /** What a member's work with source keys starting so accrued ({@code meeting:7:member:m-..:}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Accrued> ofMemberByPrefix(String memberRef, String sourceKeyPrefix) {
        return queries.views(em.createQuery("select p from PayableRecord p where p.memberRef = :m and p.sourceKey "
                        + "like :k order by p.id", PayableRecord.class).setParameter("m", new MemberRef(memberRef))
                .setParameter("k", sourceKeyPrefix.replace("%", "") + "%").getResultList())
                .stream().map(Accruals::accrued).toList();
    }

    /**
     * Each member's earnings from one origin for work done from {@code from} to {@code to} (work dates), per currency,
     * net of reversals and rejections: what they were, or will be, actually paid. A reversed payable counts nothing; the
     * payable that corrected it counts for the origin of the one it corrects.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Map<Currency, BigDecimal>> earnings(Origin origin, LocalDate from, LocalDate to) {
        List<PayableRecord> inWindow = em.createQuery("select p from PayableRecord p where p.source in :sources "
                        + "and p.workDate >= :from and p.workDate <= :to", PayableRecord.class)
                .setParameter("sources", List.of(origin.source.name(), PayableRecord.Source.CORRECTION.name()))
                .setParameter("from", from).setParameter("to", to).getResultList();
        Map<String, Map<Currency, BigDecimal>> out = new HashMap<>();
        for (PayableView v : queries.views(inWindow)) {
            PayableRecord p = v.payable();
            if (p.getSource() == PayableRecord.Source.CORRECTION && originalSource(p) != origin.source) {
                continue;
            }
            PayableState state = v.state();
            if (state == PayableState.REJECTED || state == PayableState.REVERSED) {
                continue;
            }
            out.computeIfAbsent(p.getMemberRef(), k -> new EnumMap<>(Currency.class))
                    .merge(p.getMoney().currency(), p.getMoney().amount(), BigDecimal::add);
        }
        return out;
    }

    /**
     * What the council's work accrued in a period, by activity and currency: every payable whose work day falls in
     * it, net of rejections and reversals, whoever it was for. Totals only, never per member: for the fairness
     * page's chart of payments by activity.
     */
    public Map<Activity, Map<Currency, BigDecimal>> totalsByActivity(LocalDate from, LocalDate to) {
        List<PayableRecord> inWindow = em.createQuery("select p from PayableRecord p where p.workDate >= :from "
                + "and p.workDate <= :to", PayableRecord.class).setParameter("from", from).setParameter("to", to)
                .getResultList();
        Map<Activity, Map<Currency, BigDecimal>> out = new EnumMap<>(Activity.class);
        for (PayableView v : queries.views(inWindow)) {
            if (v.state() == PayableState.REJECTED || v.state() == PayableState.REVERSED) {
                continue;
            }
            PayableRecord p = v.payable();
            out.computeIfAbsent(p.getActivity(), k -> new EnumMap<>(Currency.class))
                    .merge(p.getMoney().currency(), p.getMoney().amount(), BigDecimal::add);
        }
        return out;
    }

    private PayableRecord.Source originalSource(PayableRecord p) {
        PayableRecord at = p;
        for (int hops = 0; at.getSource() == PayableRecord.Source.CORRECTION && at.getCorrectsPayableId() != null
                && hops < 20; hops++) {
            at = em.find(PayableRecord.class, at.getCorrectsPayableId());
        }
        return at.getSource();
    }

    private static Accrued accrued(PayableView v) {
        PayableRecord p = v.payable();
        return new Accrued(p.getId(), p.getSourceKey(), p.getActivity(), p.getQuantity(), p.getMoney(), v.state(),
                p.getWorkDate(), v.late());
    }

    private static String trim(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300);
    }
}
