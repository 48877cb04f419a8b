package org.nstac.portal.consultation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.nstac.portal.consultation.domain.Phase;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.ToDos;

/**
 * Consultations on the dashboards: open drafts and answers to a member's comments; the chair's positions still to
 * submit and members' stances on them; a ministry's (or partner's) drafts, open consultations, comments waiting for
 * its answer and overdue answers; the secretariat's reported comments and requests for advice; the observer's
 * published reports. Counted with grouped queries; who sees what follows {@code ConsultationRules} (members read
 * open consultations, observers published reports, a ministry its own organisation's).
 */
@ApplicationScoped
public class ConsultationToDos implements ToDos {

    /** How far back "answers to your comments" looks. */
    static final Duration RECENT = Duration.ofDays(30);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Viewers viewers;

    @Inject
    CouncilClock clock;

    @Override
    public List<ToDo> on(String area) {
        Viewer viewer = viewers.current(Locale.ENGLISH);
        return switch (area) {
            case "member" -> viewer.memberRef().map(this::forMember).orElse(List.of());
            case "chair" -> forChair();
            case "ministry", "partner" -> viewer.organisation().map(org -> forOwner(area, org)).orElse(List.of());
            case "secretariat" -> forSecretariat();
            case "observer" -> List.of(phaseLine("reports-published", 10, "todo.observer.reports",
                    Set.of(Phase.REPORT_PUBLISHED), null, "/consultations/view?id=", false));
            default -> List.of();
        };
    }

    private List<ToDo> forMember(String ref) {
        Instant since = clock.now().minus(RECENT);
        List<Object[]> answered = em.createQuery("select k.id, k.title, count(a) from AnswerRecord a, CommentRecord c, "
                + "ConsultationRecord k where c.id = a.commentId and k.id = c.consultationId and c.authorRef = :m "
                + "and a.answeredAt > :since group by k.id, k.title order by k.id desc", Object[].class)
                .setParameter("m", ref).setParameter("since", since).getResultList();
        List<Object[]> replied = em.createQuery("select k.id, k.title, count(r) from CommentRecord r, CommentRecord p, "
                + "ConsultationRecord k where p.id = r.parentId and k.id = p.consultationId and p.authorRef = :m "
                + "and r.authorRef <> :m and r.postedAt > :since and r.withdrawn = false and r.hidden = false "
                + "group by k.id, k.title order by k.id desc", Object[].class)
                .setParameter("m", ref).setParameter("since", since).getResultList();
        return List.of(
                phaseLine("consultations-open", 1, "todo.member.consultationsOpen", Set.of(Phase.OPEN), null,
                        "/consultations/view?id=", false),
                grouped("comment-answers", 2, "todo.member.answers", answered, "/consultations/view?id=", false),
                grouped("comment-replies", 3, "todo.member.replies", replied, "/consultations/view?id=", false));
    }

    private List<ToDo> forChair() {
        List<Object[]> toSubmit = em.createQuery("select k.id, k.title from ConsultationRecord k where k.phase in :running "
                + "and not exists (select p from PositionRecord p where p.consultationId = k.id and p.submittedAt is not null) "
                + "order by k.closesAt", Object[].class)
                .setParameter("running", Set.of(Phase.OPEN, Phase.CLOSED)).getResultList();
        Object[] stances = em.createQuery("select count(s), sum(case when s.endorsed = false then 1 else 0 end) "
                + "from StanceRecord s, ConsultationRecord k where k.id = s.consultationId and k.phase in :running",
                Object[].class).setParameter("running", Set.of(Phase.OPEN, Phase.CLOSED)).getSingleResult();
        return List.of(
                new ToDo("positions-to-submit", 10, "todo.chair.positions", toSubmit.size(), "", "/consultations", true,
                        items(toSubmit, "/consultations/view?id=")),
                new ToDo("position-stances", 11, "todo.chair.stances", number(stances[0]),
                        String.valueOf(number(stances[1])), "/consultations", false, List.of()));
    }

