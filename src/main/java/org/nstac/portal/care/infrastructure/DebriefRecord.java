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
import java.util.Objects;
import java.util.Optional;
import org.nstac.portal.care.domain.DebriefState;
import org.nstac.portal.shared.MemberRef;
import org.nstac.portal.shared.MemberRefConverter;

/** A debrief offered to one member (by opaque reference) after a sensitive meeting or task, and their answer. */
@Entity
@Table(name = "debrief")
public class DebriefRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_ref", nullable = false, updatable = false)
    @Convert(converter = MemberRefConverter.class)
    private MemberRef memberRef;

    /** {@code MEETING} or {@code TASK}. */
    @Column(nullable = false, updatable = false)
    private String about;

    @Column(name = "ref_id", nullable = false, updatable = false)
    private long refId;

    @Column(nullable = false, updatable = false)
    private String title;

    /** The support person's login; {@code null}: the secretariat's support duty. */
    @Column(name = "support_login", updatable = false)
    private String supportLogin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DebriefState state;

    @Column(name = "offered_at", nullable = false, updatable = false)
    private Instant offeredAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private int version;

    protected DebriefRecord() {
        // for JPA
    }

    public DebriefRecord(String memberRef, String about, long refId, String title, String supportLogin,
            Instant offeredAt) {
        this.memberRef = new MemberRef(Objects.requireNonNull(memberRef, "memberRef"));
        this.about = Objects.requireNonNull(about, "about");
        this.refId = refId;
        this.title = title == null ? "" : title.length() > 300 ? title.substring(0, 300) : title;
        this.supportLogin = supportLogin;
        this.state = DebriefState.OFFERED;
        this.offeredAt = Objects.requireNonNull(offeredAt, "offeredAt");
    }

    /** The member's answer; no reason is kept because none is asked. */
    public void decide(boolean accept, Instant at) {
        state = state.moveTo(accept ? DebriefState.ACCEPTED : DebriefState.DECLINED);
        decidedAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public String getMemberRef() {
        return memberRef == null ? null : memberRef.value();
    }

    public String getAbout() {
        return about;
    }

    public long getRefId() {
        return refId;
    }

    public String getTitle() {
        return title;
    }

    public Optional<String> supportLogin() {
        return Optional.ofNullable(supportLogin);
    }

    public DebriefState getState() {
        return state;
    }

    public Instant getOfferedAt() {
        return offeredAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
