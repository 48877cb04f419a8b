package org.nstac.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.consent.application.Consents;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.report.domain.AnnualFigures;
import org.nstac.portal.report.domain.Count;
import org.nstac.portal.report.domain.Foreword;
import org.nstac.portal.report.domain.ReportRules.Action;
import org.nstac.portal.report.domain.ReportYear;
import org.nstac.portal.report.infrastructure.AnnualReportRecord;
import org.nstac.portal.report.infrastructure.AnnualStanceRecord;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.InputRules;
import org.nstac.portal.shared.NotFound;

/**
 * The annual report's use cases: the secretariat drafts (or redrafts) a year's figures, the chair writes the foreword,
 * members endorse or dissent, the secretariat publishes. Each asks {@link ReportPolicy} first, runs in one transaction
 * and writes its audit line in it. A draft is the council's and the secretariat's only; a published report is
 * everyone's and changes no more.
 */
@ApplicationScoped
public class AnnualReports {

    public static final int MAX_DISSENT = 500;

    /**
     * A member's stance on the draft report: endorsed, or not with a reason (stripped, blank as none, at most
     * {@link #MAX_DISSENT}).
     */
    public record ReportStance(boolean endorse,
            @Size(max = MAX_DISSENT, message = "report.stance.dissentTooLong") String reason) {

        public ReportStance {
            reason = InputRules.blankAsNone(reason);
        }

        @AssertTrue(message = "report.stance.dissentReasonRequired")
        public boolean isExplained() {
            return endorse || reason != null;
        }
    }

    /**
     * A year's report as the caller may see it. Stances are counted, never named (no pseudonym appears in the
     * report); the council also reads the dissent reasons of a draft, without names.
     *
     * @param myEndorsement the calling member's stance: true, false, or null when they took none (or are no member)
     */
    public record View(AnnualFigures figures, boolean published, Instant draftedAt, Instant publishedAt,
            String foreword, Instant forewordAt, Count endorsed, Count dissented, List<String> dissentReasons,
            Boolean myEndorsement, boolean council) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ReportPolicy policy;

    @Inject
    FigureSources sources;

    @Inject
    CouncilClock clock;

    @Inject
    Consents consents;

    @Inject
    AuditLog audit;

    /**
     * Drafts the year's report from the portal's data, or redrafts the figures of a draft (foreword and stances stay).
     *
     * @return true when the draft is new
     */
    @Transactional
    public boolean draft(int year) {
        policy.require(Action.DRAFT);
        ReportYear.require(year, clock.today());
        return draftAs(year, policy.actor());
    }

    private boolean draftAs(int year, String actor) {
        AnnualReportRecord report = em.find(AnnualReportRecord.class, year, LockModeType.PESSIMISTIC_WRITE);
        boolean created = report == null;
        if (created) {
            report = new AnnualReportRecord(year);
        } else {
            report.requireDraft();
        }
        report.draft(FiguresJson.store(sources.of(year, clock.today(), clock.now())), actor, clock.now());
        if (created) {
            em.persist(report);
        }
        audit.record(actor, created ? "annual-report.drafted" : "annual-report.redrafted", "annual-report:" + year,
                null);
        return created;
    }

    @Transactional
    public void writeForeword(int year, String text) {
        policy.require(Action.WRITE_FOREWORD);
        AnnualReportRecord report = draftFor(year);
        report.writeForeword(Foreword.require(text), policy.actor(), clock.now());
        audit.record(policy.actor(), "annual-report.foreword", "annual-report:" + year, null);
    }

    @Transactional
    public void stance(int year, boolean endorse, String reason) {
        policy.require(Action.TAKE_STANCE);
        String me = policy.memberRef();
        AnnualReportRecord report = draftFor(year);
        report.requireDraft();
        consents.require(me, ConsentPurpose.COUNCIL_WORK);
        String why = InputRules.check(new ReportStance(endorse, reason)).reason();
        AnnualStanceRecord stance = em.find(AnnualStanceRecord.class, new AnnualStanceRecord.Key(year, me));
        if (stance == null) {
            stance = new AnnualStanceRecord(year, me);
            stance.take(endorse, why, clock.now());
            em.persist(stance);
        } else {
            stance.take(endorse, why, clock.now());
        }
        audit.record(policy.actor(), endorse ? "annual-report.endorsed" : "annual-report.dissent", me,
                "year=" + year);
    }

