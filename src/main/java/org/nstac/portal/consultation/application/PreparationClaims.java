package org.nstac.portal.consultation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.consultation.domain.Action;
import org.nstac.portal.consultation.domain.ConsultationPay;
import org.nstac.portal.consultation.domain.ConsultationRules;
import org.nstac.portal.consultation.infrastructure.ConsultationRecord;
import org.nstac.portal.payment.application.Accruals;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.payment.domain.Funder;
import org.nstac.portal.payment.domain.Money;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.EngagementTerms;
import org.nstac.portal.shared.NotFound;

/**
 * Consultation work is paid: a member who took part (commented, or took a stance on the council's position) claims the
 * consultation's paid preparation hours once, the chair the drafting hours once the position is drafted; the ledger
 * books each claim at the card's preparation rate, funded by the ministry when the consultation says it pays, and
 * someone in finance approves it as any payable.
 */
@ApplicationScoped
public class PreparationClaims {

    /** What is claimed: the preparation of a member who took part, or the chair's drafting of the position. */
    public enum Kind {
        PREPARATION, DRAFTING
    }

    /** A claim as booked, and where it stands in the ledger. */
    public record Claimed(Kind kind, BigDecimal hours, long payableId, BigDecimal amount, String currency,
            String state) {
    }

    /**
     * What the consultation pays the reader, and what they claimed.
     *
     * @param hourRate       the card's preparation rate today (or null when the card has none)
     * @param tookPart       whether the reader commented or took a stance, so may claim preparation
     * @param mayClaimDrafting whether the reader is the chair and the position is drafted
     */
    public record PayView(long consultationId, BigDecimal paidPreparationHours, BigDecimal draftingHours,
            boolean ministryPays, BigDecimal hourRate, String currency, boolean tookPart, boolean mayClaimDrafting,
            List<Claimed> claims) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Consultations consultations;

    @Inject
    Accruals accruals;

    @Inject
    AuditLog audit;

    @Inject
    CouncilClock clock;

    @Inject
    EngagementTerms terms;

