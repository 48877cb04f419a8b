package org.nstac.portal.meeting.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nstac.portal.meeting.domain.InvitationState;
import org.nstac.portal.meeting.domain.MeetingAction;
import org.nstac.portal.meeting.domain.MeetingRelation;
import org.nstac.portal.meeting.domain.MeetingRules;
import org.nstac.portal.meeting.domain.MinutesVisibility;
import org.nstac.portal.meeting.infrastructure.AttendanceStore;
import org.nstac.portal.meeting.infrastructure.InvitationRecord;
import org.nstac.portal.meeting.infrastructure.MeetingRecord;
import org.nstac.portal.meeting.infrastructure.MeetingStore;
import org.nstac.portal.organisation.application.Organisations;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;
import org.nstac.portal.shared.MemberContext;
import org.nstac.portal.shared.NotFound;

/**
 * The meeting feature's policy: who is asking, how they stand to meetings (and to one meeting), and whether
 * {@link MeetingRules} lets them do it in the meeting's state. The application services ask it for pages and API
 * alike; what it refuses is "not found", or "this meeting was cancelled" to someone who could have done it before.
 */
@RequestScoped
public class MeetingPolicy {

    /** Who the demo seeding acts as: a login, and a member reference when it answers as a member. */
    private record DemoCaller(String login, String memberRef) {
    }

    @Inject
    CurrentUser user;

    @Inject
    MemberContext member;

    @Inject
    Organisations organisations;

    @Inject
    MeetingStore meetings;

    @Inject
    AttendanceStore attendance;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean demoData;

    private DemoCaller demo;
    private Set<MeetingRelation> general;

    /** How the caller stands to meetings in general: secretariat, member, ministry (or none). */
    public Set<MeetingRelation> relations() {
        if (general == null) {
            Set<MeetingRelation> relations = EnumSet.noneOf(MeetingRelation.class);
            if (demo != null) {
                relations.add(demo.memberRef() == null ? MeetingRelation.SECRETARIAT : MeetingRelation.MEMBER);
            } else {
                if (user.hasRole(Role.SECRETARIAT)) {
                    relations.add(MeetingRelation.SECRETARIAT);
                }
                if (user.hasRole(Role.MEMBER) && member.ref().isPresent()) {
                    relations.add(MeetingRelation.MEMBER);
                }
                if (user.hasRole(Role.MINISTRY)) {
                    relations.add(MeetingRelation.MINISTRY);
                }
            }
            general = Collections.unmodifiableSet(relations);
        }
        return general;
    }

    /** How the caller stands to one meeting: as above, and as an invited, accepted or attending member. */
    public Set<MeetingRelation> relationsTo(MeetingRecord meeting) {
        Set<MeetingRelation> relations = EnumSet.noneOf(MeetingRelation.class);
        relations.addAll(relations());
        Optional<String> ref = memberRefIfAny();
        if (ref.isPresent()) {
            Optional<InvitationRecord> invitation = meetings.invitation(meeting.getId(), ref.get());
            if (invitation.isPresent()) {
                relations.add(MeetingRelation.INVITED_MEMBER);
                if (invitation.get().getState() == InvitationState.ACCEPTED) {
                    relations.add(MeetingRelation.ACCEPTED_MEMBER);
                }
                if (attendance.attendanceOf(meeting.getId(), ref.get()).filter(a -> a.attended()).isPresent()) {
                    relations.add(MeetingRelation.ATTENDEE);
                }
            }
        }
        return relations;
    }

    /** Whether the caller may do an action on no particular meeting (plan one, the lists). */
    public boolean may(MeetingAction action) {
        return MeetingRules.allowsAny(relations(), action);
    }

    /** Whether the caller may do this to this meeting, in the state it is in. */
    public boolean may(MeetingAction action, MeetingRecord meeting) {
        return MeetingRules.allowsAny(relationsTo(meeting), action, meeting.getState());
    }

    /** @throws NotFound when the caller may not do this */
    public void require(MeetingAction action) {
        MeetingRules.require(relations(), action);
    }

    /**
     * @throws NotFound when the caller may not do this to this meeting
     * @throws org.nstac.portal.shared.DomainRuleViolation {@code meeting.cancelled} when they could, had it not been
     *                                                     called off
     */
    public void require(MeetingAction action, MeetingRecord meeting) {
        MeetingRules.require(relationsTo(meeting), action, meeting.getState());
    }

    /** The meeting, once the caller may do this to it. @throws NotFound as {@link #require(MeetingAction, MeetingRecord)} */
    public MeetingRecord meetingFor(MeetingAction action, long meetingId) {
        MeetingRecord meeting = meetings.get(meetingId);
        require(action, meeting);
        return meeting;
    }

    /**
     * The meeting locked for a command: refused before anything is locked, and asked again on the row as it is once
     * locked (another command may have called it off, or an answer changed, in the meantime).
     */
    public MeetingRecord lockFor(MeetingAction action, long meetingId) {
        MeetingRecord meeting = meetingFor(action, meetingId);
        meetings.lock(meeting);
        require(action, meeting);
        return meeting;
    }

    /** How the caller reads this meeting's minutes ({@link MinutesVisibility}). */
    public MinutesVisibility.Viewer minutesViewer(MeetingRecord meeting) {
        Set<MeetingRelation> relations = relationsTo(meeting);
        boolean ownMinistry = relations.contains(MeetingRelation.MINISTRY) && meeting.getOrganisationCode() != null
                && organisations.organisationOf(actor()).filter(meeting.getOrganisationCode()::equals).isPresent();
        return MeetingRules.minutesViewer(relations, ownMinistry);
    }

    /** The signed-in person's login, for the audit trail and "entered by". */
    public String actor() {
        return demo != null ? demo.login() : user.getName();
    }

    /** The calling member's reference. @throws NotFound when the caller is not a member */
    public String memberRef() {
        return memberRefIfAny().orElseThrow(NotFound::new);
    }

    private Optional<String> memberRefIfAny() {
        if (demo != null) {
            return Optional.ofNullable(demo.memberRef());
        }
        return relations().contains(MeetingRelation.MEMBER) ? member.ref() : Optional.empty();
    }

    /**
     * Demo data only ({@code portal.demo-data=true}), seeded at startup where nobody is signed in: for the rest of this
     * request context the seeding acts as the secretariat ({@code memberRef} null) or as the demo member with that
     * reference. Refused in any other setting, so a production portal can never use it.
     */
    public void actForDemoData(String login, String memberRef) {
        if (!demoData) {
            throw new IllegalStateException("Only the demo data acts for someone, and there is none here");
        }
        demo = new DemoCaller(Objects.requireNonNull(login, "login"), memberRef);
        general = null;
    }
}
