package org.nstac.portal.meeting.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.nstac.portal.shared.InputRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.consultation.application.Consultations;
import org.nstac.portal.meeting.domain.InvitationRules;
import org.nstac.portal.meeting.domain.MeetingAction;
import org.nstac.portal.meeting.domain.MeetingKind;
import org.nstac.portal.meeting.domain.MeetingPay;
import org.nstac.portal.meeting.domain.MeetingTimes;
import org.nstac.portal.meeting.domain.Place;
import org.nstac.portal.meeting.infrastructure.InvitationRecord;
import org.nstac.portal.meeting.infrastructure.MeetingRecord;
import org.nstac.portal.meeting.infrastructure.MeetingStore;
import org.nstac.portal.organisation.application.Organisations;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Planning the council's meetings: the secretariat plans one with what it pays, moves or changes it (every open
 * invitee is told), and calls it off (every invitee is told; those who had set out are still paid their travel).
 * Each command asks {@link MeetingPolicy} first, for pages and API alike.
 */
@ApplicationScoped
@Transactional
public class MeetingPlanning {

    public static final int MAX_TITLE = 200;
    public static final int MAX_AGENDA = 10_000;
    public static final int MAX_LANGUAGE = 60;
    public static final int MAX_CAPACITY = 10_000;

    /** A meeting as typed on the form or sent to the API; numbers as text, read here. */
    public record Draft(String kind,
            @NotBlank(message = "meeting.title.required") @Size(max = MAX_TITLE, message = "meeting.title.tooLong")
            String title,
            @NotBlank(message = "meeting.agenda.required") @Size(max = MAX_AGENDA, message = "meeting.agenda.tooLong")
            String agenda,
            Instant start, Instant end, Boolean online, String venueOrLink,
            @Size(max = MAX_LANGUAGE, message = "meeting.language.tooLong") String language,
            String interpretation,
            @Min(value = 1, message = "meeting.capacity.invalid") @Max(value = MAX_CAPACITY,
                    message = "meeting.capacity.invalid") Integer capacity,
            Long consultationId,
            String organisationCode, String meetingDays, String preparationHours, Integer perDiemDays,
            String travelKm) {
    }

    @Inject
    MeetingPolicy policy;

    @Inject
    MeetingStore meetings;

    @Inject
    Attendances attendances;

    @Inject
    MeetingNotices notices;

    @Inject
    Consultations consultations;

    @Inject
    Organisations organisations;

    @Inject
    AuditLog audit;

    @Inject
    CouncilClock clock;

    /** Plans a new meeting; it starts in the future. */
    public MeetingRecord create(Draft d) {
        policy.require(MeetingAction.PLAN);
        Checked c = check(d);
        if (c.times().start().isBefore(clock.now())) {
            throw new DomainRuleViolation("meeting.start.past");
        }
        String actor = policy.actor();
        MeetingRecord m = new MeetingRecord(c.kind(), c.title(), c.agenda(), c.times(), c.place(), c.language(),
                blankToNull(d.interpretation()), d.capacity(), d.consultationId(), c.organisation(), c.pay(), actor,
                clock.now());
        meetings.add(m);
        audit.record(actor, "meeting.created", "meeting:" + m.getId(), "kind=" + c.kind());
        return m;
    }

    /** Moves or changes a planned meeting; what it pays stays as the draft says. Every open invitee is told. */
    public MeetingRecord update(long id, Draft d) {
        MeetingRecord m = policy.lockFor(MeetingAction.CHANGE, id);
        Checked c = check(d);
        long accepted = meetings.acceptedCountNow(id);
        if (d.capacity() != null && d.capacity() < accepted) {
            throw new DomainRuleViolation("meeting.capacity.belowAccepted", accepted);
        }
        m.update(c.times(), c.place(), c.language(), blankToNull(d.interpretation()), d.capacity(),
                d.consultationId(), c.organisation(), c.pay());
        audit.record(policy.actor(), "meeting.changed", "meeting:" + id, null);
        notices.tellInvitees(id, "notification.meeting.changed");
        return m;
    }

