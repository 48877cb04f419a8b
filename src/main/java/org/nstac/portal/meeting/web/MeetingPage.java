package org.nstac.portal.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nstac.portal.meeting.application.Invitations;
import org.nstac.portal.meeting.application.MeetingViews;
import org.nstac.portal.meeting.infrastructure.MeetingRecord;
import org.nstac.portal.platform.LanguageBean;
import org.nstac.portal.shared.MemberDirectory;
import org.nstac.portal.shared.NotFound;

/**
 * One meeting for the secretariat: the facts at the top (when, where, seats taken, state) and what it pays. The page
 * is composed of smaller view beans, one per section, each in its own include: the safety plan ({@link
 * MeetingPlanForm}), invitations ({@link MeetingInvitationsView}), attendance and step-outs ({@link
 * MeetingAttendanceView}), the minutes ({@link MeetingMinutesForm}), moving and calling off ({@link MeetingChangeForm}).
 *
 * <p>Each reads its data once per view and again after an action on this page ({@link #changed()}), never per
 * expression: the page is one form, re-rendered as a whole after each action, so every section shows what is now so.
 */
@Named
@ViewScoped
public class MeetingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingViews views;

    @Inject
    Invitations invitations;

    @Inject
    MemberDirectory directory;

    @Inject
    LanguageBean language;

    private Long id;
    private boolean missing;
    private long version;
    private transient MeetingViews.Full full;
    private transient Long acceptedCount;
    private transient Map<String, String> names;

    /** Opens the page: a meeting the caller may not see in full is missing, like one that does not exist. */
    public void load() {
        try {
            if (id == null) {
                missing = true;
            } else {
                getFull();
            }
        } catch (NotFound notFound) {
            missing = true;
        }
    }

    /** Something on the page changed: every section reads its data again before it is shown. */
    public void changed() {
        version++;
        full = null;
        acceptedCount = null;
    }

    /** Which reading of the page's data is current; a section re-reads when it read an earlier one. */
    public long version() {
        return version;
    }

    public MeetingViews.Full getFull() {
        if (full == null) {
            full = views.full(id);
        }
        return full;
    }

    public MeetingRecord getMeeting() {
        return getFull().meeting();
    }

    public List<MeetingViews.PayLine> getPays() {
        return getFull().pays();
    }

    public long getAcceptedCount() {
        if (acceptedCount == null) {
            acceptedCount = invitations.acceptedCount(id);
        }
        return acceptedCount;
    }

    /** Looks up, in one query, the names of these members that the page does not know yet. */
    public void knowNames(Collection<String> memberRefs) {
        if (names == null) {
            names = new HashMap<>();
        }
        List<String> unknown = memberRefs.stream().filter(ref -> !names.containsKey(ref)).distinct().toList();
        if (!unknown.isEmpty()) {
            Map<String, String> found = directory.displayNames(unknown, language.getLocale());
            unknown.forEach(ref -> names.put(ref, found.getOrDefault(ref, "")));
        }
    }

    /** The name the page shows for a member: the pseudonym, or "Former member N" in the reader's language. */
    public String nameOf(String memberRef) {
        knowNames(List.of(memberRef));
        return names.get(memberRef);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isMissing() {
        return missing;
    }
}
