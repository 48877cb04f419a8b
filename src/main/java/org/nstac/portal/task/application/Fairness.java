package org.nstac.portal.task.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nstac.portal.member.application.Members;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.member.domain.Participation;
import org.nstac.portal.payment.application.Accruals;
import org.nstac.portal.payment.domain.Currency;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.MemberDirectory;
import org.nstac.portal.shared.MemberRef;
import org.nstac.portal.task.domain.Gini;
import org.nstac.portal.task.domain.OfferState;
import org.nstac.portal.task.domain.PayBasis;
import org.nstac.portal.task.domain.TaskAction;

/**
 * The fairness view: for a period, per member, what was offered, accepted, worked and earned (from the ledger, per
 * currency, net of reversals); the Gini coefficient of offers and of earnings across the members taking part; and who
 * has been offered nothing for 60 days. Paused and withdrawn members are shown as such and never counted as neglected.
 */
@ApplicationScoped
public class Fairness {

    public static final int NEGLECT_DAYS = 60;
    public static final int MAX_PERIOD_DAYS = 3 * 366;

    /** An amount in a currency. */
    public record Amount(BigDecimal amount, String currency) {
    }

    /**
     * One member's line.
     *
     * @param earnings        task earnings in the council's currency ({@code currency}), net of reversals
     * @param otherCurrencies task earnings in any other currency, never added to the first
     */
    public record Row(String memberRef, String pseudonym, String status, long offers, long acceptances,
            BigDecimal hours, BigDecimal earnings, String currency, List<Amount> otherCurrencies,
            LocalDate lastOffered, boolean neglected) {
    }

    /** The view: the rows, and the Gini coefficients over active members (0 = perfectly even). */
    public record Report(LocalDate from, LocalDate to, List<Row> rows, BigDecimal giniOffers,
            BigDecimal giniEarnings, String currency, long neglected) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    TaskYears years;

    @Inject
    CouncilClock clock;

    @Inject
    Members members;

    @Inject
    MemberDirectory directory;

    @Inject
    Accruals accruals;

    @Inject
    TaskPricing pricing;

    @Inject
    TaskPolicy policy;

    /** Per month of the period (council's calendar), how many members were offered at least one task. */
    public Map<java.time.YearMonth, Long> offeredByMonth(LocalDate from, LocalDate to) {
        policy.require(TaskAction.READ_FAIRNESS);
        return years.offeredByMonth(from.atStartOfDay(CouncilClock.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(CouncilClock.ZONE).toInstant());
    }

    public Report report(LocalDate from, LocalDate to, Locale locale) {
        policy.require(TaskAction.READ_FAIRNESS);
        if (from == null || to == null || to.isBefore(from)) {
            throw new DomainRuleViolation("task.fairness.period");
        }
        if (from.plusDays(MAX_PERIOD_DAYS).isBefore(to)) {
            throw new DomainRuleViolation("task.fairness.tooLong", MAX_PERIOD_DAYS);
        }
        Instant start = from.atStartOfDay(CouncilClock.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(CouncilClock.ZONE).toInstant();
        Map<String, long[]> offers = new HashMap<>();
        for (Object[] r : em.createQuery("select o.memberRef, count(o), sum(case when o.state = :accepted or "
                + "o.reviewState is not null then 1 else 0 end) from OfferRecord o where o.offeredAt >= :s and "
                + "o.offeredAt < :e group by o.memberRef", Object[].class).setParameter("accepted", OfferState.ACCEPTED)
                .setParameter("s", start).setParameter("e", end).getResultList()) {
            offers.put(((MemberRef) r[0]).value(),
                    new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
        }
        Map<String, BigDecimal> hours = new HashMap<>();
        for (Object[] r : em.createQuery("select o.memberRef, sum(w.hours) from WorkLogRecord w, OfferRecord o "
                + "where o.id = w.offerId and w.workDate >= :f and w.workDate <= :t group by o.memberRef",
                Object[].class).setParameter("f", from).setParameter("t", to).getResultList()) {
            hours.put(((MemberRef) r[0]).value(), (BigDecimal) r[1]);
        }
        Map<String, LocalDate> last = new HashMap<>();
        for (Object[] r : em.createQuery("select o.memberRef, max(o.offeredAt) from OfferRecord o where "
                + "o.offeredAt < :e group by o.memberRef", Object[].class).setParameter("e", end).getResultList()) {
            last.put(((MemberRef) r[0]).value(), CouncilClock.dayOf((Instant) r[1]));
        }
        Map<String, Map<Currency, BigDecimal>> earnings = accruals.earnings(Accruals.Origin.TASK, from, to);
        LocalDate today = clock.today();
        Currency main = pricing.cardRate(PayBasis.HOURLY, null, today).currency();
        LocalDate asOf = to.isAfter(today) ? today : to;
        List<Member> everyone = members.all();
        Map<String, String> names = directory.displayNames(everyone.stream().map(Member::getRef).toList(), locale);
        List<Row> rows = new ArrayList<>();
        List<BigDecimal> activeOffers = new ArrayList<>();
        List<BigDecimal> activeEarnings = new ArrayList<>();
        long neglected = 0;
        for (Member m : everyone) {
            Participation.Status status = m.participation().statusOn(asOf);
            long[] o = offers.getOrDefault(m.getRef(), new long[2]);
            LocalDate lastOffered = last.get(m.getRef());
            boolean isNeglected = status == Participation.Status.ACTIVE
                    && (lastOffered == null || lastOffered.isBefore(asOf.minusDays(NEGLECT_DAYS)));
            Map<Currency, BigDecimal> earned = new EnumMap<>(Currency.class);
            earned.putAll(earnings.getOrDefault(m.getRef(), Map.of()));
            BigDecimal inMain = earned.getOrDefault(main, BigDecimal.ZERO).setScale(2);
            List<Amount> others = earned.entrySet().stream().filter(e -> e.getKey() != main)
                    .map(e -> new Amount(e.getValue(), e.getKey().name())).toList();
            rows.add(new Row(m.getRef(), names.getOrDefault(m.getRef(), ""), status.name(), o[0], o[1],
                    hours.getOrDefault(m.getRef(), BigDecimal.ZERO), inMain, main.name(), others, lastOffered,
                    isNeglected));
            if (status == Participation.Status.ACTIVE) {
                activeOffers.add(BigDecimal.valueOf(o[0]));
                activeEarnings.add(inMain.max(BigDecimal.ZERO));
                neglected += isNeglected ? 1 : 0;
            }
        }
        rows.sort(java.util.Comparator.comparing(Row::pseudonym, String.CASE_INSENSITIVE_ORDER));
        return new Report(from, to, rows, Gini.of(activeOffers), Gini.of(activeEarnings), main.name(), neglected);
    }
}
