package org.nstac.portal.member.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.member.domain.MemberAction;
import org.nstac.portal.member.domain.Participation;
import org.nstac.portal.member.domain.ReadinessAssessment;
import org.nstac.portal.member.domain.ReadinessReview;
import org.nstac.portal.member.infrastructure.ReadinessRecord;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.NotFound;
import org.nstac.portal.shared.MemberRef;

/**
 * Readiness over time: the secretariat records a member's later readiness assessments (the outcome only, as at
 * admission), a NOT_YET with the day to assess again, and sees whose re-assessment is due. Recording and the due list are
 * admission work ({@link MemberAction#ADMIT}: the secretariat's); nobody else sees a readiness outcome.
 */
@ApplicationScoped
@Transactional
public class Readiness {

    public static final String OUTCOME_INVALID = "member.admission.readinessInvalid";

    /** A member whose re-assessment is due: the latest assessment said NOT_YET and its day has come. */
    public record Due(String memberRef, String pseudonym, LocalDate assessedOn, LocalDate reassessOn) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    MemberPolicy policy;

    @Inject
    Members members;

    @Inject
    AuditLog audit;

    @Inject
    CouncilClock clock;

    /**
     * Records a later assessment of a member who has not withdrawn.
     *
     * @throws NotFound            for anyone but the secretariat, and for an unknown or withdrawn member
     * @throws DomainRuleViolation for a bad date, organisation or outcome, or a NOT_YET without a later day to
     *                             assess again
     */
    public ReadinessRecord record(String memberRef, LocalDate date, String organisation, String outcome,
            LocalDate reassessOn) {
        policy.require(MemberAction.ADMIT);
        Member m = members.findByRef(memberRef == null ? "" : memberRef)
                .filter(x -> x.getStatus() != Participation.Status.WITHDRAWN).orElseThrow(NotFound::new);
        ReadinessAssessment.Outcome o;
        try {
            o = ReadinessAssessment.Outcome.valueOf(outcome == null ? "" : outcome.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainRuleViolation(OUTCOME_INVALID);
        }
        ReadinessReview review = new ReadinessReview(ReadinessAssessment.recorded(date, organisation, o,
                clock.clock()), reassessOn);
        ReadinessRecord r = new ReadinessRecord(m.getRef(), review, policy.actor(), clock.now());
        em.persist(r);
        em.flush();
        audit.record(policy.actor(), "member.readiness.recorded", m.getRef(), "outcome=" + o
                + (review.reassessOn() == null ? "" : " reassessOn=" + review.reassessOn()));
        return r;
    }

    /** A member's later assessments, the latest first. @throws NotFound for anyone but the secretariat */
    public List<ReadinessRecord> history(String memberRef) {
        policy.require(MemberAction.ADMIT);
        Optional<MemberRef> ref = MemberRef.parse(memberRef);
        if (ref.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from ReadinessRecord r where r.memberRef = :m order by r.id desc",
                ReadinessRecord.class).setParameter("m", ref.get()).getResultList();
    }

    /** @throws NotFound for anyone but the secretariat. Members (not withdrawn) whose latest assessment says NOT_YET and whose day to assess again has come. */
    public List<Due> due() {
        policy.require(MemberAction.ADMIT);
        LocalDate today = clock.today();
        Map<String, ReadinessRecord> latest = new LinkedHashMap<>();
        for (ReadinessRecord r : em.createQuery("select r from ReadinessRecord r order by r.id",
                ReadinessRecord.class).getResultList()) {
            latest.put(r.getMemberRef(), r);
        }
        List<Due> out = new ArrayList<>();
        for (ReadinessRecord r : latest.values()) {
            if (r.getReassessOn() == null || r.getReassessOn().isAfter(today)) {
                continue;
            }
            members.findByRef(r.getMemberRef()).filter(m -> m.getStatus() != Participation.Status.WITHDRAWN)
                    .ifPresent(m -> out.add(new Due(m.getRef(), m.getPseudonym(), r.getAssessedOn(),
                            r.getReassessOn())));
        }
        out.sort(java.util.Comparator.comparing(Due::reassessOn));
        return out;
    }
}
