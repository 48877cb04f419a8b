package org.nstac.portal.consultation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The council's consultation work over a period, for the annual report: counts with the opaque references of the
 * members behind each, so the report can say "fewer than 3" where a figure would describe one or two people. Nothing
 * of a comment's text, nothing of a name.
 *
 * <ul>
 * <li>comments: posted in the period, not withdrawn and not hidden by moderation, replies included;</li>
 * <li>consultations taken part in: those with such a comment, or a member's stance on the council position, in the
 * period;</li>
 * <li>answers: given in the period to members' comments, by disposition; changes: those answers that name the section
 * the comment changed;</li>
 * <li>positions: submitted in the period, with the answer each got (if any); outcomes: recorded in the period.</li>
 * </ul>
 */
@ApplicationScoped
public class ConsultationYears {

    /**
     * @param consultations  each consultation taken part in, with the members who took part
     * @param comments       comments per author
     * @param answers        per disposition name, answers per author of the answered comment
     * @param changes        answers that changed a section, per author of the comment
     * @param positions      positions submitted
     * @param positionAnswers per disposition name, the positions answered so
     * @param outcomes       per outcome name, the consultations whose outcome was recorded
     */
    public record Year(Map<Long, Set<String>> consultations, Map<String, Long> comments,
            Map<String, Map<String, Long>> answers, Map<String, Long> changes, long positions,
            Map<String, Long> positionAnswers, Map<String, Long> outcomes) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @SuppressWarnings("unchecked")
    public Year between(Instant start, Instant end) {
        Timestamp s = Timestamp.from(start);
        Timestamp e = Timestamp.from(end);
        Map<Long, Set<String>> consultations = new TreeMap<>();
        Map<String, Long> comments = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT consultation_id, author_ref FROM "
                + "consultation_comment WHERE withdrawn = FALSE AND hidden = FALSE AND posted_at >= ?1 AND posted_at < ?2")
                .setParameter(1, s).setParameter(2, e).getResultList()) {
            consultations.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashSet<>()).add((String) r[1]);
            comments.merge((String) r[1], 1L, Long::sum);
        }
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT consultation_id, member_ref FROM position_stance "
                + "WHERE recorded_at >= ?1 AND recorded_at < ?2").setParameter(1, s).setParameter(2, e)
                .getResultList()) {
            consultations.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashSet<>()).add((String) r[1]);
        }
        Map<String, Map<String, Long>> answers = new TreeMap<>();
        Map<String, Long> changes = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT a.disposition, c.author_ref, "
                + "a.changed_section_id FROM comment_answer a JOIN consultation_comment c ON c.id = a.comment_id "
                + "WHERE a.answered_at >= ?1 AND a.answered_at < ?2").setParameter(1, s).setParameter(2, e)
                .getResultList()) {
            answers.computeIfAbsent((String) r[0], k -> new HashMap<>()).merge((String) r[1], 1L, Long::sum);
            if (r[2] != null) {
                changes.merge((String) r[1], 1L, Long::sum);
            }
        }
        long positions = 0;
        Map<String, Long> positionAnswers = new TreeMap<>();
        for (Object disposition : em.createNativeQuery("SELECT COALESCE(disposition, '') FROM council_position "
                + "WHERE submitted_at >= ?1 AND submitted_at < ?2").setParameter(1, s).setParameter(2, e)
                .getResultList()) {
            positions++;
            if (!((String) disposition).isEmpty()) {
                positionAnswers.merge((String) disposition, 1L, Long::sum);
            }
        }
        Map<String, Long> outcomes = new TreeMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT outcome, COUNT(*) FROM consultation "
                + "WHERE outcome IS NOT NULL AND outcome_at >= ?1 AND outcome_at < ?2 GROUP BY outcome")
                .setParameter(1, s).setParameter(2, e).getResultList()) {
            outcomes.put((String) r[0], ((Number) r[1]).longValue());
        }
        return new Year(consultations, comments, answers, changes, positions, positionAnswers, outcomes);
    }
}
