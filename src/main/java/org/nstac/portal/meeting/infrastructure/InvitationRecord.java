package org.nstac.portal.meeting.infrastructure;

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
import java.util.Objects;
import org.nstac.portal.meeting.domain.InvitationState;
import org.nstac.portal.shared.MemberRef;
import org.nstac.portal.shared.MemberRefConverter;

/** One member invited to one meeting, by opaque reference; their answer and the support they asked for. */
@Entity
@Table(name = "meeting_invitation")
public class InvitationRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private Long meetingId;

    @Column(name = "member_ref", nullable = false, updatable = false)
    @Convert(converter = MemberRefConverter.class)
    private MemberRef memberRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvitationState state;

    private String needs;

    @Column(name = "invited_at", nullable = false, updatable = false)
    private Instant invitedAt;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Version
    private int version;

    protected InvitationRecord() {
        // for JPA
    }

    public InvitationRecord(Long meetingId, String memberRef, Instant invitedAt) {
        this.meetingId = meetingId;
        this.memberRef = new MemberRef(Objects.requireNonNull(memberRef, "memberRef"));
        this.invitedAt = invitedAt;
        this.state = InvitationState.INVITED;
    }

    /** Moves the invitation on; the caller has checked the move ({@link InvitationState#moveTo}). */
    public void moveTo(InvitationState next, Instant at) {
        this.state = next;
        this.respondedAt = at;
    }

    public void setNeeds(String needs) {
        this.needs = needs;
    }

    public Long getId() {
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public String getMemberRef() {
        return memberRef.value();
    }

    public InvitationState getState() {
        return state;
    }

    public String getNeeds() {
        return needs;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }
}