    @Transactional
    public void publish(int year) {
        policy.require(Action.PUBLISH);
        AnnualReportRecord report = draftFor(year);
        if (report.getForeword() == null) {
            throw new DomainRuleViolation("report.publication.noForeword");
        }
        report.publish(policy.actor(), clock.now());
        audit.record(policy.actor(), "annual-report.published", "annual-report:" + year, null);
    }

    /** The year's report as the caller may see it: published for anyone, a draft for the council and secretariat. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public View view(int year) {
        AnnualReportRecord report = em.find(AnnualReportRecord.class, year);
        if (report == null) {
            throw new NotFound();
        }
        boolean council = policy.may(Action.READ_DRAFT);
        if (!report.isPublished() && !council) {
            throw new NotFound();
        }
        return viewOf(report, council);
    }

    /** A published report, for the public page (anyone, no sign-in). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<View> published(int year) {
        AnnualReportRecord report = em.find(AnnualReportRecord.class, year);
        return report == null || !report.isPublished() ? Optional.empty() : Optional.of(viewOf(report, false));
    }

    /** The years with a published report, newest first. */
    public List<Integer> publishedYears() {
        return em.createQuery("select r.year from AnnualReportRecord r where r.publishedAt is not null "
                + "order by r.year desc", Integer.class).getResultList();
    }

    /** The years with a report the caller may open (drafts too for the council), newest first. */
    public List<Integer> years() {
        if (!policy.may(Action.READ_DRAFT)) {
            return publishedYears();
        }
        return em.createQuery("select r.year from AnnualReportRecord r order by r.year desc", Integer.class)
                .getResultList();
    }

    public boolean may(Action action) {
        return policy.may(action);
    }

    /** The year the secretariat would draft next: last year, in the council's calendar. */
    public int lastYear() {
        return clock.today().getYear() - 1;
    }

    /**
     * Demo data only (the caller checks {@code portal.demo-data}): the year's report drafted by the secretariat from
     * the portal's data, with the chair's foreword, published; nothing when the year has a report already.
     */
    @Transactional
    public void seedDemo(int year, String foreword) {
        if (em.find(AnnualReportRecord.class, year) != null) {
            return;
        }
        draftAs(year, "secretariat");
        AnnualReportRecord report = em.find(AnnualReportRecord.class, year);
        report.writeForeword(Foreword.require(foreword), "oak", clock.now());
        report.publish("secretariat", clock.now());
        audit.record("secretariat", "annual-report.published", "annual-report:" + year, "demo-data");
    }

    private AnnualReportRecord draftFor(int year) {
        AnnualReportRecord report = em.find(AnnualReportRecord.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (report == null) {
            throw new NotFound();
        }
        report.requireDraft();
        return report;
    }

    private View viewOf(AnnualReportRecord report, boolean council) {
        List<AnnualStanceRecord> stances = em.createQuery("select s from AnnualStanceRecord s where s.year = :y",
                AnnualStanceRecord.class).setParameter("y", report.getYear()).getResultList();
        int endorsed = (int) stances.stream().filter(AnnualStanceRecord::isEndorsed).count();
        int dissented = stances.size() - endorsed;
        Optional<String> me = policy.memberRefIfAny();
        Boolean mine = me.flatMap(ref -> stances.stream().filter(s -> s.getMemberRef().equals(ref)).findFirst())
                .map(AnnualStanceRecord::isEndorsed).orElse(null);
        List<String> reasons = council && !report.isPublished()
                ? stances.stream().filter(s -> !s.isEndorsed()).map(AnnualStanceRecord::getReason).sorted().toList()
                : List.of();
        return new View(FiguresJson.load(report.getFigures()), report.isPublished(), report.getDraftedAt(),
                report.getPublishedAt(), report.getForeword(), report.getForewordAt(), Count.ofMembers(endorsed),
                Count.ofMembers(dissented), reasons, mine, council);
    }

}
