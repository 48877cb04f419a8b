package org.nstac.portal.meeting.api;

import java.time.Instant;
import java.util.List;
import org.nstac.portal.meeting.application.MeetingViews;
import org.nstac.portal.meeting.domain.SafetyPlan;
import org.nstac.portal.meeting.infrastructure.InvitationRecord;
import org.nstac.portal.meeting.infrastructure.MeetingRecord;
import org.nstac.portal.payment.application.Accruals;

/** JSON shapes of the meetings API. */
public final class MeetingJson {

    private MeetingJson() {
    }

    /**
     * A meeting; {@code link} only where the caller may have it. {@code pays} is what the meeting pays an attendee;
     * {@code paid}, for an invited member only, what it has accrued to them and where each payable stands.
     */
    public record Meeting(long id, String kind, String title, String agenda, Instant start, Instant end, boolean online,
            String venue, String link, String language, String interpretation, Integer capacity,
            Long consultationId, String organisationCode, String meetingDays, String preparationHours,
            int perDiemDays, String travelKm, String state, Plan safetyPlan, List<Pay> pays, Invitation invitation,
            List<Paid> paid) {
    }

    /** A payable the meeting created for the member: see {@code /api/payables/{payableId}}. */
    public record Paid(long payableId, String activity, String quantity, String amount, String currency,
            String state, boolean late) {
        public static Paid of(Accruals.Accrued a) {
            return new Paid(a.payableId(), a.activity().name(), a.quantity().toPlainString(),
                    a.amount().amount().toPlainString(), a.amount().currency().name(), a.state().name(), a.late());
        }
    }

    public record Plan(String supportPersonName, String supportContact, String quietRoom, String stepOutOnline,
            boolean photographsAllowed, boolean recordingAllowed, boolean pressPresent, String naming,
            boolean noStoriesRuleAcknowledged) {
        public static Plan of(SafetyPlan p) {
            return p == null ? null : new Plan(p.supportPersonName(), p.supportContact(), p.quietRoom(),
                    p.stepOutOnline(), p.photographsAllowed(), p.recordingAllowed(), p.pressPresent(),
                    p.naming().name(), p.noStoriesRuleAcknowledged());
        }
    }

    public record Pay(String activity, String quantity, String amount, String currency) {
        public static Pay of(MeetingViews.PayLine l) {
            return new Pay(l.activity().name(), l.quantity().toPlainString(), l.amount(), l.currency());
        }
    }

    public record Invitation(long id, long meetingId, String memberRef, String state, String needs, Instant respondedAt,
            Boolean overlapsAnotherMeeting) {
        public static Invitation of(InvitationRecord i, Boolean overlaps) {
            return new Invitation(i.getId(), i.getMeetingId(), i.getMemberRef(), i.getState().name(), i.getNeeds(),
                    i.getRespondedAt(), overlaps);
        }
    }

    /** A meeting as the caller sees it. */
    public static Meeting of(MeetingViews.Seen seen) {
        return switch (seen) {
            case MeetingViews.Full f -> of(f);
            case MeetingViews.ForMember v -> of(v);
        };
    }

    /** The meeting in full, as the secretariat sees it: its link at any time, no member's money. */
    public static Meeting of(MeetingViews.Full f) {
        return of(f.meeting(), f.plan(), f.meeting().getLink(), f.pays(), null, null);
    }

    /** The meeting as an invited member sees it. */
    public static Meeting of(MeetingViews.ForMember v) {
        return of(v.meeting(), v.plan(), v.link(), v.pays(), v.invitation(), v.paid().stream().map(Paid::of)
                .toList());
    }

    public static Meeting of(MeetingRecord m, SafetyPlan plan, String link, List<MeetingViews.PayLine> pays,
            InvitationRecord invitation, List<Paid> paid) {
        var pay = m.pay();
        return new Meeting(m.getId(), m.getKind().name(), m.getTitle(), m.getAgenda(), m.getStartsAt(),
                m.getEndsAt(), m.isOnline(), m.getVenue(), link, m.getLanguage(), m.getInterpretation(),
                m.getCapacity(), m.getConsultationId(), m.getOrganisationCode(), pay.meetingDays().toPlainString(),
                pay.preparationHours().toPlainString(), pay.perDiemDays(), pay.travelKm().toPlainString(),
                m.getState().name(), Plan.of(plan), pays.stream().map(Pay::of).toList(),
                invitation == null ? null : Invitation.of(invitation, null), paid);
    }
}