    /**
     * Calls a meeting off: every open invitation is cancelled and the invitee told. Members who had accepted and
     * already set out (or prepared) are paid their travel (and preparation) as the meeting promised.
     *
     * @param travelled references of accepted members who had set out
     * @param prepared  references of accepted members who had prepared
     */
    public MeetingRecord cancel(long id, List<String> travelled, List<String> prepared) {
        MeetingRecord m = policy.lockFor(MeetingAction.CANCEL, id);
        attendances.payThoseWhoSetOut(m, travelled, prepared);
        m.cancel();
        for (InvitationRecord i : meetings.invitationsOf(id)) {
            i.moveTo(InvitationRules.onMeetingCancelled(i.getState()), i.getRespondedAt());
        }
        audit.record(policy.actor(), "meeting.cancelled", "meeting:" + id, null);
        notices.tellInvitees(id, "notification.meeting.cancelled");
        return m;
    }

    /** Every meeting, the latest start first (the secretariat's list). */
    public List<MeetingRecord> all() {
        policy.require(MeetingAction.SEE_ALL);
        return meetings.all();
    }

    /** One meeting, to anyone who may see it. */
    public MeetingRecord meeting(long id) {
        return policy.meetingFor(MeetingAction.VIEW, id);
    }

    // ------------------------------------------------------------------ checks

    private record Checked(MeetingKind kind, String title, String agenda, MeetingTimes times, Place place,
            String language, String organisation, MeetingPay pay) {
    }

    private Checked check(Draft d) {
        if (d == null) {
            throw new DomainRuleViolation("meeting.kind.required");
        }
        MeetingKind kind = null;
        for (MeetingKind k : MeetingKind.values()) {
            if (k.name().equals(d.kind() == null ? null : d.kind().strip())) {
                kind = k;
            }
        }
        if (kind == null) {
            throw new DomainRuleViolation("meeting.kind.required");
        }
        InputRules.check(d);
        String title = blankToNull(d.title());
        String agenda = blankToNull(d.agenda());
        if (d.start() == null || d.end() == null) {
            throw new DomainRuleViolation(MeetingTimes.REQUIRED);
        }
        MeetingTimes times = new MeetingTimes(d.start(), d.end());
        Place place = Place.of(Boolean.TRUE.equals(d.online()), d.venueOrLink());
        String language = blankToNull(d.language());
        if (language == null) {
            language = "sr-Latn";
        }
        if (d.consultationId() != null && !consultations.exists(d.consultationId())) {
            throw new DomainRuleViolation("meeting.consultation.unknown");
        }
        String organisation = blankToNull(d.organisationCode());
        if (kind == MeetingKind.HEARING && organisation == null) {
            throw new DomainRuleViolation("meeting.hearing.ministryRequired");
        }
        if (organisation != null && organisations.findByCode(organisation).isEmpty()) {
            throw new DomainRuleViolation("meeting.hearing.ministryRequired");
        }
        MeetingPay pay = new MeetingPay(Numbers.read(d.meetingDays(), "meeting.pay.days.invalid"),
                Numbers.read(d.preparationHours(), "meeting.pay.preparation.invalid"),
                d.perDiemDays() == null ? 0 : d.perDiemDays(), Numbers.read(d.travelKm(), "meeting.pay.travel.invalid"));
        return new Checked(kind, title, agenda, times, place, language, organisation, pay);
    }

    static String blankToNull(String text) {
        return InputRules.blankAsNone(text);
    }

    /** Numbers typed as text: up to five digits and two decimals, a comma read as a point; blank is 0. */
    static final class Numbers {

        private Numbers() {
        }

        static BigDecimal read(String text, String key) {
            String t = text == null || text.isBlank() ? "0" : text.strip().replace(',', '.');
            if (!t.matches("[0-9]{1,5}(\\.[0-9]{1,2})?")) {
                throw new DomainRuleViolation(key);
            }
            return new BigDecimal(t);
        }
    }
}
