package org.nstac.portal.consultation.application;

import org.nstac.portal.shared.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.consultation.domain.Action;
import org.nstac.portal.consultation.domain.ConsultationDates;
import org.nstac.portal.consultation.domain.ConsultationRules;
import org.nstac.portal.consultation.domain.Disposition;
import org.nstac.portal.consultation.domain.Phase;
import org.nstac.portal.consultation.domain.Relation;
import org.nstac.portal.consultation.infrastructure.ConsultationRecord;
import org.nstac.portal.consultation.infrastructure.SectionRecord;
import org.nstac.portal.member.application.Profiles;
import org.nstac.portal.member.domain.Participation;
import org.nstac.portal.notification.Notifications;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.InputRules;

/**
 * Consultations on draft law: created by a ministry official for their own ministry, split into numbered sections,
 * moved through their phases, revised in new versions. What each person may do is {@link ConsultationRules}; this
 * class finds the consultation, asks the rules, and writes the change with its audit entry and notifications in one
 * transaction.
 */
@ApplicationScoped
public class Consultations {

    public static final int MAX_TITLE = 300;
    public static final int MAX_SUMMARY = 5000;
    public static final int MAX_HEADING = 300;
    public static final int MAX_SECTION = 100_000;
    public static final int MAX_SECTIONS = 500;
    public static final int MAX_POLICY_AREA = 200;