    private List<ToDo> forOwner(String area, String organisation) {
        List<ToDo> lines = new ArrayList<>();
        Set<Phase> drafts = "partner".equals(area) ? Set.of(Phase.REQUESTED, Phase.DRAFT) : Set.of(Phase.DRAFT);
        lines.add(phaseLine("consultation-drafts", 10, "todo.owner.drafts", drafts, organisation,
                "/" + area + "/consultation?id=", false));
        lines.add(phaseLine("consultations-open", 11, "todo.owner.open", Set.of(Phase.OPEN), organisation,
                "/consultations/view?id=", false));
        @SuppressWarnings("unchecked")
        List<Object[]> waiting = em.createNativeQuery("SELECT k.id, k.title, COUNT(*) FROM consultation_comment c "
                + "JOIN consultation k ON k.id = c.consultation_id LEFT JOIN comment_answer a ON a.comment_id = c.id "
                + "WHERE k.organisation_code = ?1 AND k.phase IN ('OPEN', 'CLOSED') AND c.hidden = FALSE "
                + "AND c.withdrawn = FALSE AND c.attribution <> 'INTERNAL' AND a.comment_id IS NULL "
                + "GROUP BY k.id, k.title ORDER BY k.id").setParameter(1, organisation).getResultList();
        lines.add(grouped("comments-waiting", 1, "todo.owner.waiting", waiting, "/" + area + "/answers?id=",
                true));
        Set<Long> late = em.createQuery("select k.id from ConsultationRecord k where k.organisationCode = :org "
                + "and k.phase in :running and k.answersDueAt < :now", Long.class)
                .setParameter("org", organisation).setParameter("running", Set.of(Phase.OPEN, Phase.CLOSED))
                .setParameter("now", clock.now()).getResultStream().collect(Collectors.toSet());
        List<Object[]> overdue = waiting.stream().filter(r -> late.contains(((Number) r[0]).longValue())).toList();
        lines.add(grouped("answers-overdue", 0, "todo.owner.overdue", overdue, "/" + area + "/answers?id=",
                true));
        return lines;
    }

    private List<ToDo> forSecretariat() {
        List<Object[]> reported = em.createQuery("select k.id, k.title, count(c) from CommentRecord c, ConsultationRecord k "
                + "where k.id = c.consultationId and c.reported = true and c.hidden = false and c.withdrawn = false "
                + "group by k.id, k.title order by k.id", Object[].class).getResultList();
        return List.of(
                grouped("comments-reported", 50, "todo.secretariat.reported", reported, "/consultations/view?id=", true),
                phaseLine("advice-requests", 51, "todo.secretariat.requests", Set.of(Phase.REQUESTED), null,
                        "/consultations/view?id=", true));
    }

    /** Consultations in these phases (of one organisation, or all), counted, the first few linked. */
    private ToDo phaseLine(String id, int order, String key, Set<Phase> phases, String organisation, String link,
            boolean waiting) {
        var q = em.createQuery("select k.id, k.title from ConsultationRecord k where k.phase in :phases"
                + (organisation == null ? "" : " and k.organisationCode = :org") + " order by k.id desc", Object[].class)
                .setParameter("phases", phases);
        if (organisation != null) {
            q.setParameter("org", organisation);
        }
        List<Object[]> rows = q.setMaxResults(MAX_ITEMS).getResultList();
        long count = rows.size() < MAX_ITEMS ? rows.size() : countPhases(phases, organisation);
        return new ToDo(id, order, key, count, "", "/consultations", waiting, items(rows, link));
    }

    private long countPhases(Set<Phase> phases, String organisation) {
        var q = em.createQuery("select count(k) from ConsultationRecord k where k.phase in :phases"
                + (organisation == null ? "" : " and k.organisationCode = :org"), Long.class).setParameter("phases", phases);
        if (organisation != null) {
            q.setParameter("org", organisation);
        }
        return q.getSingleResult();
    }

    /** Rows of (consultation id, title, count): the line counts them all and links each consultation. */
    private static ToDo grouped(String id, int order, String key, List<Object[]> rows, String each, boolean waiting) {
        long count = rows.stream().mapToLong(r -> number(r[2])).sum();
        return new ToDo(id, order, key, count, "", "/consultations", waiting, items(rows, each));
    }

    private static List<Item> items(List<Object[]> rows, String link) {
        return rows.stream().limit(MAX_ITEMS).map(r -> new Item((String) r[1], link + number(r[0]))).toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
