package org.nstac.portal.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.payment.domain.Funder;
import org.nstac.portal.payment.domain.Money;
import org.nstac.portal.payment.domain.PaymentAction;
import org.nstac.portal.payment.domain.StipendRole;
import org.nstac.portal.payment.infrastructure.StipendRecord;
import org.nstac.portal.platform.SerialLocks;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.MemberDirectory;
import org.nstac.portal.shared.NotFound;
import org.nstac.portal.shared.Participations;
import org.nstac.portal.shared.ScheduledJob;
import org.nstac.portal.shared.StatedReason;
import org.nstac.portal.shared.MemberRef;

/**
 * Monthly stipends for standing roles (the chair, a working-group lead): the secretariat assigns one for a period, and
 * once a month has ended the ledger is told of it, once, prorated by the days the member took part (a pause lowers it
 * day by day). The card's {@code MONTHLY_STIPEND} is the amount unless one was agreed above it, with a reason.
 */
@ApplicationScoped
public class Stipends implements ScheduledJob {

    private static final Logger LOG = Logger.getLogger(Stipends.class.getName());

    /** A stipend as the secretariat types it: months as {@code 2026-11}, amount optional (above the card). */
    public record NewStipend(String memberRef, String role, String from, String to, BigDecimal amount, String reason,
            String funder, String funderCode) {
    }

    /**
     * A stipend as read back: the amount a month pays now (an agreed one in the currency it was agreed in), the
     * card's beside it in the card's currency.
     */
    public record Stipend(long id, String memberRef, String pseudonym, StipendRole role, String from, String to,
            BigDecimal amount, String currency, BigDecimal cardAmount, String cardCurrency, String reason,
            String funder, String funderCode, boolean ended) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    SerialLocks locks;

    @Inject
    PaymentPolicy policy;

    @Inject
    Accruals accruals;

    @Inject
    Participations participations;

    @Inject
    MemberDirectory directory;

    @Inject
    AuditLog audit;

    @Inject
    CouncilClock clock;

    @Inject
    StipendMonths months;

    @Inject
    org.nstac.portal.shared.EngagementTerms terms;

    /** Every stipend, newest first (the secretariat and finance). */
    public List<Stipend> all(Locale locale) {
        policy.require(PaymentAction.MANAGE_STIPENDS);
        return views(em.createQuery("select s from StipendRecord s order by s.id desc", StipendRecord.class)
                .getResultList(), locale);
    }

    /** The calling member's stipends, current and past. */
    public List<Stipend> mine(Locale locale) {
        policy.require(PaymentAction.READ_STATEMENT);
        return of(policy.memberRef(), locale);
    }

    /** A member's stipends (for the member's own pages). */
    public List<Stipend> of(String memberRef, Locale locale) {
        Optional<MemberRef> ref = MemberRef.parse(memberRef);
        if (ref.isEmpty()) {
            return List.of();
        }
        return views(em.createQuery("select s from StipendRecord s where s.memberRef = :m order by s.id desc",
                StipendRecord.class).setParameter("m", ref.get()).getResultList(), locale);
    }

    /** The stipends a member holds this month, not ended: what a pause would lower. */
    public List<Stipend> currentOf(String memberRef, Locale locale) {
        LocalDate month = clock.thisMonth().atDay(1);
        return of(memberRef, locale).stream().filter(s -> !s.ended() && !YearMonth.parse(s.from()).atDay(1)
                .isAfter(month) && (s.to() == null || !YearMonth.parse(s.to()).atDay(1).isBefore(month))).toList();
    }

    /**
     * Assigns a stipend.
     *
     * @throws DomainRuleViolation {@code payment.stipend.memberNotTakingPart} for a member paused, withdrawn or
     *                             unknown; {@code terms.required} for a member who has not accepted the engagement
     *                             terms in force; {@code payment.stipend.role.unknown}; {@code payment.stipend.month.invalid};
     *                             {@code payment.stipend.period} for an end before the start;
     *                             {@code payment.stipend.overlap} when the member already has one for those months;
     *                             {@code payment.agreed.belowCard} for an amount below the card's
     */
    @Transactional
    public Stipend assign(NewStipend in, Locale locale) {
        policy.require(PaymentAction.MANAGE_STIPENDS);
        if (in == null) {
            throw new DomainRuleViolation("payment.stipend.memberNotTakingPart");
        }
        LocalDate today = clock.today();
        String memberRef = in == null || in.memberRef() == null ? "" : in.memberRef().strip();
        if (!participations.takesPartOn(memberRef, today)) {
            throw new DomainRuleViolation("payment.stipend.memberNotTakingPart");
        }
        // A stipend is paid work: the member accepts the terms in force first. Months of a stipend already assigned
        // are booked whatever version is in force later (work done is always paid).
        terms.require(memberRef);
        StipendRole role = role(in.role());
        LocalDate from = month(in.from(), "payment.stipend.month.invalid");
        LocalDate to = in.to() == null || in.to().isBlank() ? null : month(in.to(), "payment.stipend.month.invalid");
        if (to != null && to.isBefore(from)) {
            throw new DomainRuleViolation("payment.stipend.period");
        }
        LocalDate cardDay = from.isAfter(today) ? from : today;
        Money card = accruals.cardRate(Activity.MONTHLY_STIPEND, null, cardDay);
        String reason = null;
        // An amount given is agreed in the card's currency, and never below the card.
        Money agreed = in.amount() == null ? null : Money.of(in.amount(), card.currency(), false);
        if (agreed != null) {
            accruals.requireAtLeastTheCard(agreed, Activity.MONTHLY_STIPEND, null, cardDay);
            reason = StatedReason.require(in.reason(), "payment.agreed.reasonRequired",
                    "payment.agreed.reasonTooLong");
        }
        // One member's stipends are decided one at a time, so two at once cannot both pass the overlap check. The
        // stipends are read with a lock too: a plain read would see the transaction's REPEATABLE READ snapshot, taken
        // before this one waited for the lock, and miss a stipend the other had just committed.
        locks.hold(SerialLocks.paymentMember(memberRef));
        for (StipendRecord other : em.createQuery("select s from StipendRecord s where s.memberRef = :m",
                StipendRecord.class).setParameter("m", new MemberRef(memberRef))
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            boolean overlaps = (other.getToMonth() == null || !other.getToMonth().isBefore(from))
                    && (to == null || !to.isBefore(other.getFromMonth()));
            if (overlaps) {
                throw new DomainRuleViolation("payment.stipend.overlap");
            }
        }
        StipendRecord s = new StipendRecord(memberRef, role, from, to, agreed, reason,
                Funder.parse(in.funder(), in.funderCode()), policy.actor(), clock.now());
        em.persist(s);
        em.flush();
        audit.record(policy.actor(), "payment.stipend.assigned", memberRef, "stipend=" + s.getId() + ",role=" + role
                + ",card=" + card.amount() + " " + card.currency());
        return views(List.of(s), locale).get(0);
    }

