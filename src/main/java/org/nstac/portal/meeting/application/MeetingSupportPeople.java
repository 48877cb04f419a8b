package org.nstac.portal.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.nstac.portal.meeting.infrastructure.MeetingRecord;
import org.nstac.portal.meeting.infrastructure.MeetingStore;
import org.nstac.portal.meeting.infrastructure.SafetyPlanStore;
import org.nstac.portal.shared.MeetingSupport;

/**
 * Answers care's question "who supports this member at this meeting": only for a meeting the member was invited to
 * (whatever their answer), the support person's account named on the safety plan, else the secretariat's duty.
 */
@ApplicationScoped
public class MeetingSupportPeople implements MeetingSupport {

    @Inject
    MeetingStore meetings;

    @Inject
    SafetyPlanStore plans;

    @Override
    public Optional<Reach> forMember(long meetingId, String memberRef) {
        if (memberRef == null || meetings.invitation(meetingId, memberRef).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Reach(plans.supportLoginOf(meetingId)));
    }

    @Override
    public java.util.List<Choice> meetingsOf(String memberRef) {
        return meetings.invitationsFor(memberRef).stream()
                .map(i -> meetings.find(i.getMeetingId()).orElse(null)).filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(MeetingRecord::getStartsAt).reversed())
                .map(m -> new Choice(m.getId(), m.getTitle())).toList();
    }
}
