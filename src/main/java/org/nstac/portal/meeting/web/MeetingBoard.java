package org.nstac.portal.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.nstac.portal.consultation.application.Consultations;
import org.nstac.portal.consultation.application.Viewers;
import org.nstac.portal.meeting.application.MeetingPlanning;
import org.nstac.portal.meeting.domain.MeetingKind;
import org.nstac.portal.meeting.infrastructure.MeetingRecord;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.platform.LanguageBean;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The secretariat's meetings: the list (read once per view and after creating one, never per expression), and a new
 * meeting with what it pays.
 */
@Named
@ViewScoped
public class MeetingBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingPlanning planning;

    @Inject
    FacesMessages messages;

    @Inject
    Consultations consultations;

    @Inject
    Viewers viewers;

    @Inject
    LanguageBean language;

    private String kind = MeetingKind.PLENARY.name();
    private String title;
    private String agenda;
    private LocalDateTime start;
    private LocalDateTime end;
    private boolean online;
    private String venueOrLink;
    private String meetingLanguage = "sr-Latn";
    private String interpretation;
    private String organisationCode;
    private Integer capacity;
    private Long consultationId;
    private String meetingDays = "1";
    private String preparationHours = "2";
    private Integer perDiemDays = 1;
    private String travelKm = "0";
    private transient List<MeetingRecord> meetings;
    private transient List<Consultations.Summary> linkable;

    @Inject
    CouncilClock clock;

    /** Which meetings the list shows: "upcoming" (not yet ended, soonest first; the default) or "past" (latest first). */
    private String show = "upcoming";
    private String page;
    private transient org.nstac.portal.platform.Paged<MeetingRecord> paged;

    public List<MeetingRecord> getMeetings() {
        if (meetings == null) {
            meetings = planning.all();
        }
        return meetings;
    }

    /** The page of upcoming or past meetings the address asks for ({@code ?show=past&page=2}). */
    public org.nstac.portal.platform.Paged<MeetingRecord> getPaged() {
        if (paged == null) {
            java.time.Instant now = clock.now();
            boolean past = isPast();
            java.util.Comparator<MeetingRecord> byStart = java.util.Comparator.comparing(MeetingRecord::getStartsAt);
            paged = org.nstac.portal.platform.Paged.of(getMeetings().stream()
                    .filter(m -> past == !m.getEndsAt().isAfter(now))
                    .sorted(past ? byStart.reversed() : byStart)
                    .toList(), page);
        }
        return paged;
    }

    public boolean isPast() {
        return "past".equals(show);
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = "past".equals(show) ? "past" : "upcoming";
        paged = null;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
        paged = null;
    }

    public List<String> getKinds() {
        return Arrays.stream(MeetingKind.values()).map(Enum::name).toList();
    }

    public String create() {
        try {
            MeetingRecord m = planning.create(new MeetingPlanning.Draft(kind, title, agenda,
                    start == null ? null : start.atZone(CouncilClock.ZONE).toInstant(),
                    end == null ? null : end.atZone(CouncilClock.ZONE).toInstant(), online, venueOrLink,
                    meetingLanguage, interpretation, capacity, consultationId, organisationCode, meetingDays,
                    preparationHours, perDiemDays, travelKm));
            return "/secretariat/meeting?faces-redirect=true&id=" + m.getId();
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
            meetings = null;
            return null;
        }
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public void setEnd(LocalDateTime end) {
        this.end = end;
    }

    public boolean isOnline() {
        return online;
    }

    public void setOnline(boolean online) {
        this.online = online;
    }

    public String getVenueOrLink() {
        return venueOrLink;
    }

    public void setVenueOrLink(String venueOrLink) {
        this.venueOrLink = venueOrLink;
    }

    /** Consultations a meeting may be linked to (a hearing on a draft law, say). */
    public List<Consultations.Summary> getConsultations() {
        if (linkable == null) {
            linkable = consultations.summaries(viewers.current(language.getLocale()));
        }
        return linkable;
    }

    public String getLanguage() {
        return meetingLanguage;
    }

    public void setLanguage(String language) {
        this.meetingLanguage = language;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public void setConsultationId(Long consultationId) {
        this.consultationId = consultationId;
    }

    public String getInterpretation() {
        return interpretation;
    }

    public void setInterpretation(String interpretation) {
        this.interpretation = interpretation;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public void setOrganisationCode(String organisationCode) {
        this.organisationCode = organisationCode;
    }

    public String getMeetingDays() {
        return meetingDays;
    }

    public void setMeetingDays(String meetingDays) {
        this.meetingDays = meetingDays;
    }

    public String getPreparationHours() {
        return preparationHours;
    }

    public void setPreparationHours(String preparationHours) {
        this.preparationHours = preparationHours;
    }

    public Integer getPerDiemDays() {
        return perDiemDays;
    }

    public void setPerDiemDays(Integer perDiemDays) {
        this.perDiemDays = perDiemDays;
    }

    public String getTravelKm() {
        return travelKm;
    }

    public void setTravelKm(String travelKm) {
        this.travelKm = travelKm;
    }
}
