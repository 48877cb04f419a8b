package org.nstac.portal.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.payment.domain.Currency;
import org.nstac.portal.payment.domain.Money;
import org.nstac.portal.payment.domain.Rate;
import org.nstac.portal.payment.domain.RateCard;
import org.nstac.portal.payment.infrastructure.RateRecord;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.InputRules;

/**
 * The rate card as stored: rates are added, never changed; a later rate replaces an earlier one from its first day.
 */
@ApplicationScoped
@Transactional
public class RateCards {

    /** A rate as typed on the form or sent to the API: amounts as text, so that they are read by {@link Money#parse}. */
    public record NewRate(String activity, String taskKind, String memberAmount, String expertReference,
            String currency,
            @jakarta.validation.constraints.NotNull(message = "payment.rate.validFromRequired") LocalDate validFrom) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AuditLog audit;

    @jakarta.inject.Inject
    org.nstac.portal.shared.CouncilClock clock;

    /** Today in the council's zone: the day whose rates are in force. */
    public LocalDate today() {
        return clock.today();
    }

    /** Every stored rate, by activity, task kind and first day. */
    public List<RateRecord> all() {
        return em.createQuery("select r from RateRecord r order by r.activity, r.taskKind, r.validFrom", RateRecord.class)
                .getResultList();
    }

    /** The card the stored rates make. */
    public RateCard card() {
        return new RateCard(all().stream().map(RateRecord::toRate).toList());
    }

    /** The stored row of a rate the card chose. */
    public RateRecord recordOf(Rate rate) {
        return em.createQuery("select r from RateRecord r where r.activity = :a and r.taskKind = :k and r.validFrom = :d",
                RateRecord.class).setParameter("a", rate.activity().name())
                .setParameter("k", rate.taskKind() == null ? "" : rate.taskKind())
                .setParameter("d", rate.validFrom()).getSingleResult();
    }

    /**
     * Adds a rate after checking it as the card would: parity with the expert reference, one currency, and no second
     * rate for the same line from the same day.
     */
    @Transactional
    public RateRecord add(NewRate in, String actor) {
        Activity activity = activityOf(in.activity());
        String kind = in.taskKind() == null || in.taskKind().isBlank() ? null : in.taskKind().strip();
        if (kind != null && !activity.byTaskKind()) {
            throw new DomainRuleViolation("payment.rate.kindOnlyForTasks");
        }
        InputRules.check(in);
        Money member = Money.parse(in.memberAmount(), in.currency(), false);
        Money expert = Money.parse(in.expertReference(), in.currency(), false);
        Rate rate = new Rate(activity, kind, member, expert, in.validFrom());
        List<Rate> rates = new ArrayList<>(card().rates());
        rates.add(rate);
        new RateCard(rates);
        Instant now = clock.now();
        RateRecord record = new RateRecord(rate, actor, now);
        em.persist(record);
        em.flush();
        audit.record(actor, "payment.rate.added", null, "rate=" + record.getId() + ",activity=" + activity
                + (kind == null ? "" : ",kind=" + kind) + ",from=" + rate.validFrom());
        return record;
    }

    private static Activity activityOf(String name) {
        if (name != null) {
            for (Activity a : Activity.values()) {
                if (a.name().equals(name.strip()) && a.onRateCard()) {
                    return a;
                }
            }
        }
        throw new DomainRuleViolation("payment.rate.activityRequired");
    }

    /** The currencies a rate may be in, for forms. */
    public static List<Currency> currencies() {
        return List.of(Currency.values());
    }
}
