package org.nstac.portal.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nstac.portal.payment.domain.PayableState;
import org.nstac.portal.payment.infrastructure.LedgerEntryRecord;
import org.nstac.portal.payment.infrastructure.PayableRecord;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.MemberDirectory;
import org.nstac.portal.shared.MemberRef;
import org.nstac.portal.shared.NotFound;

/**
 * Reading the ledger: one payable or a list of them, each with its entries and where it stands, and whether an
 * approved payable is late ({@code portal.payments.overdue-after} after its approval and still unpaid).
 */
@ApplicationScoped
public class PayableQueries {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    MemberDirectory members;

    @Inject
    @ConfigProperty(name = "portal.payments.overdue-after", defaultValue = "P30D")
    Duration overdueAfter;

    @Inject
    CouncilClock clock;

    public Duration overdueAfter() {
        return overdueAfter;
    }

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
    public List<PayableView> list(String memberText, PayableState state, LocalDate fromPeriod, LocalDate toPeriod) {
        MemberRef memberRef = null;
        if (memberText != null) {
            Optional<MemberRef> parsed = MemberRef.parse(memberText);
            if (parsed.isEmpty()) {
                return List.of();
            }
            memberRef = parsed.get();
        }
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

    /** The payable's entries; a locking read inside a command, so that it sees what committed before the lock. */
    List<LedgerEntryRecord> entriesOf(long payableId, boolean locking) {
        var q = em.createQuery("select e from LedgerEntryRecord e where e.payableId = :p order by e.id",
                LedgerEntryRecord.class).setParameter("p", payableId);
        if (locking) {
            q.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return q.getResultList();
    }

    /** The names pages show for members, by reference, for lists that show many (one query). */
    @Transactional
    public Map<String, String> namesByRef(Collection<String> refs, java.util.Locale locale) {
        return members.displayNames(refs, locale);
    }
}