    /** The consultation's pay as the reader sees it: a member or the chair; {@link NotFound} for anyone else. */
    public PayView view(long consultationId, Viewer viewer) {
        ConsultationRecord c = consultations.visible(consultationId, viewer);
        var relations = viewer.relationsTo(c);
        String ref = viewer.memberRef().orElseThrow(NotFound::new);
        Money rate = rate();
        ConsultationPay pay = c.getPay();
        List<Claimed> claims = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            accruals.bySourceKeys(List.of(sourceKey(consultationId, ref, kind))).forEach(a -> claims.add(
                    new Claimed(kind, a.quantity(), a.payableId(), a.amount().amount(), a.amount().currency().name(),
                            a.state().name())));
        }
        return new PayView(consultationId, pay.preparationHours(), pay.draftingHours(), pay.ministryPays(),
                rate == null ? null : rate.amount(), rate == null ? null : rate.currency().name(),
                tookPart(consultationId, ref), ConsultationRules.allowsAny(relations, Action.CLAIM_DRAFTING,
                        c.getPhase()) && positionDrafted(consultationId), claims);
    }

    /**
     * Claims hours once.
     *
     * @throws DomainRuleViolation {@code consultation.claim.notTakenPart} for a member who neither commented nor took a
     *                             stance; {@code consultation.claim.notDrafter} for drafting hours by anyone but the
     *                             chair of a drafted position; {@code consultation.claim.hours.invalid} for hours
     *                             not in half hours from 0.5 to the cap; {@code terms.required} for a member who
     *                             has not accepted the engagement terms in force; {@code consultation.claim.already} for a
     *                             second claim; {@code consultation.action.notAllowed} before the consultation opens
     */
    @Transactional
    public Claimed claim(long consultationId, Kind kind, String hoursText, Viewer viewer) {
        ConsultationRecord c = consultations.visible(consultationId, viewer);
        String ref = viewer.memberRef().orElseThrow(NotFound::new);
        Kind what = kind == null ? Kind.PREPARATION : kind;
        var relations = viewer.relationsTo(c);
        if (what == Kind.DRAFTING) {
            if (!ConsultationRules.allowsAny(relations, Action.CLAIM_DRAFTING, c.getPhase())
                    || !positionDrafted(consultationId)) {
                throw new DomainRuleViolation("consultation.claim.notDrafter");
            }
        } else {
            ConsultationRules.require(relations, Action.CLAIM_PREPARATION, c.getPhase());
            if (!tookPart(consultationId, ref)) {
                throw new DomainRuleViolation("consultation.claim.notTakenPart");
            }
        }
        // Claimed hours are a payable: the member accepts the engagement terms in force first.
        terms.require(ref);
        BigDecimal cap = what == Kind.DRAFTING ? c.getPay().draftingHours() : c.getPay().preparationHours();
        BigDecimal hours = hours(hoursText, cap);
        String key = sourceKey(consultationId, ref, what);
        if (!accruals.bySourceKeys(List.of(key)).isEmpty()) {
            throw new DomainRuleViolation("consultation.claim.already");
        }
        Funder funder = c.getPay().ministryPays() ? Funder.ministry(c.getOrganisationCode()) : Funder.COUNCIL_BUDGET;
        String title = c.getTitle().length() > 200 ? c.getTitle().substring(0, 200) : c.getTitle();
        Accruals.Accrued booked = accruals.accrue(Accruals.WorkDone.atCardRate(Accruals.Origin.CONSULTATION, ref, key,
                Activity.PREPARATION_HOUR, null, hours, clock.today(), (what == Kind.DRAFTING ? "Drafting the "
                        + "council's position: " : "Preparation: ") + title, viewer.login()).fundedBy(funder));
        audit.record(viewer.login(), "consultation.preparation.claimed", ref, "consultation=" + consultationId
                + ",kind=" + what + ",payable=" + booked.payableId());
        return new Claimed(what, booked.quantity(), booked.payableId(), booked.amount().amount(),
                booked.amount().currency().name(), booked.state().name());
    }

    static String sourceKey(long consultationId, String memberRef, Kind kind) {
        return "consultation:" + consultationId + ":member:" + memberRef + ":" + kind;
    }

    /** Hours from 0.5 to the cap, in half hours. */
    static BigDecimal hours(String text, BigDecimal cap) {
        BigDecimal hours;
        try {
            hours = new BigDecimal(text == null ? "" : text.strip().replace(',', '.'));
        } catch (NumberFormatException bad) {
            throw new DomainRuleViolation("consultation.claim.hours.invalid", cap);
        }
        if (hours.signum() <= 0 || hours.compareTo(cap) > 0
                || hours.multiply(BigDecimal.TWO).stripTrailingZeros().scale() > 0) {
            throw new DomainRuleViolation("consultation.claim.hours.invalid", cap);
        }
        return hours;
    }

    private boolean tookPart(long consultationId, String memberRef) {
        Number comments = (Number) em.createNativeQuery("SELECT COUNT(*) FROM consultation_comment WHERE "
                + "consultation_id = ? AND author_ref = ?").setParameter(1, consultationId).setParameter(2, memberRef)
                .getSingleResult();
        Number stances = (Number) em.createNativeQuery("SELECT COUNT(*) FROM position_stance WHERE "
                + "consultation_id = ? AND member_ref = ?").setParameter(1, consultationId).setParameter(2, memberRef)
                .getSingleResult();
        return comments.longValue() + stances.longValue() > 0;
    }

    private boolean positionDrafted(long consultationId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM council_position WHERE consultation_id = ?")
                .setParameter(1, consultationId).getSingleResult()).longValue() > 0;
    }

    private Money rate() {
        try {
            return accruals.cardRate(Activity.PREPARATION_HOUR, null, clock.today());
        } catch (DomainRuleViolation noRate) {
            return null;
        }
    }
}
