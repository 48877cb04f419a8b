package org.nstac.portal.meeting.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.nstac.portal.meeting.domain.MeetingKind;
import org.nstac.portal.meeting.domain.MeetingPay;
import org.nstac.portal.meeting.domain.MeetingState;
import org.nstac.portal.meeting.domain.MeetingTimes;
import org.nstac.portal.meeting.domain.Place;

/** A council meeting as stored: what, when, where, and what it pays. */
@Entity
@Table(name = "meeting")
public class MeetingRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MeetingKind kind;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String agenda;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private boolean online;

    private String venue;

    private String link;

    @Column(nullable = false)
    private String language;

    private String interpretation;

    private Integer capacity;

    @Column(name = "consultation_id")
    private Long consultationId;

    @Column(name = "organisation_code")
    private String organisationCode;

    @Column(name = "meeting_days", nullable = false)
    private BigDecimal meetingDays;

    @Column(name = "preparation_hours", nullable = false)
    private BigDecimal preparationHours;

    @Column(name = "per_diem_days", nullable = false)
    private int perDiemDays;

    @Column(name = "travel_km", nullable = false)
    private BigDecimal travelKm;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingState state;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected MeetingRecord() {
        // for JPA
    }

    @SuppressWarnings("java:S107") // one row: every column is given here
    public MeetingRecord(MeetingKind kind, String title, String agenda, MeetingTimes times, Place place,
            String language, String interpretation, Integer capacity, Long consultationId, String organisationCode,
            MeetingPay pay, String createdBy, Instant createdAt) {
        this.kind = kind;
        this.title = title;
        this.agenda = agenda;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.state = MeetingState.PLANNED;
        update(times, place, language, interpretation, capacity, consultationId, organisationCode, pay);
    }

    /** Moves the meeting or changes where it is and what it pays; the invitations stay. */
    public final void update(MeetingTimes times, Place place, String language, String interpretation,
            Integer capacity, Long consultationId, String organisationCode, MeetingPay pay) {
        this.startsAt = times.start();
        this.endsAt = times.end();
        this.online = place.isOnline();
        this.venue = place instanceof Place.InPerson in ? in.venue() : null;
        this.link = place instanceof Place.Online on ? on.uri().toString() : null;
        this.language = language;
        this.interpretation = interpretation;
        this.capacity = capacity;
        this.consultationId = consultationId;
        this.organisationCode = organisationCode;
        this.meetingDays = pay.meetingDays();
        this.preparationHours = pay.preparationHours();
        this.perDiemDays = pay.perDiemDays();
        this.travelKm = pay.travelKm();
    }

    /** Calls the meeting off; only a planned meeting can be ({@link MeetingState#moveTo}). */
    public void cancel() {
        this.state = state.moveTo(MeetingState.CANCELLED);
    }

    public MeetingTimes times() {
        return new MeetingTimes(startsAt, endsAt);
    }

    public Place place() {
        return Place.of(online, online ? link : venue);
    }

    public MeetingPay pay() {
        return new MeetingPay(meetingDays, preparationHours, perDiemDays, travelKm);
    }

    public Long getId() {
        return id;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getAgenda() {
        return agenda;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public boolean isOnline() {
        return online;
    }

    public String getVenue() {
        return venue;
    }

    public String getLink() {
        return link;
    }

    public String getLanguage() {
        return language;
    }

    public String getInterpretation() {
        return interpretation;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public MeetingState getState() {
        return state;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
