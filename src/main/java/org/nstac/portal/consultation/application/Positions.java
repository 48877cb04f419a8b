package org.nstac.portal.consultation.application;

import org.nstac.portal.shared.NotFound;
import static org.nstac.portal.platform.SqlValues.truth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.consent.application.Consents;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.consultation.domain.Action;
import org.nstac.portal.consultation.domain.Answer;
import org.nstac.portal.consultation.domain.ConsultationRules;
import org.nstac.portal.consultation.domain.Disposition;
import org.nstac.portal.consultation.domain.Relation;
import org.nstac.portal.consultation.infrastructure.ConsultationRecord;
import org.nstac.portal.consultation.infrastructure.PositionRecord;
import org.nstac.portal.consultation.infrastructure.StanceRecord;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.InputRules;

/**
 * The council's joint position: the chair drafts it, members endorse it or record a dissent by pseudonym, the chair
 * submits it, and then the ministry sees it signed "the Council" with the counts, and answers it like a comment.
 */
@ApplicationScoped
public class Positions {

    public static final int MAX_TEXT = 20_000;
    public static final int MAX_DISSENT = 500;

    /** The council's position as the secretariat drafts it: required, stripped, at most {@link #MAX_TEXT}. */
    public record PositionText(
            @NotBlank(message = "consultation.position.textRequired")
            @Size(max = MAX_TEXT, message = "consultation.position.tooLong") String text) {

        public PositionText {
            text = InputRules.blankAsNone(text);
        }
    }

    /**
     * A member's stance on the position: endorsed, or not with a reason (stripped, blank as none, at most
     * {@link #MAX_DISSENT}).
     */
    public record PositionStance(boolean endorse,
            @Size(max = MAX_DISSENT, message = "consultation.position.dissentTooLong") String reason) {

        public PositionStance {
            reason = InputRules.blankAsNone(reason);
        }

        @AssertTrue(message = "consultation.position.dissentReasonRequired")
        public boolean isExplained() {
            return endorse || reason != null;
        }
    }

    /** What a viewer sees of the position. Stances are listed for the council only (pseudonyms). */
    public record PositionView(String text, boolean submitted, long endorsements, long dissents,
            List<StanceView> stances, Disposition disposition, String reason, Boolean myEndorsement) {
    }

    public record StanceView(String pseudonym, boolean endorsed, String reason) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @jakarta.inject.Inject
    org.nstac.portal.shared.MemberDirectory memberDirectory;

    @Inject
    Consultations consultations;

    @Inject
    Consents consents;

    @Inject
    AuditLog audit;

    @Inject
    org.nstac.portal.notification.Notifications notifications;

    @Transactional
    public void draft(long id, String text, Viewer viewer) {
        ConsultationRecord c = consultations.lockVisible(id, viewer);
        PositionRecord position = em.find(PositionRecord.class, c.getId());
        ConsultationRules.requireForPosition(viewer.relationsTo(c), Action.DRAFT_POSITION, c.getPhase(),
                position != null && position.isSubmitted());
        String checked = InputRules.check(new PositionText(text)).text();
        if (position == null) {
            position = new PositionRecord(c.getId());
            position.draft(checked, viewer.login(), consultations.now());
            em.persist(position);
        } else {
            position.draft(checked, viewer.login(), consultations.now());
        }
        audit.record(viewer.login(), "position.drafted", "consultation:" + c.getId(), null);
    }