    /**
     * A consultation as a ministry writes it; {@code pay} null keeps the consultation's pay (the configured defaults
     * when new). Named apart in the API document: its constraints make the document list it, and by its simple name
     * it would take the place of the meeting's {@code Draft}, the body of {@code POST /api/meetings}.
     */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ConsultationDraft")
    public record Draft(
            @NotBlank(message = "consultation.title.required")
            @Size(max = MAX_TITLE, message = "consultation.title.tooLong") String title,
            @NotBlank(message = "consultation.summary.required")
            @Size(max = MAX_SUMMARY, message = "consultation.summary.tooLong") String summary,
            @Size(max = MAX_POLICY_AREA, message = "consultation.policyArea.tooLong") String policyArea,
            @NotNull(message = "consultation.dates.required") Instant opensAt,
            @NotNull(message = "consultation.dates.required") Instant closesAt,
            @NotNull(message = "consultation.dates.required") Instant answersDueAt,
            List<String> contentNotes, List<SectionText> sections, boolean openAutomatically,
            org.nstac.portal.consultation.domain.ConsultationPay pay) {

        public Draft(String title, String summary, String policyArea, Instant opensAt, Instant closesAt,
                Instant answersDueAt, List<String> contentNotes, List<SectionText> sections,
                boolean openAutomatically) {
            this(title, summary, policyArea, opensAt, closesAt, answersDueAt, contentNotes, sections,
                    openAutomatically, null);
        }
    }

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "portal.consultation.paid-preparation-hours",
            defaultValue = "3")
    java.math.BigDecimal defaultPreparationHours;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "portal.consultation.drafting-hours",
            defaultValue = "6")
    java.math.BigDecimal defaultDraftingHours;

    /** The pay a new consultation states unless its draft says otherwise. */
    public org.nstac.portal.consultation.domain.ConsultationPay defaultPay() {
        return new org.nstac.portal.consultation.domain.ConsultationPay(defaultPreparationHours,
                defaultDraftingHours, false);
    }

    /** One section as written: heading, text and its own content notes. */
    public record SectionText(
            @NotBlank(message = "consultation.section.headingRequired")
            @Size(max = MAX_HEADING, message = "consultation.section.headingTooLong") String heading,
            @Size(max = MAX_SECTION, message = "consultation.section.tooLong") String text,
            List<String> contentNotes) {
    }


    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Notifications notifications;

    @Inject
    Profiles profiles;

    @Inject
    org.nstac.portal.organisation.application.Organisations organisations;

    @jakarta.inject.Inject
    org.nstac.portal.shared.CouncilClock clock;

    @Inject
    org.nstac.portal.shared.MemberDirectory memberDirectory;

    Instant now() {
        return clock.now();
    }

    /** The consultation if this viewer may see it at all; otherwise "not found", never "forbidden". */
    public ConsultationRecord visible(long id, Viewer viewer) {
        ConsultationRecord c = em.find(ConsultationRecord.class, id);
        if (c == null || !ConsultationRules.allowsAny(viewer.relationsTo(c), Action.VIEW, c.getPhase())) {
            throw new NotFound();
        }
        return c;
    }

    /** Every consultation this viewer may see, newest first. */
    public List<ConsultationRecord> list(Viewer viewer) {
        return em.createQuery("select c from ConsultationRecord c order by c.id desc", ConsultationRecord.class)
                .getResultList().stream()
                .filter(c -> ConsultationRules.allowsAny(viewer.relationsTo(c), Action.VIEW, c.getPhase()))
                .toList();
    }

    /** A consultation as other features may name it (a meeting's hearing, a task's draft law): by id, with its title. */
    public record Summary(long id, String title, Phase phase) {
    }

    /** {@link #list} as summaries, for another feature's page. */
    public List<Summary> summaries(Viewer viewer) {
        return list(viewer).stream().map(c -> new Summary(c.getId(), c.getTitle(), c.getPhase())).toList();
    }

    /** Whether a consultation with this id exists (whoever may see it): for another feature linking to it. */
    public boolean exists(long id) {
        return em.find(ConsultationRecord.class, id) != null;
    }

    public static final String CREATE_NOT_ALLOWED = "consultation.create.notMinistry";
    public static final String REQUEST_NOT_PARTNER = "consultation.request.notPartner";
    public static final String REQUEST_SECRETARIAT_DECIDES = "consultation.request.secretariatDecides";
    public static final String DECLINE_REASON_REQUIRED = "consultation.request.reasonRequired";
    public static final int MAX_DECLINE_REASON = 2000;

    /** Why the secretariat declines a ministry's request (the ministry reads it): required, at most the limit. */
    public record DeclineReason(
            @NotBlank(message = DECLINE_REASON_REQUIRED)
            @Size(max = MAX_DECLINE_REASON, message = "consultation.request.reasonTooLong") String reason) {

        public DeclineReason {
            reason = InputRules.blankAsNone(reason);
        }
    }

    /**
     * Whether this viewer may open a consultation: a ministry official for their own ministry (a draft), a partner
     * official of an NGO or a union for their own organisation (a request for advice).
     */
    public boolean mayCreate(Viewer viewer) {
        return viewer.organisation().isPresent()
                && ConsultationRules.allowsAny(viewer.relationsToNewDraft(), Action.CREATE, viewer.startingPhase());
    }

    /** As {@link #create(Draft, Viewer)}, with the phase the writer asked for checked against the one they get. */
    @Transactional
    public ConsultationRecord create(Draft draft, Phase asked, Viewer viewer) {
        if (asked != null && asked != viewer.startingPhase()) {
            throw new DomainRuleViolation(asked == Phase.REQUESTED ? REQUEST_NOT_PARTNER : CREATE_NOT_ALLOWED);
        }
        return create(draft, viewer);
    }

    /**
     * Writes a new consultation: a ministry's {@code DRAFT}, or a partner's {@code REQUESTED} request for advice, which
     * the secretariat is told of.
     */
    @Transactional
    public ConsultationRecord create(Draft draft, Viewer viewer) {
        if (!mayCreate(viewer)) {
            throw new DomainRuleViolation(CREATE_NOT_ALLOWED);
        }
        String organisation = viewer.organisation().orElseThrow();
        validate(draft);
        Phase start = viewer.startingPhase();
        ConsultationRecord c = new ConsultationRecord(organisation, draft.title().strip(), draft.summary().strip(),
                draft.policyArea(), draft.contentNotes(), draft.opensAt(), draft.closesAt(), draft.answersDueAt(),
                viewer.login(), now(), start);
        c.scheduleOpening(draft.openAutomatically());
        c.pay(draft.pay() == null ? defaultPay() : draft.pay());
        em.persist(c);
        em.flush();
        writeSections(c, 1, draft.sections());
        em.createNativeQuery("INSERT INTO consultation_version (consultation_id, draft_version, published_at, "
                + "published_by) VALUES (?1, 1, ?2, ?3)").setParameter(1, c.getId()).setParameter(2, now())
                .setParameter(3, viewer.login()).executeUpdate();
        audit.record(viewer.login(), "consultation.created", "consultation:" + c.getId(),
                start == Phase.REQUESTED ? "phase=REQUESTED" : null);
        if (start == Phase.REQUESTED) {
            notifications.send(List.of(Notifications.ROLE_PREFIX + "secretariat"),
                    "notification.consultation.requested", "/consultations/view?id=" + c.getId(), c.getTitle());
        }
        return c;
    }

    /** Changes title, summary, dates, notes and sections while still a draft (the text is replaced whole). */
    @Transactional
    public ConsultationRecord edit(long id, Draft draft, Viewer viewer) {
        ConsultationRecord c = lockVisible(id, viewer);
        ConsultationRules.require(viewer.relationsTo(c), Action.EDIT_DRAFT, c.getPhase());
        validate(draft);
        c.describe(draft.title().strip(), draft.summary().strip(), draft.policyArea(), draft.contentNotes(),
                draft.opensAt(), draft.closesAt(), draft.answersDueAt());
        c.scheduleOpening(draft.openAutomatically());
        if (draft.pay() != null) {
            c.pay(draft.pay());
        }
        em.createQuery("delete from SectionRecord s where s.consultationId = :c and s.draftVersion = 1")
                .setParameter("c", c.getId()).executeUpdate();
        writeSections(c, 1, draft.sections());
        audit.record(viewer.login(), "consultation.edited", "consultation:" + c.getId(), null);
        return c;
    }

    /**
     * Moves the consultation to {@code target}. ANSWERED only when every comment the ministry can see has an
     * answer; opening tells every member who is taking part (not those who stepped back).
     */
    @Transactional
    public ConsultationRecord move(long id, Phase target, Viewer viewer) {
        return move(id, target, null, viewer);
    }

    /**
     * As {@link #move(long, Phase, Viewer)}; a request for advice is accepted ({@code DRAFT}) or declined
     * ({@code DECLINED}, with {@code reason}) by the secretariat only, and its organisation's officials are told.
     */
    @Transactional
    public ConsultationRecord move(long id, Phase target, String reason, Viewer viewer) {
        ConsultationRecord c = lockVisible(id, viewer);
        Set<Relation> relations = viewer.relationsTo(c);
        if (c.getPhase() == Phase.REQUESTED && !relations.contains(Relation.SECRETARIAT)) {
            throw new DomainRuleViolation(REQUEST_SECRETARIAT_DECIDES);
        }
        ConsultationRules.require(relations, Action.MOVE_PHASE, c.getPhase());
        if (target == Phase.DECLINED) {
            String why = InputRules.check(new DeclineReason(reason)).reason();
            c.getPhase().moveTo(Phase.DECLINED, 0);
            c.decline(why, now());
            audit.record(viewer.login(), "consultation.phase", "consultation:" + c.getId(), "phase=DECLINED");
            notifications.send(organisations.officialsOf(c.getOrganisationCode()),
                    "notification.consultation.declined", "/consultations/view?id=" + c.getId(), c.getTitle());
            return c;
        }
        boolean accepting = c.getPhase() == Phase.REQUESTED;
        ConsultationRecord moved = moveChecked(c, target, viewer.login());
        if (accepting) {
            notifications.send(organisations.officialsOf(c.getOrganisationCode()),
                    "notification.consultation.accepted", "/consultations/view?id=" + c.getId(), c.getTitle());
        }
        return moved;
    }

    public static final String POSITION_WAITS = "consultation.phase.positionUnanswered";

    ConsultationRecord moveChecked(ConsultationRecord c, Phase target, String actor) {
        int unanswered = target == Phase.ANSWERED ? (int) unansweredCount(c.getId()) : 0;
        Phase next = c.getPhase().moveTo(target, unanswered);
        if (next == Phase.ANSWERED && positionWaits(c.getId())) {
            throw new DomainRuleViolation(POSITION_WAITS);
        }
        c.moveTo(next, now());
        audit.record(actor, "consultation.phase", "consultation:" + c.getId(), "phase=" + next);
        String link = "/consultations/view?id=" + c.getId();
        if (next == Phase.OPEN) {
            notifications.send(activeMemberLogins(), "notification.consultation.opened", link, c.getTitle());
        } else if (next == Phase.REPORT_PUBLISHED) {
            notifications.send(commenterLogins(c.getId()), "notification.consultation.report", link, c.getTitle());
        }
        return c;
    }

    public static final String OUTCOME_BEFORE_REPORT = "consultation.outcome.beforeReport";
    public static final String OUTCOME_LINK_INVALID = "consultation.outcome.link";
    public static final int MAX_OUTCOME_NOTE = 2000;

    /**
     * What the ministry says of a consultation's outcome: stripped, blank as none, at most
     * {@link #MAX_OUTCOME_NOTE}.
     */
    public record OutcomeNote(@Size(max = MAX_OUTCOME_NOTE, message = "consultation.outcome.noteTooLong") String note) {

        public OutcomeNote {
            note = InputRules.blankAsNone(note);
        }
    }
    public static final int MAX_OUTCOME_LINK = 500;

    /**
     * Records (or corrects) what became of the law after the report: the owning ministry or partner only, once the
     * report is published. Members who commented are told, so they learn whether their advice was taken.
     *
     * @throws DomainRuleViolation {@value #OUTCOME_BEFORE_REPORT} before the report; {@code consultation.outcome.*}
     *                             for a missing outcome, a note too long, a link that is not a web address
     */
    @Transactional
    public ConsultationRecord recordOutcome(long id, org.nstac.portal.consultation.domain.Outcome outcome, String note,
            String link, Viewer viewer) {
        ConsultationRecord c = lockVisible(id, viewer);
        Set<Relation> relations = viewer.relationsTo(c);
        if (relations.contains(Relation.OWNING_MINISTRY) && c.getPhase() != Phase.REPORT_PUBLISHED) {
            throw new DomainRuleViolation(OUTCOME_BEFORE_REPORT);
        }
        ConsultationRules.require(relations, Action.RECORD_OUTCOME, c.getPhase());
        if (outcome == null) {
            throw new DomainRuleViolation(org.nstac.portal.consultation.domain.Outcome.UNKNOWN);
        }
        String cleanNote = InputRules.check(new OutcomeNote(note)).note();
        String cleanLink = link == null || link.isBlank() ? null : link.strip();
        if (cleanLink != null && !webAddress(cleanLink)) {
            throw new DomainRuleViolation(OUTCOME_LINK_INVALID, MAX_OUTCOME_LINK);
        }
        boolean first = c.getOutcome().isEmpty();
        c.recordOutcome(outcome.name(), cleanNote, cleanLink, viewer.login(), now());
        audit.record(viewer.login(), "consultation.outcome", "consultation:" + c.getId(), "outcome=" + outcome);
        notifications.send(commenterLogins(c.getId()), first ? "notification.consultation.outcome"
                : "notification.consultation.outcomeChanged", "/consultations/view?id=" + c.getId(), c.getTitle());
        return c;
    }

    /** An absolute http(s) address of at most {@value #MAX_OUTCOME_LINK} characters (never javascript: and the like). */
    static boolean webAddress(String link) {
        if (link.length() > MAX_OUTCOME_LINK) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (java.net.URISyntaxException malformed) {
            return false;
        }
    }

    /**
     * How many comments still wait for the ministry's answer, for those who follow the answers
     * ({@link Action#TRACK_ANSWERS}); empty for everyone else.
     */
    public Optional<Long> unanswered(ConsultationRecord consultation, Viewer viewer) {
        return viewer.may(Action.TRACK_ANSWERS, consultation) ? Optional.of(unansweredCount(consultation.getId()))
                : Optional.empty();
    }

    /** {@link #unanswered} of a consultation by id. @throws NotFound when this viewer may not follow its answers */
    public long unanswered(long id, Viewer viewer) {
        return unanswered(visible(id, viewer), viewer).orElseThrow(NotFound::new);
    }

    /** Whether the council submitted its joint position and the ministry has not answered it yet. */
    boolean positionWaits(long consultationId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM council_position WHERE consultation_id = ?1 "
                + "AND submitted_at IS NOT NULL AND disposition IS NULL").setParameter(1, consultationId)
                .getSingleResult()).longValue() > 0;
    }

    /** Comments the owning ministry sees and has not answered yet. */
    long unansweredCount(long consultationId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM consultation_comment c LEFT JOIN comment_answer a "
                + "ON a.comment_id = c.id WHERE c.consultation_id = ?1 AND c.hidden = FALSE AND c.withdrawn = FALSE "
                + "AND c.attribution <> 'INTERNAL' AND a.comment_id IS NULL").setParameter(1, consultationId)
                .getSingleResult()).longValue();
    }

    /** The sections of a version (the current one when {@code version} is null), in order. */
    public List<SectionRecord> sections(long id, Integer version, Viewer viewer) {
        ConsultationRecord c = visible(id, viewer);
        int v = version == null ? c.getCurrentVersion() : version;
        return em.createQuery("select s from SectionRecord s where s.consultationId = :c and s.draftVersion = :v "
                + "order by s.number", SectionRecord.class).setParameter("c", c.getId()).setParameter("v", v)
                .getResultList();
    }

    /**
     * Publishes a revised text as the next version. Members who commented are told, so they can see what changed
     * because of what they said.
     */
    @Transactional
    public int publishVersion(long id, List<SectionText> sections, Viewer viewer) {
        ConsultationRecord c = lockVisible(id, viewer);
        ConsultationRules.require(viewer.relationsTo(c), Action.PUBLISH_VERSION, c.getPhase());
        if (c.getFinalVersion().isPresent()) {
            throw new DomainRuleViolation(FINAL_PUBLISHED);
        }
        validateSections(sections);
        int version = c.nextVersion();
        writeSections(c, version, sections);
        em.createNativeQuery("INSERT INTO consultation_version (consultation_id, draft_version, published_at, "
                + "published_by) VALUES (?1, ?2, ?3, ?4)").setParameter(1, c.getId()).setParameter(2, version)
                .setParameter(3, now()).setParameter(4, viewer.login()).executeUpdate();
        audit.record(viewer.login(), "consultation.version", "consultation:" + c.getId(), "version=" + version);
        notifications.send(commenterLogins(c.getId()), "notification.consultation.version",
                "/consultations/view?id=" + c.getId(), c.getTitle());
        return version;
    }


    public static final String FINAL_NOT_CLOSED = "consultation.final.notClosed";
    public static final String FINAL_PUBLISHED = "consultation.final.published";
    public static final String FINAL_ANSWER_NOT_TAKEN_UP = "consultation.final.answerNotAccepted";
    public static final String FINAL_NONE = "consultation.final.none";

    /** One section of the final text, with the comments whose answers led to it. */
    public record FinalSection(SectionText text, List<Long> ledBy) {
    }

    /** The final version: its number, the consulted version it is compared with, and the changes between them. */
    public record FinalVersion(int version, int consultedVersion, Instant publishedAt, List<Change> changes) {
    }

    /**
     * Publishes the final version of the text: the owning ministry (or partner), only once the consultation is
     * {@code CLOSED}. It ends commenting and new versions for good. Each section may name the comments whose answers
     * (accepted, or partly accepted) led to it; those answers are linked to the new section, so the changes page
     * shows "you said, we did". Members who commented are told.
     *
     * @throws DomainRuleViolation {@value #FINAL_NOT_CLOSED} before the consultation is closed or after it is
     *                             answered; {@value #FINAL_PUBLISHED} when a final version exists already;
     *                             {@value #FINAL_ANSWER_NOT_TAKEN_UP} for a comment of another consultation, without
     *                             an answer, or with an answer that did not take it up; the section rules as for
     *                             any version
     */
    @Transactional
    public FinalVersion publishFinal(long id, List<FinalSection> sections, Viewer viewer) {
        ConsultationRecord c = lockVisible(id, viewer);
        Set<Relation> relations = viewer.relationsTo(c);
        if (c.getFinalVersion().isPresent() && relations.contains(Relation.OWNING_MINISTRY)) {
            throw new DomainRuleViolation(FINAL_PUBLISHED);
        }
        if (relations.contains(Relation.OWNING_MINISTRY) && c.getPhase() != Phase.CLOSED) {
            throw new DomainRuleViolation(FINAL_NOT_CLOSED);
        }
        ConsultationRules.require(relations, Action.PUBLISH_FINAL, c.getPhase());
        List<FinalSection> given = sections == null ? List.of() : sections;
        validateSections(given.stream().map(f -> f == null ? null : f.text()).toList());
        int consulted = consultedVersion(c);
        int version = c.nextVersion();
        List<SectionRecord> written = writeSections(c, version, given.stream().map(FinalSection::text).toList());
        for (int i = 0; i < written.size(); i++) {
            for (Long commentId : given.get(i).ledBy() == null ? List.<Long>of() : given.get(i).ledBy()) {
                linkAnswer(c, commentId, written.get(i).getId());
            }
        }
        em.createNativeQuery("INSERT INTO consultation_version (consultation_id, draft_version, published_at, "
                + "published_by) VALUES (?1, ?2, ?3, ?4)").setParameter(1, c.getId()).setParameter(2, version)
                .setParameter(3, now()).setParameter(4, viewer.login()).executeUpdate();
        c.markFinal(version, consulted, viewer.login(), now());
        audit.record(viewer.login(), "consultation.final", "consultation:" + c.getId(),
                "version=" + version + ",consulted=" + consulted);
        notifications.send(commenterLogins(c.getId()), "notification.consultation.final",
                "/consultations/changes?id=" + c.getId() + "&final=true", c.getTitle());
        return new FinalVersion(version, consulted, now(), changesBetween(c, consulted, version, viewer));
    }

    /** The final version with what changed since the consulted text; {@value #FINAL_NONE} until there is one. */
    public FinalVersion finalVersion(long id, Viewer viewer) {
        ConsultationRecord c = visible(id, viewer);
        int version = c.getFinalVersion().orElseThrow(() -> new DomainRuleViolation(FINAL_NONE));
        int consulted = c.getConsultedVersion() == null ? 1 : c.getConsultedVersion();
        return new FinalVersion(version, consulted, c.getFinalAt(), changesBetween(c, consulted, version, viewer));
    }

    /** The text members commented on: the last version published before commenting closed. */
    private int consultedVersion(ConsultationRecord c) {
        Object found = em.createNativeQuery("SELECT MAX(draft_version) FROM consultation_version WHERE "
                + "consultation_id = ?1 AND published_at <= ?2").setParameter(1, c.getId())
                .setParameter(2, c.getClosedAt() == null ? now() : c.getClosedAt()).getSingleResult();
        return found == null ? c.getCurrentVersion() : ((Number) found).intValue();
    }

    private void linkAnswer(ConsultationRecord c, Long commentId, long sectionId) {
        org.nstac.portal.consultation.infrastructure.CommentRecord comment = commentId == null ? null
                : em.find(org.nstac.portal.consultation.infrastructure.CommentRecord.class, commentId);
        org.nstac.portal.consultation.infrastructure.AnswerRecord answer = comment == null ? null
                : em.find(org.nstac.portal.consultation.infrastructure.AnswerRecord.class, commentId,
                        LockModeType.PESSIMISTIC_WRITE);
        if (comment == null || !comment.getConsultationId().equals(c.getId()) || answer == null
                || !answer.tookItUp()) {
            throw new DomainRuleViolation(FINAL_ANSWER_NOT_TAKEN_UP, commentId == null ? 0L : commentId);
        }
        answer.ledTo(sectionId);
    }

    /** An answered comment that took the comment up (accepted in full or in part): what may have led to a change. */
    public record TakenUp(long commentId, String excerpt, Disposition disposition) implements java.io.Serializable {
    }

    /**
     * The comments of this consultation whose answers took them up, oldest first: what the owner publishing the final
     * version may link to the sections they changed. Only for a viewer who may publish the final version.
     */
    @SuppressWarnings("unchecked")
    public List<TakenUp> takenUp(long id, Viewer viewer) {
        ConsultationRecord c = visible(id, viewer);
        ConsultationRules.require(viewer.relationsTo(c), Action.PUBLISH_FINAL, c.getPhase());
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, c.body, a.disposition FROM consultation_comment c "
                + "JOIN comment_answer a ON a.comment_id = c.id WHERE c.consultation_id = ?1 AND c.withdrawn = FALSE "
                + "AND c.hidden = FALSE AND a.disposition IN ('ACCEPTED', 'PARTLY_ACCEPTED') ORDER BY c.id")
                .setParameter(1, id).getResultList();
        return rows.stream().map(r -> {
            String body = (String) r[1];
            String excerpt = body.length() <= 90 ? body : body.substring(0, 89).stripTrailing() + "\u2026";
            return new TakenUp(((Number) r[0]).longValue(), excerpt, Disposition.valueOf((String) r[2]));
        }).toList();
    }

    /** One published draft version. */
    public record Version(int version, Instant publishedAt) {
    }

    /** What changed in one section from the previous version, and the comments whose answers point at it. */
    public record Change(org.nstac.portal.consultation.text.SectionChange change, List<Long> ledBy) {
    }

    /** The draft versions, oldest first. */
    @SuppressWarnings("unchecked")
    public List<Version> versions(long id, Viewer viewer) {
        ConsultationRecord c = visible(id, viewer);
        List<Object[]> rows = em.createNativeQuery("SELECT draft_version, published_at FROM consultation_version "
                + "WHERE consultation_id = ?1 ORDER BY draft_version").setParameter(1, c.getId()).getResultList();
        return rows.stream().map(r -> new Version(((Number) r[0]).intValue(),
                org.nstac.portal.platform.SqlValues.instant(r[1]))).toList();
    }

    /**
     * Section by section, what version {@code version} changed against the one before, each with the comments whose
     * answer says they led to it ("you said, we did"); only comments this viewer may see are named.
     */
    @SuppressWarnings("unchecked")
    public List<Change> changes(long id, int version, Viewer viewer) {
        ConsultationRecord c = visible(id, viewer);
        if (version < 2 || version > c.getCurrentVersion()) {
            throw new DomainRuleViolation("consultation.version.unknown");
        }
        return changesBetween(c, version - 1, version, viewer);
    }

    @SuppressWarnings("unchecked")
    private List<Change> changesBetween(ConsultationRecord c, int from, int version, Viewer viewer) {
        long id = c.getId();
        List<SectionRecord> before = sections(id, from, viewer);
        List<SectionRecord> after = sections(id, version, viewer);
        var diff = org.nstac.portal.consultation.text.SectionDiff.compare(numbered(before), numbered(after));
        java.util.Map<Integer, List<Long>> ledBy = new java.util.HashMap<>();
        List<Object[]> rows = em.createNativeQuery("SELECT s.number, a.comment_id FROM comment_answer a"
                + " JOIN consultation_section s ON s.id = a.changed_section_id JOIN consultation_comment c"
                + " ON c.id = a.comment_id WHERE s.consultation_id = ?1 AND s.draft_version = ?2"
                + " AND c.hidden = FALSE AND c.withdrawn = FALSE"
                + (viewer.readingRelation(c) == Relation.OWNING_MINISTRY || viewer.readingRelation(c) == Relation.OBSERVER
                        ? " AND c.attribution <> 'INTERNAL'" : "")
                + " ORDER BY a.comment_id").setParameter(1, c.getId()).setParameter(2, version).getResultList();
        for (Object[] row : rows) {
            ledBy.computeIfAbsent(((Number) row[0]).intValue(), n -> new ArrayList<>()).add(((Number) row[1]).longValue());
        }
        return diff.stream().map(ch -> new Change(ch, ledBy.getOrDefault(ch.number(), List.of()))).toList();
    }

    private static List<org.nstac.portal.consultation.text.NumberedSection> numbered(List<SectionRecord> sections) {
        return sections.stream().map(s -> new org.nstac.portal.consultation.text.NumberedSection(s.getNumber(),
                s.getHeading(), s.getBody())).toList();
    }

    /** The scheduled move by dates: a scheduled opening once its time has come, closing after the closing date. */
    @Transactional
    public int moveByDates() {
        int moved = 0;
        Instant now = now();
        for (ConsultationRecord c : em.createQuery("select c from ConsultationRecord c where (c.phase = :open "
                + "and c.closesAt <= :now) or (c.phase = :draft and c.openingScheduled = true and c.opensAt <= :now)",
                ConsultationRecord.class).setParameter("open", Phase.OPEN).setParameter("draft", Phase.DRAFT)
                .setParameter("now", now).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            Phase due = c.phaseDueAt(now);
            if (due != c.getPhase()) {
                moveChecked(c, due, "system");
                moved++;
            }
        }
        return moved;
    }

    /** Consultations whose answers are overdue: closed, past the answers-due date, with comments unanswered. */
    public List<ConsultationRecord> overdue(Viewer viewer) {
        Instant now = now();
        return list(viewer).stream().filter(c -> c.getPhase() == Phase.CLOSED || c.getPhase() == Phase.OPEN)
                .filter(c -> c.getAnswersDueAt().isBefore(now) && viewer.may(Action.TRACK_ANSWERS, c))
                .filter(c -> unansweredCount(c.getId()) > 0)
                .toList();
    }

    /**
     * Whether the answers-due date has passed while answers are still being given ({@code OPEN} or {@code CLOSED}):
     * every comment still unanswered then is an overdue answer.
     */
    public boolean pastAnswersDue(ConsultationRecord c) {
        return (c.getPhase() == Phase.OPEN || c.getPhase() == Phase.CLOSED) && c.getAnswersDueAt().isBefore(now());
    }

    /**
     * How many answers are overdue on this consultation, given its {@link #unanswered} count: that count once the
     * answers-due date has passed, 0 before; empty for those who do not follow the answers (an empty count).
     */
    public Optional<Long> overdueAnswers(ConsultationRecord c, Optional<Long> unanswered) {
        return unanswered.map(n -> pastAnswersDue(c) ? n : 0L);
    }

    /**
     * Once a day (the council's day) per consultation whose answers are overdue, tells the owning organisation's
     * officials and the secretariat. The day is written first (its key is the consultation and the day), so a second
     * run on the same day, on this node or another, tells nobody again.
     *
     * @return how many consultations' officials were told now
     */
    @Transactional
    public int tellOverdue() {
        Instant now = now();
        java.time.LocalDate today = clock.today();
        int told = 0;
        for (ConsultationRecord c : em.createQuery("select c from ConsultationRecord c where c.phase in :phases "
                + "and c.answersDueAt < :now order by c.id", ConsultationRecord.class)
                .setParameter("phases", List.of(Phase.OPEN, Phase.CLOSED)).setParameter("now", now).getResultList()) {
            long unanswered = unansweredCount(c.getId());
            if (unanswered == 0) {
                continue;
            }
            int first = em.createNativeQuery("INSERT IGNORE INTO consultation_overdue_notice (consultation_id, "
                    + "notice_day, unanswered) VALUES (?1, ?2, ?3)").setParameter(1, c.getId())
                    .setParameter(2, today).setParameter(3, unanswered).executeUpdate();
            if (first == 0) {
                continue;
            }
            List<String> recipients = new ArrayList<>(organisations.officialsOf(c.getOrganisationCode()));
            recipients.add(Notifications.ROLE_PREFIX + "secretariat");
            notifications.send(recipients, "notification.consultation.overdue", "/consultations/view?id=" + c.getId(),
                    c.getTitle());
            audit.record("system", "consultation.overdue", "consultation:" + c.getId(), "unanswered=" + unanswered);
            told++;
        }
        return told;
    }

    ConsultationRecord lockVisible(long id, Viewer viewer) {
        ConsultationRecord c = visible(id, viewer);
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(c);
        return c;
    }

    private List<SectionRecord> writeSections(ConsultationRecord c, int version, List<SectionText> sections) {
        int number = 1;
        List<SectionRecord> written = new ArrayList<>();
        for (SectionText s : sections) {
            SectionRecord section = new SectionRecord(c.getId(), version, number++, s.heading().strip(),
                    s.text() == null ? "" : s.text().strip(), checkedNotes(s.contentNotes()));
            em.persist(section);
            written.add(section);
        }
        return written;
    }

    private void validate(Draft draft) {
        InputRules.check(draft);
        new ConsultationDates(draft.opensAt(), draft.closesAt(), draft.answersDueAt());
        checkedNotes(draft.contentNotes());
        validateSections(draft.sections());
    }

    private void validateSections(List<SectionText> sections) {
        if (sections == null || sections.isEmpty()) {
            throw new DomainRuleViolation("consultation.sections.required");
        }
        if (sections.size() > MAX_SECTIONS) {
            throw new DomainRuleViolation("consultation.sections.tooMany", MAX_SECTIONS);
        }
        for (SectionText s : sections) {
            if (s == null) {
                throw new DomainRuleViolation("consultation.section.headingRequired");
            }
            InputRules.check(s);
            checkedNotes(s.contentNotes());
        }
    }

    private List<String> checkedNotes(List<String> notes) {
        if (notes == null || notes.isEmpty()) {
            return List.of();
        }
        Set<String> known = profiles.topicCodes();
        List<String> checked = new ArrayList<>();
        for (String note : notes) {
            if (!known.contains(note)) {
                throw new DomainRuleViolation("consultation.contentNote.unknown");
            }
            if (!checked.contains(note)) {
                checked.add(note);
            }
        }
        return checked;
    }

    /** Logins of members taking part today: paused and withdrawn members are sent nothing. */
    List<String> activeMemberLogins() {
        return memberDirectory.activeLogins(clock.today());
    }

    @SuppressWarnings("unchecked")
    List<String> commenterLogins(long consultationId) {
        List<String> authors = em.createNativeQuery("SELECT DISTINCT author_ref FROM consultation_comment "
                + "WHERE consultation_id = ?1").setParameter(1, consultationId).getResultList();
        return memberDirectory.loginsOf(authors);
    }
}
