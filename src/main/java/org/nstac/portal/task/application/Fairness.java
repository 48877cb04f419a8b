package org.nstac.portal.task.application;

import org.nstac.portal.shared.CouncilClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.member.domain.Participation;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.task.domain.Gini;

/**
 * The fairness view: for a period, per member pseudonym, what was offered, accepted, worked and earned; the Gini
 * coefficient of offers and of earnings across the members taking part; and who has been offered nothing for 60
 * days. Paused and withdrawn members are shown as such and never counted as neglected.
 */
@ApplicationScoped
public class Fairness {

    @jakarta.inject.Inject
    org.nstac.portal.shared.CouncilClock clock;

    public static final int NEGLECT_DAYS = 60;
    public static final int MAX_PERIOD_DAYS = 3 * 366;

    /** One member's line. */
    public record Row(String memberRef, String pseudonym, String status, long offers, long acceptances,
            BigDecimal hours, BigDecimal earnings, LocalDate lastOffered, boolean neglected) {
    }

    /** The view: the rows, and the Gini coefficients over active members (0 = perfectly even). */
    public record Report(LocalDate from, LocalDate to, List<Row> rows, BigDecimal giniOffers,
            BigDecimal giniEarnings, long neglected) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Tasks tasks;

    @SuppressWarnings("unchecked")
    public Report report(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new DomainRuleViolation("task.fairness.period");
        }
        if (from.plusDays(MAX_PERIOD_DAYS).isBefore(to)) {
            throw new DomainRuleViolation("task.fairness.tooLong", MAX_PERIOD_DAYS);
        }
        var start = from.atStartOfDay(CouncilClock.ZONE).toInstant();
        var end = to.plusDays(1).atStartOfDay(CouncilClock.ZONE).toInstant();
        Map<String, long[]> offers = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT member_ref, COUNT(*), "
                + "SUM(CASE WHEN state = 'ACCEPTED' OR review_state IS NOT NULL THEN 1 ELSE 0 END) FROM task_offer "
                + "WHERE offered_at >= ?1 AND offered_at < ?2 GROUP BY member_ref").setParameter(1, start)
                .setParameter(2, end).getResultList()) {
            offers.put((String) r[0], new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
        }
        Map<String, BigDecimal> hours = sums("SELECT o.member_ref, SUM(w.hours) FROM work_log w JOIN task_offer o "
                + "ON o.id = w.offer_id WHERE w.work_date >= ?1 AND w.work_date <= ?2 GROUP BY o.member_ref",
                from, to);
        Map<String, BigDecimal> earnings = sums("SELECT member_ref, SUM(amount) FROM task_payable "
                + "WHERE created_at >= ?1 AND created_at < ?2 GROUP BY member_ref", start, end);
        Map<String, LocalDate> last = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT member_ref, MAX(offered_at) FROM task_offer "
                + "WHERE offered_at < ?1 GROUP BY member_ref").setParameter(1, end).getResultList()) {
            last.put((String) r[0], org.nstac.portal.platform.SqlValues.instant(r[1]).atZone(CouncilClock.ZONE).toLocalDate());
        }
        LocalDate today = clock.today();
        LocalDate asOf = to.isAfter(today) ? today : to;
        List<Row> rows = new ArrayList<>();
        List<BigDecimal> activeOffers = new ArrayList<>();
        List<BigDecimal> activeEarnings = new ArrayList<>();
        long neglected = 0;
        for (Member m : em.createQuery("select m from Member m order by m.pseudonym", Member.class).getResultList()) {
            Participation.Status status = m.participation().statusOn(asOf);
            long[] o = offers.getOrDefault(m.getRef(), new long[2]);
            LocalDate lastOffered = last.get(m.getRef());
            boolean isNeglected = status == Participation.Status.ACTIVE
                    && (lastOffered == null || lastOffered.isBefore(asOf.minusDays(NEGLECT_DAYS)));
            BigDecimal earned = earnings.getOrDefault(m.getRef(), BigDecimal.ZERO);
            rows.add(new Row(m.getRef(), m.getPseudonym(), status.name(), o[0], o[1],
                    hours.getOrDefault(m.getRef(), BigDecimal.ZERO), earned, lastOffered, isNeglected));
            if (status == Participation.Status.ACTIVE) {
                activeOffers.add(BigDecimal.valueOf(o[0]));
                activeEarnings.add(earned);
                neglected += isNeglected ? 1 : 0;
            }
        }
        return new Report(from, to, rows, Gini.of(activeOffers), Gini.of(activeEarnings), neglected);
    }

    @SuppressWarnings("unchecked")
    private Map<String, BigDecimal> sums(String sql, Object from, Object to) {
        Map<String, BigDecimal> out = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(sql).setParameter(1, from).setParameter(2, to)
                .getResultList()) {
            out.put((String) r[0], r[1] instanceof BigDecimal b ? b : new BigDecimal(r[1].toString()));
        }
        return out;
    }
}
