package org.nstac.portal.meeting.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.nstac.portal.meeting.application.MeetingPlanning;
import org.nstac.portal.meeting.infrastructure.MeetingRecord;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The meeting page's changes: moving the meeting or changing its place or capacity (what it pays stays as promised;
 * invitees are told), and calling it off, ticking the members who had set out or prepared so they are still paid.
 */
@Named
@ViewScoped
public class MeetingChangeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingPage page;

    @Inject
    MeetingPlanning planning;

    @Inject
    FacesMessages messages;

    private LocalDateTime newStart;
    private LocalDateTime newEnd;
    private String newPlace;
    private Integer newCapacity;
    private List<String> travelled = new ArrayList<>();
    private List<String> prepared = new ArrayList<>();

    @PostConstruct
    void fill() {
        if (!page.isMissing() && page.getId() != null) {
            fill(page.getMeeting());
        }
    }

    private void fill(MeetingRecord m) {
        newStart = LocalDateTime.ofInstant(m.getStartsAt(), CouncilClock.ZONE);
        newEnd = LocalDateTime.ofInstant(m.getEndsAt(), CouncilClock.ZONE);
        newPlace = m.isOnline() ? m.getLink() : m.getVenue();
        newCapacity = m.getCapacity();
    }

    /** Moves the meeting or changes its place or capacity; what it pays stays as promised. Invitees are told. */
    public void reschedule() {
        try {
            MeetingRecord m = page.getMeeting();
            MeetingRecord changed = planning.update(page.getId(), new MeetingPlanning.Draft(m.getKind().name(),
                    m.getTitle(), m.getAgenda(), newStart == null ? null : newStart.atZone(CouncilClock.ZONE).toInstant(),
                    newEnd == null ? null : newEnd.atZone(CouncilClock.ZONE).toInstant(), m.isOnline(), newPlace,
                    m.getLanguage(), m.getInterpretation(), newCapacity, m.getConsultationId(),
                    m.getOrganisationCode(), m.pay().meetingDays().toPlainString(),
                    m.pay().preparationHours().toPlainString(), m.pay().perDiemDays(),
                    m.pay().travelKm().toPlainString()));
            fill(changed);
            messages.info("meeting.change.done");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        page.changed();
    }

    private boolean confirmingCancel;

    /** Shows the confirmation step before cancelling; nothing changes until it is confirmed. */
    public void askCancel() {
        confirmingCancel = true;
    }

    public boolean isConfirmingCancel() {
        return confirmingCancel;
    }

    /** "No, go back": the meeting stays as it is. */
    public void keep() {
        confirmingCancel = false;
    }

    public void cancel() {
        confirmingCancel = false;
        try {
            planning.cancel(page.getId(), travelled, prepared);
            messages.info("meeting.cancelledDone");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        page.changed();
    }

    public LocalDateTime getNewStart() {
        return newStart;
    }

    public void setNewStart(LocalDateTime newStart) {
        this.newStart = newStart;
    }

    public LocalDateTime getNewEnd() {
        return newEnd;
    }

    public void setNewEnd(LocalDateTime newEnd) {
        this.newEnd = newEnd;
    }

    public String getNewPlace() {
        return newPlace;
    }

    public void setNewPlace(String newPlace) {
        this.newPlace = newPlace;
    }

    public Integer getNewCapacity() {
        return newCapacity;
    }

    public void setNewCapacity(Integer newCapacity) {
        this.newCapacity = newCapacity;
    }

    public List<String> getTravelled() {
        return travelled;
    }

    public void setTravelled(List<String> travelled) {
        this.travelled = travelled == null ? new ArrayList<>() : new ArrayList<>(travelled);
    }

    public List<String> getPrepared() {
        return prepared;
    }

    public void setPrepared(List<String> prepared) {
        this.prepared = prepared == null ? new ArrayList<>() : new ArrayList<>(prepared);
    }
}
