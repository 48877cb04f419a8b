package org.nstac.portal.meeting.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.nstac.portal.meeting.application.Minutes;
import org.nstac.portal.meeting.domain.MinutesPart;
import org.nstac.portal.meeting.domain.MinutesState;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The meeting page's minutes: the text for the council and the part for the ministry (filled from the saved draft when
 * the page opens), sharing with the attendees until a deadline, publishing, and the corrections proposed. Read once
 * per view and after each action on the page.
 */
@Named
@ViewScoped
public class MeetingMinutesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingPage page;

    @Inject
    Minutes minutes;

    @Inject
    FacesMessages messages;

    private String minutesText;
    private String ministryText;
    private LocalDateTime correctionsUntil;
    private long readAt = -1;
    private transient Minutes.View view;
    private transient List<Object[]> corrections;

    @PostConstruct
    void fill() {
        if (page.isMissing() || page.getId() == null) {
            return;
        }
        List<String> common = new ArrayList<>();
        List<String> forMinistry = new ArrayList<>();
        for (MinutesPart p : getView().parts()) {
            (p.forMinistry() ? forMinistry : common).add(p.text());
        }
        minutesText = common.isEmpty() ? null : String.join("\n\n", common);
        ministryText = forMinistry.isEmpty() ? null : String.join("\n\n", forMinistry);
    }

    private void fresh() {
        if (readAt != page.version()) {
            view = null;
            corrections = null;
            readAt = page.version();
        }
    }

    /** The minutes as the secretariat reads them: the state, the deadline, every part. */
    public Minutes.View getView() {
        fresh();
        if (view == null) {
            view = minutes.read(page.getId());
        }
        return view;
    }

    public MinutesState getState() {
        return getView().state();
    }

    /** The corrections proposed: member reference and text, oldest first. */
    public List<Object[]> getCorrections() {
        fresh();
        if (corrections == null) {
            corrections = minutes.correctionsOf(page.getId());
            page.knowNames(corrections.stream().map(c -> (String) c[0]).toList());
        }
        return corrections;
    }

    public void save() {
        try {
            List<MinutesPart> parts = new ArrayList<>();
            if (minutesText != null && !minutesText.isBlank()) {
                parts.add(new MinutesPart(minutesText.strip(), false));
            }
            if (ministryText != null && !ministryText.isBlank()) {
                parts.add(new MinutesPart(ministryText.strip(), true));
            }
            minutes.draft(page.getId(), parts);
            messages.info("meeting.minutes.saved");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        page.changed();
    }

    public void share() {
        try {
            minutes.share(page.getId(), correctionsUntil == null ? null
                    : correctionsUntil.atZone(CouncilClock.ZONE).toInstant());
            messages.info("meeting.minutes.sharedDone");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        page.changed();
    }

    public void publish() {
        try {
            minutes.publish(page.getId());
            messages.info("meeting.minutes.publishedDone");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        page.changed();
    }

    public String getMinutesText() {
        return minutesText;
    }

    public void setMinutesText(String v) {
        this.minutesText = v;
    }

    public String getMinistryText() {
        return ministryText;
    }

    public void setMinistryText(String v) {
        this.ministryText = v;
    }

    public LocalDateTime getCorrectionsUntil() {
        return correctionsUntil;
    }

    public void setCorrectionsUntil(LocalDateTime v) {
        this.correctionsUntil = v;
    }
}
