package org.nstac.portal.member.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A council member as the portal knows them: an opaque reference, a pseudonym, a login handle and the admission
 * attestations. Nothing here identifies the person: the legal name and contacts are in the identity vault, keyed by
 * {@link #getRef()}.
 */
@Entity
@Table(name = "member")
public class Member {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] REF_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 32)
    private String ref;

    @Column(nullable = false, unique = true, length = 60)
    private String pseudonym;

    @Column(nullable = false, unique = true, length = 60)
    private String login;

    @Column(name = "keycloak_id", length = 64)
    private String keycloakId;

    @Column(name = "preferred_language", nullable = false, length = 10)
    private String preferredLanguage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Participation.Status status;

    @Column(name = "paused_until")
    private LocalDate pausedUntil;

    @Column(name = "former_number")
    private Integer formerNumber;

    @Column(name = "adult_attested", nullable = false)
    private boolean adultAttested;

    @Column(name = "years_since_exploitation", nullable = false)
    private int yearsSinceExploitation;


    @Column(name = "readiness_date", nullable = false)
    private LocalDate readinessDate;

    @Column(name = "readiness_organisation", nullable = false, length = 200)
    private String readinessOrganisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "readiness_outcome", nullable = false, length = 10)
    private ReadinessAssessment.Outcome readinessOutcome;

    @Column(name = "admitted_at", nullable = false, updatable = false)
    private Instant admittedAt;

    @Column(name = "admitted_by", nullable = false, updatable = false, length = 60)
    private String admittedBy;

    @Version
    private int version;

    protected Member() {
        // for JPA
    }

    /** An admitted member. The rules on pseudonym, eligibility and readiness are checked before this is built. */
    public Member(Pseudonym pseudonym, String login, String preferredLanguage, EligibilityAttestation eligibility,
            ReadinessAssessment readiness, Instant admittedAt, String admittedBy) {
        this.ref = newRef();
        this.pseudonym = pseudonym.value();
        this.login = Objects.requireNonNull(login, "login");
        this.preferredLanguage = Objects.requireNonNull(preferredLanguage, "preferredLanguage");
        apply(Participation.active());
        this.adultAttested = eligibility.adult();
        this.yearsSinceExploitation = eligibility.yearsSinceExploitation();
        this.readinessDate = readiness.date();
        this.readinessOrganisation = readiness.organisation();
        this.readinessOutcome = readiness.outcome();
        this.admittedAt = admittedAt;
        this.admittedBy = admittedBy;
    }

    /** The member's Keycloak account, once Keycloak has created it. */
    public void linkAccount(String keycloakAccountId) {
        this.keycloakId = keycloakAccountId;
    }

    /** Steps back until a date (or until further notice when null); no reason is asked. */
    public void pause(LocalDate until, LocalDate today) {
        apply(participation().pause(until, today));
    }

    public void resume() {
        apply(participation().resume());
    }

    /**
     * Full withdrawal: from now on the member is "Former member N" everywhere, under the same opaque reference, so
     * the council's records (comments, payments) stay coherent. Withdrawing twice changes nothing.
     */
    public void withdraw(int number) {
        if (status == Participation.Status.WITHDRAWN) {
            return;
        }
        apply(participation().withdraw());
        this.formerNumber = number;
        this.pseudonym = Pseudonym.formerMember(number).value();
        this.login = "former-" + number;
    }

    /** The Keycloak account is gone; only then is the link forgotten (a retry still knows what to delete). */
    public void accountDeleted() {
        this.keycloakId = null;
    }

    /** The rules of stepping back and coming back live in {@link Participation}; this row only stores its state. */
    public Participation participation() {
        return new Participation(status, pausedUntil);
    }

    private void apply(Participation next) {
        this.status = next.status();
        this.pausedUntil = next.pausedUntil();
    }

    private static String newRef() {
        StringBuilder sb = new StringBuilder("m-");
        for (int i = 0; i < 14; i++) {
            sb.append(REF_ALPHABET[RANDOM.nextInt(REF_ALPHABET.length)]);
        }
        return sb.toString();
    }

    public Long getId() {
        return id;
    }

    public String getRef() {
        return ref;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public String getLogin() {
        return login;
    }

    public int getYearsSinceExploitation() {
        return yearsSinceExploitation;
    }

    public String getKeycloakId() {
        return keycloakId;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public Participation.Status getStatus() {
        return status;
    }

    public LocalDate getPausedUntil() {
        return pausedUntil;
    }

    public Integer getFormerNumber() {
        return formerNumber;
    }

    public Instant getAdmittedAt() {
        return admittedAt;
    }
}
