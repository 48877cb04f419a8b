package org.nstac.portal.devtools;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.nstac.portal.consultation.domain.Phase;
import org.nstac.portal.consultation.infrastructure.ConsultationRecord;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * For benchmarks and tests only (never in the production WAR, see {@code devstack.DevWar}): an open consultation with
 * N synthetic comments spread over the demo members, written in multi-row inserts so that 10,000 comments take
 * seconds, not minutes.
 */
@ApplicationScoped
public class SyntheticConsultations {

    public static final int MAX_COMMENTS = 100_000;
    private static final int BATCH = 500;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    org.nstac.portal.shared.CouncilClock clock;

    @SuppressWarnings("unchecked")
    @Transactional
    public long create(int comments, String organisation, String actor) {
        if (comments < 0 || comments > MAX_COMMENTS) {
            throw new DomainRuleViolation("consultation.synthetic.count", MAX_COMMENTS);
        }
        Instant now = clock.now();
        ConsultationRecord c = new ConsultationRecord(organisation, "Synthetic consultation (" + comments
                + " comments)", "Generated for a benchmark.", "benchmark", List.of(), now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(60)), actor, now);
        em.persist(c);
        em.flush();
        List<Long> sections = new ArrayList<>();
        for (int n = 1; n <= 20; n++) {
            var s = new org.nstac.portal.consultation.infrastructure.SectionRecord(c.getId(), 1, n, "Article " + n,
                    "Synthetic text of article " + n + ".", List.of());
            em.persist(s);
            em.flush();
            sections.add(s.getId());
        }
        c.moveTo(Phase.OPEN, now);
        List<String> authors = em.createNativeQuery("SELECT ref FROM member WHERE status <> 'WITHDRAWN'")
                .getResultList();
        if (authors.isEmpty()) {
            throw new DomainRuleViolation("consultation.synthetic.noMembers");
        }
        String[] attributions = {"PSEUDONYM", "COUNCIL", "INTERNAL"};
        for (int start = 0; start < comments; start += BATCH) {
            int end = Math.min(comments, start + BATCH);
            // Each a thread of its own on its section (version 1): the thread's key as Comments.post writes it.
            StringBuilder sql = new StringBuilder("INSERT INTO consultation_comment (consultation_id, section_id,"
                    + " sort_version, sort_number, depth, author_ref, attribution, body, posted_at) VALUES ");
            List<Object> params = new ArrayList<>();
            for (int i = start; i < end; i++) {
                sql.append(i == start ? "" : ",").append("(?,?,1,?,1,?,?,?,?)");
                params.add(c.getId());
                params.add(sections.get(i % sections.size()));
                params.add(i % sections.size() + 1);
                params.add(authors.get(i % authors.size()));
                params.add(attributions[i % attributions.length]);
                params.add("Synthetic comment number " + i + " on the draft, with a few words of substance.");
                params.add(Timestamp.from(now.plusMillis(i)));
            }
            var insert = em.createNativeQuery(sql.toString());
            for (int p = 0; p < params.size(); p++) {
                insert.setParameter(p + 1, params.get(p));
            }
            insert.executeUpdate();
        }
        em.createNativeQuery("UPDATE consultation_comment SET thread_id = id WHERE consultation_id = ?1")
                .setParameter(1, c.getId()).executeUpdate();
        return c.getId();
    }
}
