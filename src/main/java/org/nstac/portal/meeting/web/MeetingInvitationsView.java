package org.nstac.portal.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.nstac.portal.meeting.application.Invitations;
import org.nstac.portal.meeting.domain.InvitationState;
import org.nstac.portal.meeting.infrastructure.InvitationRecord;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The meeting page's invitations: who was invited, their answers and access needs, and the members who may still be
 * invited. Read once per view and after each action on the page.
 */
@Named
@ViewScoped
public class MeetingInvitationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingPage page;

    @Inject
    Invitations invitations;

    @Inject
    FacesMessages messages;

    private long readAt = -1;
    private transient List<InvitationRecord> all;
    private transient List<InvitationRecord> accepted;
    private transient List<String> invitable;

    private void fresh() {
        if (readAt != page.version()) {
            all = null;
            accepted = null;
            invitable = null;
            readAt = page.version();
        }
    }

    public List<InvitationRecord> getInvitations() {
        fresh();
        if (all == null) {
            all = invitations.of(page.getId());
            page.knowNames(all.stream().map(InvitationRecord::getMemberRef).toList());
        }
        return all;
    }

    /** The members who accepted: those attendance is recorded for, and whose travel a cancellation may pay. */
    public List<InvitationRecord> getAccepted() {
        fresh();
        if (accepted == null) {
            accepted = getInvitations().stream().filter(i -> i.getState() == InvitationState.ACCEPTED).toList();
        }
        return accepted;
    }

    /** Members not withdrawn who hold no open invitation, by reference. */
    public List<String> getInvitable() {
        fresh();
        if (invitable == null) {
            invitable = invitations.invitable(page.getId());
            page.knowNames(new ArrayList<>(invitable));
        }
        return invitable;
    }

    public void invite(String memberRef) {
        try {
            Invitations.Invited invited = invitations.invite(page.getId(), memberRef);
            messages.info(invited.overlaps() ? "meeting.invite.doneOverlap" : "meeting.invite.done");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        page.changed();
    }
}
