package org.nstac.portal.consultation.application;

import org.nstac.portal.shared.NotFound;
import static org.nstac.portal.platform.SqlValues.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.nstac.portal.consent.application.Consents;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.consultation.domain.Action;
import org.nstac.portal.consultation.domain.Attribution;
import org.nstac.portal.consultation.domain.ConsultationRules;
import org.nstac.portal.consultation.infrastructure.ConsultationRecord;
import org.nstac.portal.consultation.infrastructure.SectionRecord;
import org.nstac.portal.consultation.report.ConsultationReport;
import org.nstac.portal.consultation.domain.Disposition;
import org.nstac.portal.consultation.report.ReportComment;
import org.nstac.portal.consultation.report.ReportLabels;
import org.nstac.portal.organisation.application.Organisations;
import org.nstac.portal.platform.Messages;

/**
 * The consultation report (PDF and CSV) as the ministry and the council read it: only comments the ministry sees
 * (never Internal or hidden ones, nor withdrawn ones), each signed as its author chose, except that a member who has
 * not consented to being quoted appears only as "A council member".
 */
@ApplicationScoped
public class ConsultationReports {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    org.nstac.portal.shared.MemberDirectory memberDirectory;

    @Inject
    Consultations consultations;

    @Inject
    Positions positions;

    @Inject
    Consents consents;

    @Inject
    Organisations organisations;

    @Inject
    Messages messages;

    /** The report for this viewer, or "not found" when they may not read it (yet). */
    @SuppressWarnings("unchecked")
    public ConsultationReport report(long id, Viewer viewer) {
        ConsultationRecord c = consultations.visible(id, viewer);
        if (!ConsultationRules.allowsAny(viewer.relationsTo(c), Action.READ_REPORT, c.getPhase())) {
            throw new NotFound();
        }
        Locale locale = viewer.locale();
        String councilMember = messages.get(locale, "consultation.author.councilMember");
        List<SectionRecord> sections = consultations.sections(id, null, viewer);
        Map<Long, Integer> sectionNumbers = new HashMap<>();
        em.createQuery("select s from SectionRecord s where s.consultationId = :c", SectionRecord.class)
                .setParameter("c", c.getId()).getResultList()
                .forEach(s -> sectionNumbers.put(s.getId(), s.getNumber()));
        List<Object[]> rows = em.createNativeQuery("SELECT c.section_id, c.author_ref, c.author_ref, c.attribution,"
                + " c.body, c.posted_at, a.disposition, a.reason, a.answered_at FROM consultation_comment c"
                + " LEFT JOIN comment_answer a ON a.comment_id = c.id"
                + " WHERE c.consultation_id = ?1 AND c.hidden = FALSE AND c.withdrawn = FALSE"
                + " AND c.attribution <> 'INTERNAL' ORDER BY c.id").setParameter(1, c.getId()).getResultList();
        Map<String, String> names = memberDirectory.displayNames(
                rows.stream().map(r -> (String) r[1]).collect(java.util.stream.Collectors.toSet()), locale);
        Map<String, Boolean> quotable = new HashMap<>();
        List<ReportComment> comments = new ArrayList<>();
        for (Object[] row : rows) {
            String author = (String) row[1];
            boolean named = Attribution.PSEUDONYM.name().equals(row[3])
                    && quotable.computeIfAbsent(author, ref -> consents.hasValidConsent(ref, ConsentPurpose.QUOTING));
            String label = named ? names.getOrDefault(author, councilMember) : councilMember;
            Integer section = row[0] == null ? null : sectionNumbers.get(((Number) row[0]).longValue());
            ReportComment comment = ReportComment.unanswered(section, label, (String) row[4], instant(row[5]));
            if (row[6] != null) {
                comment = comment.answered(Disposition.valueOf((String) row[6]), (String) row[7], instant(row[8]));
            }
            comments.add(comment);
        }
        List<ConsultationReport.Phase> phases = new ArrayList<>();
        addPhase(phases, locale, "OPEN", c.getOpenedAt());
        addPhase(phases, locale, "CLOSED", c.getClosedAt());
        addPhase(phases, locale, "ANSWERED", c.getAnsweredAt());
        addPhase(phases, locale, "REPORT_PUBLISHED", c.getPublishedAt());
        ConsultationReport.CouncilPosition position = positions.of(id, viewer)
                .filter(Positions.PositionView::submitted)
                .map(p -> new ConsultationReport.CouncilPosition(p.text(), (int) p.endorsements(), (int) p.dissents(),
                        p.disposition() == null ? null
                                : messages.get(locale, "consultation.answer." + p.disposition())
                                        + (p.reason() == null ? "" : ": " + p.reason())))
                .orElse(null);
        String ministry = organisations.findByCode(c.getOrganisationCode()).map(o -> o.nameIn(locale))
                .orElse(c.getOrganisationCode());
        return new ConsultationReport(c.getTitle(), c.getSummary(), ministry, phases,
                sections.stream().map(s -> new ConsultationReport.Section(s.getNumber(), s.getHeading())).toList(),
                comments, position, ReportLabels.from(ResourceBundle.getBundle(Messages.BUNDLE, locale), locale,
                        ZoneOffset.UTC));
    }

    /** As {@link #report}, or null instead of "not found". */
    public ConsultationReport report0(long id, Viewer viewer) {
        try {
            return report(id, viewer);
        } catch (NotFound notFound) {
            return null;
        }
    }

    private void addPhase(List<ConsultationReport.Phase> phases, Locale locale, String phase, Instant at) {
        if (at != null) {
            phases.add(new ConsultationReport.Phase(messages.get(locale, "consultation.phase." + phase), at));
        }
    }
}
