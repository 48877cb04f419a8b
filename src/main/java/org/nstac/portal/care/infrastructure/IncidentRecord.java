package org.nstac.portal.care.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.nstac.portal.care.domain.IncidentAction;
import org.nstac.portal.care.domain.IncidentEntry;
import org.nstac.portal.care.domain.IncidentKind;
import org.nstac.portal.shared.MemberRef;
import org.nstac.portal.shared.MemberRefConverter;

/**
 * One entry of the incident log, by opaque member reference if any. What it holds is always a valid
 * {@link IncidentEntry}: it is written and changed only through one.
 */
@Entity
@Table(name = "incident")
public class IncidentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncidentKind kind;

    @Column(nullable = false)
    private String actions;

    @Column(name = "action_note")
    private String note;

    @Column(name = "follow_up_on")
    private LocalDate followUpOn;

    @Column(name = "follow_up_done", nullable = false)
    private boolean followUpDone;

    @Column(name = "follow_up_done_at")
    private Instant followUpDoneAt;

    @Column(name = "follow_up_done_by")
    private String followUpDoneBy;

    @Column(name = "member_ref")
    @Convert(converter = MemberRefConverter.class)
    private MemberRef memberRef;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private int version;

    protected IncidentRecord() {
    }

    public IncidentRecord(IncidentEntry entry, String recordedBy, Instant recordedAt) {
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        apply(entry, recordedBy, recordedAt);
    }

    /** Replaces what the entry says; a follow-up newly marked done keeps who marked it and when. */
    public void change(IncidentEntry entry, String by, Instant at) {
        apply(entry, by, at);
        updatedBy = by;
        updatedAt = at;
    }

    private void apply(IncidentEntry entry, String by, Instant at) {
        occurredOn = entry.occurredOn();
        kind = entry.kind();
        actions = entry.actionsText();
        note = entry.note();
        followUpOn = entry.followUpOn();
        if (entry.followUpDone() && !followUpDone) {
            followUpDoneAt = at;
            followUpDoneBy = by;
        } else if (!entry.followUpDone()) {
            followUpDoneAt = null;
            followUpDoneBy = null;
        }
        followUpDone = entry.followUpDone();
        memberRef = entry.memberRef() == null ? null : new MemberRef(entry.memberRef());
    }

    /** What the entry says, as the domain sees it. */
    public IncidentEntry entry() {
        return new IncidentEntry(occurredOn, kind, getActions(), note, followUpOn, followUpDone, getMemberRef());
    }

    public Long getId() {
        return id;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public IncidentKind getKind() {
        return kind;
    }

    /** The actions in the list's order. */
    public Set<IncidentAction> getActions() {
        return Arrays.stream(actions.split(",")).map(String::strip).filter(a -> !a.isEmpty())
                .map(IncidentAction::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(IncidentAction.class)));
    }

    public String getNote() {
        return note;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public boolean isFollowUpDone() {
        return followUpDone;
    }

    public Instant getFollowUpDoneAt() {
        return followUpDoneAt;
    }

    public String getFollowUpDoneBy() {
        return followUpDoneBy;
    }

    public String getMemberRef() {
        return memberRef == null ? null : memberRef.value();
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