    /** Ends a stipend today: this month still counts, up to today; later months do not. */
    @Transactional
    public Stipend end(long id, Locale locale) {
        policy.require(PaymentAction.MANAGE_STIPENDS);
        StipendRecord s = em.find(StipendRecord.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw new NotFound();
        }
        if (s.getEndedAt() == null) {
            LocalDate month = clock.thisMonth().atDay(1);
            LocalDate last = s.getToMonth() != null && s.getToMonth().isBefore(month) ? s.getToMonth() : month;
            s.end(last.isBefore(s.getFromMonth()) ? s.getFromMonth() : last, policy.actor(), clock.now());
            audit.record(policy.actor(), "payment.stipend.ended", s.getMemberRef(), "stipend=" + id);
        }
        return views(List.of(s), locale).get(0);
    }

    /**
     * Demo data (dev and test only): oak holds the chair's stipend from three months ago, open-ended, so a fresh run
     * shows booked months on oak's statement within a minute. Seeding again changes nothing.
     */
    @Transactional
    public void seedDemo(String oakRef) {
        boolean has = !em.createQuery("select s.id from StipendRecord s where s.memberRef = :m", Long.class)
                .setParameter("m", new MemberRef(oakRef)).setMaxResults(1).getResultList().isEmpty();
        if (!has) {
            em.persist(new StipendRecord(oakRef, StipendRole.CHAIR, clock.thisMonth().minusMonths(3).atDay(1), null,
                    null, null, Funder.COUNCIL_BUDGET, "demo-data", clock.now()));
        }
    }

    @Override
    public String name() {
        return "stipends";
    }

    /** Tells the ledger of every stipend month that has ended and is not booked yet; idempotent per month. */
    @Override
    public int run() {
        YearMonth current = YearMonth.from(clock.today());
        int booked = 0;
        for (StipendRecord s : em.createQuery("select s from StipendRecord s", StipendRecord.class).getResultList()) {
            YearMonth last = s.getToMonth() == null ? current.minusMonths(1)
                    : min(YearMonth.from(s.getToMonth()), current.minusMonths(1));
            for (YearMonth m = YearMonth.from(s.getFromMonth()); !m.isAfter(last); m = m.plusMonths(1)) {
                try {
                    booked += months.accrue(s.getId(), m) ? 1 : 0;
                } catch (PersistenceException | jakarta.ejb.EJBException | jakarta.transaction.TransactionalException
                        race) {
                    // Another node booked the same month at the same moment: its payable is the one.
                    LOG.fine(() -> "Stipend month already booked elsewhere (" + race.getClass().getSimpleName() + ")");
                }
            }
        }
        return booked;
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }

    private List<Stipend> views(List<StipendRecord> records, Locale locale) {
        Map<String, String> names = directory.displayNames(records.stream().map(StipendRecord::getMemberRef)
                .distinct().toList(), locale);
        LocalDate today = clock.today();
        List<Stipend> out = new ArrayList<>();
        for (StipendRecord s : records) {
            Money card;
            try {
                card = accruals.cardRate(Activity.MONTHLY_STIPEND, null, today);
            } catch (DomainRuleViolation noRate) {
                card = null;
            }
            // The month's amount: the one agreed, in its own currency, or the card's.
            Money monthly = s.getAgreed() != null ? s.getAgreed() : card;
            out.add(new Stipend(s.getId(), s.getMemberRef(), names.getOrDefault(s.getMemberRef(), ""), s.getRole(),
                    YearMonth.from(s.getFromMonth()).toString(),
                    s.getToMonth() == null ? null : YearMonth.from(s.getToMonth()).toString(),
                    monthly == null ? null : monthly.amount(), monthly == null ? null : monthly.currency().name(),
                    card == null ? null : card.amount(), card == null ? null : card.currency().name(), s.getReason(),
                    s.getFunder().kind().name(), s.getFunder().code(), s.getEndedAt() != null));
        }
        return out;
    }

    private static StipendRole role(String text) {
        try {
            return StipendRole.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new DomainRuleViolation("payment.stipend.role.unknown");
        }
    }

    /** A month typed as {@code 2026-11} (or a day of it). */
    static LocalDate month(String text, String key) {
        if (text == null || text.isBlank()) {
            throw new DomainRuleViolation(key);
        }
        String t = text.strip();
        try {
            return t.length() <= 7 ? YearMonth.parse(t).atDay(1) : LocalDate.parse(t).withDayOfMonth(1);
        } catch (DateTimeParseException bad) {
            throw new DomainRuleViolation(key);
        }
    }

}
