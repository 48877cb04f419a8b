package org.nstac.portal.consent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
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

/**
 * A member's consent for one event (a task or a meeting), given by accepting it: what was allowed, the wording shown,
 * when; withdrawn at most once. Accepting the same event again (after declining) gives it afresh.
 */
@Entity
@Table(name = "event_consent")
public class EventConsent {

    /** What the event is: the feature's piece of work. */
    public enum About {
        TASK,
        MEETING
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Convert(converter = MemberRefConverter.class)
    @Column(name = "member_ref", nullable = false, updatable = false, length = 32)
    private MemberRef memberRef;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private About about;

    @Column(name = "ref_id", nullable = false, updatable = false)
    private long refId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "event_on", nullable = false)
    private LocalDate eventOn;

    @Column(nullable = false)
    private boolean appearance;

    @Column(nullable = false)
    private boolean photographs;

    @Column(nullable = false)
    private boolean recording;

    @Column(name = "wording_en", nullable = false, length = 1000)
    private String wordingEn;

    @Column(name = "wording_sr", nullable = false, length = 1000)
    private String wordingSr;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private long version;

    protected EventConsent() {
        // for JPA
    }

    public EventConsent(String memberRef, About about, long refId) {
        this.memberRef = new MemberRef(Objects.requireNonNull(memberRef, "memberRef"));
        this.about = Objects.requireNonNull(about, "about");
        this.refId = refId;
    }

    /** Given (again) by accepting the event, with what it allows as the member was told it. */
    public void give(String title, LocalDate eventOn, EventConsentScope scope, String wordingEn, String wordingSr,
            Instant at) {
        if (!scope.required()) {
            throw new IllegalArgumentException("nothing to consent to");
        }
        this.title = Objects.requireNonNull(title, "title");
        this.eventOn = Objects.requireNonNull(eventOn, "eventOn");
        this.appearance = scope.appearance();
        this.photographs = scope.photographs();
        this.recording = scope.recording();
        this.wordingEn = Objects.requireNonNull(wordingEn, "wordingEn");
        this.wordingSr = Objects.requireNonNull(wordingSr, "wordingSr");
        this.givenAt = Objects.requireNonNull(at, "at");
        this.withdrawnAt = null;
    }

    /** @throws org.nstac.portal.shared.DomainRuleViolation on or after the event's day, or when withdrawn already */
    public void withdraw(LocalDate today, Instant at) {
        EventConsentScope.requireMayWithdraw(eventOn, withdrawnAt != null, today);
        this.withdrawnAt = at;
    }

    /** Whether the member may still take it back today. */
    public boolean withdrawableOn(LocalDate today) {
        return withdrawnAt == null && today.isBefore(eventOn);
    }

    public EventConsentScope scope() {
        return new EventConsentScope(appearance, photographs, recording);
    }

    public Long getId() {
        return id;
    }

    public String getMemberRef() {
        return memberRef.value();
    }

    public About getAbout() {
        return about;
    }

    public long getRefId() {
        return refId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getEventOn() {
        return eventOn;
    }

    public boolean isAppearance() {
        return appearance;
    }

    public boolean isPhotographs() {
        return photographs;
    }

    public boolean isRecording() {
        return recording;
    }

    public String getWordingEn() {
        return wordingEn;
    }

    public String getWordingSr() {
        return wordingSr;
    }

    /** The wording in the reader's language (Serbian for {@code sr}, else English). */
    public String wordingIn(java.util.Locale locale) {
        return locale != null && "sr".equals(locale.getLanguage()) ? wordingSr : wordingEn;
    }

    public Instant getGivenAt() {
        return givenAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }
}
