package org.nstac.portal.meeting.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.nstac.portal.meeting.application.Attendances;
import org.nstac.portal.meeting.application.Invitations;
import org.nstac.portal.meeting.application.MeetingPlanning;
import org.nstac.portal.meeting.application.MeetingViews;
import org.nstac.portal.meeting.application.Minutes;
import org.nstac.portal.meeting.application.SafetyPlans;
import org.nstac.portal.meeting.domain.Attendance;
import org.nstac.portal.meeting.domain.MinutesPart;
import org.nstac.portal.meeting.infrastructure.MeetingRecord;
import org.nstac.portal.shared.NotFound;

/**
 * Meetings: the secretariat plans, invites, records attendance and keeps minutes; an invited member reads the meeting,
 * its safety plan and what it pays, and (from the day before) the online link. Anyone else gets 404. Who may do what
 * is asked of the meeting policy by the application services, for this API and the pages alike.
 */
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {

    public record PlanInput(String supportPersonName, String supportContact, String quietRoom, String stepOutOnline,
            Boolean photographsAllowed, Boolean recordingAllowed, Boolean pressPresent, String naming,
            Boolean noStoriesRuleAcknowledged) {
    }

    public record InviteInput(String memberRef) {
    }

    public record AttendanceInput(List<Attendances.AttendanceLine> lines) {
    }

    public record AttendanceRow(String memberRef, String presence, String hours, boolean prepared,
            boolean travelled) {
    }

    public record Cancellation(List<String> travelled, List<String> prepared) {
    }

    public record PartInput(String text, Boolean forMinistry) {
    }

    public record MinutesInput(List<PartInput> parts) {
    }

    public record SharingInput(Instant correctionsUntil) {
    }

    public record CorrectionInput(String text) {
    }

    public record MinutesJson(String state, Instant correctionsUntil, List<PartInput> parts, boolean mayCorrect) {
    }

    @Inject
    MeetingPlanning planning;

    @Inject
    SafetyPlans plans;

    @Inject
    Invitations invitations;

    @Inject
    Attendances attendances;

    @Inject
    MeetingViews views;

    @Inject
    Minutes minutes;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a meeting (secretariat): kind, title, agenda, start, end, online with a link or in "
            + "person with a venue, language, interpretation, capacity, linked consultation, ministry for a hearing, "
            + "and what it pays (meetingDays, preparationHours, perDiemDays, travelKm)")
    public Response create(MeetingPlanning.Draft in) {
        MeetingRecord m = planning.create(in);
        return Response.status(Response.Status.CREATED).entity(MeetingJson.of(views.full(m.getId()))).build();
    }

    @GET
    @Operation(summary = "Meetings: all for the secretariat; for a member, those they were invited to")
    public List<MeetingJson.Meeting> list() {
        return views.list().stream().map(MeetingJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One meeting, as the caller may see it")
    public MeetingJson.Meeting one(@PathParam("id") long id) {
        return MeetingJson.of(views.one(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move or change a planned meeting (secretariat); invitees are told")
    public MeetingJson.Meeting update(@PathParam("id") long id, MeetingPlanning.Draft in) {
        planning.update(id, in);
        return MeetingJson.of(views.full(id));
    }

    @POST
    @Path("{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel (secretariat); members listed as travelled or prepared are still paid for that")
    public MeetingJson.Meeting cancel(@PathParam("id") long id, Cancellation in) {
        planning.cancel(id, in == null ? null : in.travelled(), in == null ? null : in.prepared());
        return MeetingJson.of(views.full(id));
    }

    @GET
    @Path("{id}/safety-plan")
    @Operation(summary = "The safety plan (secretariat, and invited members)")
    public MeetingJson.Plan plan(@PathParam("id") long id) {
        return MeetingJson.Plan.of(plans.of(id).orElseThrow(NotFound::new));
    }

    @PUT
    @Path("{id}/safety-plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the safety plan (secretariat): support person and how to reach them, a quiet room or "
            + "a way to step out online, photographs/recording/press (default none), naming (PSEUDONYM_BADGE), and "
            + "the rule that nobody is asked to tell their own story")
    public MeetingJson.Plan setPlan(@PathParam("id") long id, PlanInput in) {
        return MeetingJson.Plan.of(plans.plan(id, in == null ? null : new SafetyPlans.Draft(in.supportPersonName(),
                in.supportContact(), in.quietRoom(), in.stepOutOnline(), in.photographsAllowed(),
                in.recordingAllowed(), in.pressPresent(), in.naming(), in.noStoriesRuleAcknowledged())));
    }

    @POST
    @Path("{id}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite a member by reference (secretariat); refused without a safety plan, for a paused "
            + "member, or without council-work consent; overlapsAnotherMeeting warns")
    public Response invite(@PathParam("id") long id, InviteInput in) {
        Invitations.Invited invited = invitations.invite(id, in == null ? null : in.memberRef());
        return Response.status(Response.Status.CREATED)
                .entity(MeetingJson.Invitation.of(invited.invitation(), invited.overlaps())).build();
    }

    @GET
    @Path("{id}/invitations")
    @Operation(summary = "Invitations and answers, with access needs (secretariat)")
    public List<MeetingJson.Invitation> invitations(@PathParam("id") long id) {
        return invitations.of(id).stream().map(i -> MeetingJson.Invitation.of(i, null)).toList();
    }

    @POST
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record attendance once the meeting has started (secretariat): PRESENT, PARTLY with hours, "
            + "ABSENT (prepared, travelled); accrues the promised pay once")
    public Map<String, Integer> attendance(@PathParam("id") long id, AttendanceInput in) {
        return Map.of("recorded", attendances.record(id, in == null ? null : in.lines()));
    }

    @GET
    @Path("{id}/attendance")
    @Operation(summary = "Attendance as recorded (secretariat)")
    public List<AttendanceRow> attendance(@PathParam("id") long id) {
        return attendances.of(id).entrySet().stream().map(e -> row(e.getKey(), e.getValue())).toList();
    }

    @GET
    @Path("{id}/minutes")
    @Operation(summary = "The minutes as the caller may read them")
    public MinutesJson minutes(@PathParam("id") long id) {
        Minutes.View v = minutes.read(id);
        return new MinutesJson(v.state().name(), v.correctionsUntil(), v.parts().stream()
                .map(p -> new PartInput(p.text(), p.forMinistry())).toList(), v.mayCorrect());
    }

    @PUT
    @Path("{id}/minutes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft the minutes (secretariat): parts, each may be marked forMinistry on a hearing; "
            + "members by pseudonym only")
    public MinutesJson draftMinutes(@PathParam("id") long id, MinutesInput in) {
        List<MinutesPart> parts = in == null || in.parts() == null ? List.of() : in.parts().stream()
                .map(p -> new MinutesPart(p.text(), Boolean.TRUE.equals(p.forMinistry()))).toList();
        minutes.draft(id, parts);
        return minutes(id);
    }

    @POST
    @Path("{id}/minutes/sharing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Share the draft with attendees, who may propose corrections until correctionsUntil")
    public MinutesJson share(@PathParam("id") long id, SharingInput in) {
        minutes.share(id, in == null ? null : in.correctionsUntil());
        return minutes(id);
    }

    @POST
    @Path("{id}/minutes/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a correction (an attendee, while corrections are open)")
    public Response correct(@PathParam("id") long id, CorrectionInput in) {
        minutes.correct(id, in == null ? null : in.text());
        return Response.status(Response.Status.CREATED).build();
    }

    @POST
    @Path("{id}/minutes/publication")
    @Operation(summary = "Publish the minutes to the council once the corrections deadline has passed (secretariat)")
    public MinutesJson publish(@PathParam("id") long id) {
        minutes.publish(id);
        return minutes(id);
    }

    @POST
    @Path("{id}/step-out")
    @Operation(summary = "\"I need to step out\": tells the support person discreetly; never affects pay")
    public Response stepOut(@PathParam("id") long id) {
        attendances.stepOut(id);
        return Response.noContent().build();
    }

    private static AttendanceRow row(String ref, Attendance a) {
        return new AttendanceRow(ref, a.presence().name(), a.hours() == null ? null : a.hours().toPlainString(),
                a.prepared(), a.travelled());
    }
}
