package org.nstac.portal.learning.domain;

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
import java.util.Objects;
import org.nstac.portal.shared.MemberRef;
import org.nstac.portal.shared.MemberRefConverter;

/** An opportunity offered to one member, by reference; its state moves only as {@link LearningOfferState} allows. */
@Entity
@Table(name = "learning_offer")
public class LearningOffer implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "opportunity_id", nullable = false, updatable = false)
    private long opportunityId;

    @Column(name = "member_ref", nullable = false, updatable = false, length = 32)
    @Convert(converter = MemberRefConverter.class)
    private MemberRef memberRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LearningOfferState state;

    @Column(name = "offered_at", nullable = false, updatable = false)
    private Instant offeredAt;

    @Column(name = "offered_by", nullable = false, updatable = false, length = 60)
    private String offeredBy;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "role_agreed", nullable = false)
    private boolean roleAgreed;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by", length = 60)
    private String completedBy;

    @Column(name = "role_added", length = 30)
    private String roleAdded;

    @Version
    private int version;

    protected LearningOffer() {
        // for JPA
    }

    public LearningOffer(long opportunityId, String memberRef, Instant at, String by) {
        this.opportunityId = opportunityId;
        this.memberRef = new MemberRef(Objects.requireNonNull(memberRef, "memberRef"));
        this.state = LearningOfferState.OFFERED;
        this.offeredAt = Objects.requireNonNull(at, "at");
        this.offeredBy = Objects.requireNonNull(by, "by");
    }

    /** The member accepts; {@code addRole}: they agree that completing it adds the role it prepares for. */
    public void accept(boolean addRole, Instant at) {
        state = state.moveTo(LearningOfferState.ACCEPTED);
        roleAgreed = addRole;
        respondedAt = at;
    }

    /** The member declines, without a reason. */
    public void decline(Instant at) {
        state = state.moveTo(LearningOfferState.DECLINED);
        respondedAt = at;
    }

    /** The secretariat records that the member completed it on a day, and the role it added, if any. */
    public void complete(LocalDate on, String roleAdded, Instant at, String by) {
        state = state.moveTo(LearningOfferState.COMPLETED);
        this.completedOn = Objects.requireNonNull(on, "on");
        this.roleAdded = roleAdded;
        this.completedAt = at;
        this.completedBy = by;
    }

    public Long getId() {
        return id;
    }

    public long getOpportunityId() {
        return opportunityId;
    }

    public String getMemberRef() {
        return memberRef.value();
    }

    public LearningOfferState getState() {
        return state;
    }

    public Instant getOfferedAt() {
        return offeredAt;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public boolean isRoleAgreed() {
        return roleAgreed;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getRoleAdded() {
        return roleAdded;
    }
}
