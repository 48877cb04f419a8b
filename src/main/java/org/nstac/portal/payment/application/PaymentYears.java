package org.nstac.portal.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.nstac.portal.payment.domain.PayableState;
import org.nstac.portal.payment.infrastructure.PayableRecord;

/**
 * What the council's work of a period earned, for the annual report: payables for work done on a day of it (work
 * dates), in every state but rejected and reversed (owed, approved or paid: the same rule as the fairness view's
 * earnings), summed by activity and currency with the members paid each, and per member and currency (for the spread
 * of earnings). Totals only: no single payable, no description, members by opaque reference.
 */
@ApplicationScoped
public class PaymentYears {

    /** One activity in one currency: the total and who was paid it. */
    public record Total(String activity, String currency, BigDecimal amount, Set<String> members) {
    }

    /**
     * @param totals   by activity (the card's order) then currency
     * @param earnings per member, per currency name
     */
    public record Year(List<Total> totals, Map<String, Map<String, BigDecimal>> earnings) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PayableQueries queries;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Year between(LocalDate from, LocalDate to) {
        List<PayableRecord> inWindow = em.createQuery("select p from PayableRecord p where p.workDate >= :from "
                + "and p.workDate <= :to", PayableRecord.class).setParameter("from", from).setParameter("to", to)
                .getResultList();
        record Key(int activity, String currency) implements Comparable<Key> {
            @Override
            public int compareTo(Key other) {
                int byActivity = Integer.compare(activity, other.activity);
                return byActivity != 0 ? byActivity : currency.compareTo(other.currency);
            }
        }
        Map<Key, BigDecimal> amounts = new TreeMap<>();
        Map<Key, Set<String>> members = new HashMap<>();
        Map<String, Map<String, BigDecimal>> earnings = new HashMap<>();
        for (PayableView v : queries.views(inWindow)) {
            if (v.state() == PayableState.REJECTED || v.state() == PayableState.REVERSED) {
                continue;
            }
            PayableRecord p = v.payable();
            Key key = new Key(p.getActivity().ordinal(), p.getMoney().currency().name());
            amounts.merge(key, p.getMoney().amount(), BigDecimal::add);
            members.computeIfAbsent(key, k -> new HashSet<>()).add(p.getMemberRef());
            earnings.computeIfAbsent(p.getMemberRef(), k -> new HashMap<>())
                    .merge(p.getMoney().currency().name(), p.getMoney().amount(), BigDecimal::add);
        }
        var activities = org.nstac.portal.payment.domain.Activity.values();
        List<Total> totals = amounts.entrySet().stream().map(e -> new Total(activities[e.getKey().activity()].name(),
                e.getKey().currency(), e.getValue(), members.get(e.getKey()))).toList();
        return new Year(totals, earnings);
    }
}