    @Transactional
    public void stance(long id, boolean endorse, String reason, Viewer viewer) {
        ConsultationRecord c = consultations.visible(id, viewer);
        PositionRecord position = em.find(PositionRecord.class, c.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (position == null) {
            throw new DomainRuleViolation("consultation.position.none");
        }
        ConsultationRules.requireForPosition(viewer.relationsTo(c), Action.ENDORSE_POSITION, c.getPhase(),
                position.isSubmitted());
        String me = viewer.memberRef().orElseThrow();
        consents.require(me, ConsentPurpose.COUNCIL_WORK);
        String why = InputRules.check(new PositionStance(endorse, reason)).reason();
        StanceRecord stance = em.find(StanceRecord.class, new StanceRecord.Key(c.getId(), me));
        if (stance == null) {
            stance = new StanceRecord(c.getId(), me);
            stance.take(endorse, why, consultations.now());
            em.persist(stance);
        } else {
            stance.take(endorse, why, consultations.now());
        }
        audit.record(viewer.login(), endorse ? "position.endorsed" : "position.dissent", me,
                "consultation=" + c.getId());
    }

    @Transactional
    public void submit(long id, Viewer viewer) {
        ConsultationRecord c = consultations.lockVisible(id, viewer);
        PositionRecord position = em.find(PositionRecord.class, c.getId());
        if (position == null) {
            throw new DomainRuleViolation("consultation.position.none");
        }
        ConsultationRules.requireForPosition(viewer.relationsTo(c), Action.DRAFT_POSITION, c.getPhase(),
                position.isSubmitted());
        position.submit(consultations.now());
        audit.record(viewer.login(), "position.submitted", "consultation:" + c.getId(), null);
    }

    @Transactional
    public void answer(long id, Disposition disposition, String reason, Viewer viewer) {
        ConsultationRecord c = consultations.lockVisible(id, viewer);
        PositionRecord position = em.find(PositionRecord.class, c.getId());
        if (position == null || !position.isSubmitted()) {
            throw new NotFound();
        }
        ConsultationRules.require(viewer.relationsTo(c), Action.ANSWER, c.getPhase());
        Answer answer = new Answer(disposition, reason);
        position.answer(answer.disposition(), answer.optionalReason().orElse(null), viewer.login(),
                consultations.now());
        audit.record(viewer.login(), "position.answered", "consultation:" + c.getId(),
                "disposition=" + disposition);
        // The council hears back: the members who took a stance on the position, and the chair who drafted it.
        @SuppressWarnings("unchecked")
        List<String> stanceRefs = em.createNativeQuery("SELECT member_ref FROM position_stance WHERE "
                + "consultation_id = ?1").setParameter(1, c.getId()).getResultList();
        List<String> told = new java.util.ArrayList<>(memberDirectory.loginsOf(stanceRefs));
        told.add(position.getDraftedBy());
        notifications.send(told, "notification.consultation.positionAnswered", "/consultations/view?id=" + c.getId(),
                c.getTitle());
    }

    /** The position as this viewer may see it: the ministry and observers only once submitted, without names. */
    @SuppressWarnings("unchecked")
    public Optional<PositionView> of(long id, Viewer viewer) {
        ConsultationRecord c = consultations.visible(id, viewer);
        PositionRecord position = em.find(PositionRecord.class, c.getId());
        if (position == null) {
            return Optional.empty();
        }
        Relation reading = viewer.readingRelation(c);
        boolean council = reading == Relation.SECRETARIAT || reading == Relation.CHAIR || reading == Relation.MEMBER;
        if (!council && !position.isSubmitted()) {
            return Optional.empty();
        }
        List<Object[]> stored = em.createNativeQuery("SELECT s.member_ref, s.endorsed, s.reason FROM position_stance s "
                + "WHERE s.consultation_id = ?1").setParameter(1, c.getId()).getResultList();
        Map<String, String> names = memberDirectory.displayNames(stored.stream().map(r -> (String) r[0]).toList(),
                viewer.locale());
        List<Object[]> rows = stored.stream()
                .map(r -> new Object[] {names.getOrDefault((String) r[0], ""), r[1], r[2], r[0]})
                .sorted(java.util.Comparator.comparing(r -> ((String) r[0]).toLowerCase(java.util.Locale.ROOT)))
                .toList();
        long endorsements = rows.stream().filter(r -> truth(r[1])).count();
        Boolean mine = rows.stream().filter(r -> viewer.isAuthor((String) r[3])).map(r -> truth(r[1])).findFirst()
                .orElse(null);
        List<StanceView> stances = council
                ? rows.stream().map(r -> new StanceView((String) r[0], truth(r[1]), (String) r[2])).toList()
                : List.of();
        return Optional.of(new PositionView(position.getBody(), position.isSubmitted(), endorsements,
                rows.size() - endorsements, stances, position.getDisposition(), position.getReason(), mine));
    }
}
