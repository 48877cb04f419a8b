package org.nstac.portal.consultation.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.nstac.portal.consultation.domain.Phase;

/** A consultation as stored: the owning organisation, the texts about it, its dates and its phase. */
@Entity
@Table(name = "consultation")
public class ConsultationRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_code", nullable = false, updatable = false)
    private String organisationCode;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String summary;

    @Column(name = "policy_area", nullable = false)
    private String policyArea = "";

    @Column(name = "content_notes", nullable = false)
    private String contentNotes = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Phase phase = Phase.DRAFT;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "answers_due_at", nullable = false)
    private Instant answersDueAt;

    @Column(name = "current_version", nullable = false)
    private int currentVersion = 1;

    @Column(name = "opening_scheduled", nullable = false)
    private boolean openingScheduled;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "paid_preparation_hours", nullable = false)
    private java.math.BigDecimal paidPreparationHours = new java.math.BigDecimal("3.0");

    @Column(name = "drafting_hours", nullable = false)
    private java.math.BigDecimal draftingHours = new java.math.BigDecimal("6.0");

    @Column(name = "ministry_pays", nullable = false)
    private boolean ministryPays;

    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "declined_at")
    private Instant declinedAt;

    @Column(name = "outcome")
    private String outcome;

    @Column(name = "outcome_note")
    private String outcomeNote;

    @Column(name = "outcome_link")
    private String outcomeLink;

    @Column(name = "outcome_at")
    private Instant outcomeAt;

    @Column(name = "outcome_by")
    private String outcomeBy;

    @Column(name = "final_version")
    private Integer finalVersion;

    @Column(name = "consulted_version")
    private Integer consultedVersion;

    @Column(name = "final_at")
    private Instant finalAt;

    @Column(name = "final_by")
    private String finalBy;

    @Version
    private int version;

    protected ConsultationRecord() {
        // for JPA
    }

    public ConsultationRecord(String organisationCode, String title, String summary, String policyArea,
            List<String> contentNotes, Instant opensAt, Instant closesAt, Instant answersDueAt, String createdBy,
            Instant createdAt) {
        this(organisationCode, title, summary, policyArea, contentNotes, opensAt, closesAt, answersDueAt, createdBy,
                createdAt, Phase.DRAFT);
    }

    /**
     * A new consultation in its starting phase: {@code DRAFT} for a ministry's, {@code REQUESTED} for a partner's
     * request for advice.
     */
    public ConsultationRecord(String organisationCode, String title, String summary, String policyArea,
            List<String> contentNotes, Instant opensAt, Instant closesAt, Instant answersDueAt, String createdBy,
            Instant createdAt, Phase start) {
        if (start != Phase.DRAFT && start != Phase.REQUESTED) {
            throw new IllegalArgumentException("A consultation starts as a draft or a request: " + start);
        }
        this.phase = start;
        this.organisationCode = organisationCode;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        describe(title, summary, policyArea, contentNotes, opensAt, closesAt, answersDueAt);
    }

    public final void describe(String title, String summary, String policyArea, List<String> contentNotes,
            Instant opensAt, Instant closesAt, Instant answersDueAt) {
        this.title = title;
        this.summary = summary;
        this.policyArea = policyArea == null ? "" : policyArea;
        this.contentNotes = String.join(",", contentNotes == null ? List.of() : contentNotes);
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.answersDueAt = answersDueAt;
    }

    /** Records the move to {@code next} and when it happened. */
    public void moveTo(Phase next, Instant at) {
        this.phase = next;
        switch (next) {
            case OPEN -> openedAt = at;
            case CLOSED -> closedAt = at;
            case ANSWERED -> answeredAt = at;
            case REPORT_PUBLISHED -> publishedAt = at;
            case DECLINED -> declinedAt = at;
            default -> { }
        }
    }

    /** Records the secretariat's refusal of a request for advice, with the reason the partner reads. */
    public void decline(String reason, Instant at) {
        moveTo(Phase.DECLINED, at);
        this.declineReason = reason;
    }

    /** Why the secretariat declined this request; empty for anything else. */
    public java.util.Optional<String> getDeclineReason() {
        return java.util.Optional.ofNullable(declineReason);
    }

    /** {@link #getDeclineReason()} for pages: the reason, or {@code null} (EL does not read an Optional's value). */
    public String getDeclineReasonText() {
        return declineReason;
    }

    /** {@link #getOutcome()} for pages: the outcome's name, or {@code null}. */
    public String getOutcomeName() {
        return outcome;
    }

    /** Records (or corrects) what became of the law after the report. */
    public void recordOutcome(String outcome, String note, String link, String by, Instant at) {
        this.outcome = outcome;
        this.outcomeNote = note;
        this.outcomeLink = link;
        this.outcomeBy = by;
        this.outcomeAt = at;
    }

    /** The recorded outcome's name (ADOPTED, AMENDED, WITHDRAWN, PENDING); empty until the owner records it. */
    public java.util.Optional<String> getOutcome() {
        return java.util.Optional.ofNullable(outcome);
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public String getOutcomeLink() {
        return outcomeLink;
    }

    public Instant getOutcomeAt() {
        return outcomeAt;
    }

    /** Whether the ministry asked the draft to open by itself at its opening time. */
    public void scheduleOpening(boolean scheduled) {
        this.openingScheduled = scheduled;
    }

    public boolean isOpeningScheduled() {
        return openingScheduled;
    }

    /** The phase the dates call for now (a scheduled opening, a closing); see {@link ConsultationDates}. */
    public Phase phaseDueAt(Instant now) {
        return new org.nstac.portal.consultation.domain.ConsultationDates(opensAt, closesAt, answersDueAt)
                .phaseDueAt(now, phase, openingScheduled);
    }

    /**
     * Records that {@code version} (just written) is the final text, compared with {@code consulted} (the text
     * members commented on). From then on no version follows it.
     */
    public void markFinal(int version, int consulted, String by, Instant at) {
        this.finalVersion = version;
        this.consultedVersion = consulted;
        this.finalBy = by;
        this.finalAt = at;
    }

    /** The final version's number; empty until the owner publishes it. */
    public java.util.Optional<Integer> getFinalVersion() {
        return java.util.Optional.ofNullable(finalVersion);
    }

    /** {@link #getFinalVersion()} for pages: the number, or {@code null}. */
    public Integer getFinalVersionNumber() {
        return finalVersion;
    }

    /** The version members commented on, which the final version is compared with; null before the final version. */
    public Integer getConsultedVersion() {
        return consultedVersion;
    }

    public Instant getFinalAt() {
        return finalAt;
    }

    public int nextVersion() {
        return ++currentVersion;
    }

    public Long getId() {
        return id;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getPolicyArea() {
        return policyArea;
    }

    public List<String> getContentNotes() {
        return contentNotes.isEmpty() ? List.of() : Arrays.asList(contentNotes.split(","));
    }

    public Phase getPhase() {
        return phase;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public Instant getAnswersDueAt() {
        return answersDueAt;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    /** What the consultation pays for the council's work on it. */
    public org.nstac.portal.consultation.domain.ConsultationPay getPay() {
        return new org.nstac.portal.consultation.domain.ConsultationPay(paidPreparationHours, draftingHours,
                ministryPays);
    }

    public void pay(org.nstac.portal.consultation.domain.ConsultationPay pay) {
        this.paidPreparationHours = pay.preparationHours();
        this.draftingHours = pay.draftingHours();
        this.ministryPays = pay.ministryPays();
    }
}
