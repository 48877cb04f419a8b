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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
@Tag(name = "Meetings")
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {

    public record PlanInput(String supportPersonName, String supportContact, String quietRoom, String stepOutOnline,
            Boolean photographsAllowed, Boolean recordingAllowed, Boolean pressPresent, String naming,
            Boolean noStoriesRuleAcknowledged, String supportLogin) {
    }

    public record InviteInput(String memberRef) {
    }

    public record AttendanceInput(List<Attendances.AttendanceLine> lines) {
    }

    /** How many attendance lines were recorded: {@code {"recorded": 4}}. */
    public record AttendanceRecorded(int recorded) {
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
    @Operation(operationId = "createMeeting",
            summary = "Plan a meeting (secretariat): kind, title, agenda, start, end, online with a link or in "
            + "person with a venue, language, interpretation, capacity, linked consultation, ministry for a hearing, "
            + "and what it pays (meetingDays, preparationHours, perDiemDays, travelKm)",
            description = "Who may call it: The secretariat.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Meeting")))
    public Response create(MeetingPlanning.Draft in) {
        MeetingRecord m = planning.create(in);
        return Response.status(Response.Status.CREATED).entity(MeetingJson.of(views.full(m.getId()))).build();
    }

    @GET
    @Operation(operationId = "listMeetings",
            summary = "Meetings: all for the secretariat; for a member, those they were invited to",
            description = "Who may call it: The secretariat (every meeting) and members (those they were invited to).")
    public List<MeetingJson.Meeting> list() {
        return views.list().stream().map(MeetingJson::of).toList();
    }

    @Inject
    org.nstac.portal.meeting.application.MeetingExports exports;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @GET
    @Path("report.csv")
    @Produces("text/csv")
    @Operation(operationId = "downloadMeetingsCsv",
            summary = "Every meeting as CSV: kind, times (Belgrade), state, and how many were invited, accepted and "
            + "attended (secretariat)",
            description = "Who may call it: The secretariat; others get 404.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "text/csv", schema = @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public Response meetingsCsv() {
        var table = exports.meetings(locale());
        jakarta.ws.rs.core.StreamingOutput body = table::writeCsv;
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"meetings.csv\"").build();
    }

    @GET
    @Path("report.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "downloadMeetingsPdf",
            summary = "Every meeting as a PDF table to print: kind, times (Belgrade), state, and how many were invited, "
            + "accepted and attended (secretariat)",
            description = "Who may call it: The secretariat; others get 404.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/pdf", schema = @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public Response meetingsPdf() {
        java.util.Locale locale = locale();
        var table = exports.meetings(locale);
        jakarta.ws.rs.core.StreamingOutput body = out -> table.writePdf(out, locale);
        return Response.ok(body, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"meetings.pdf\"").build();
    }

    @GET
    @Path("{id}/attendance.csv")
    @Produces("text/csv")
    @Operation(operationId = "downloadAttendanceCsv",
            summary = "One meeting's invitees by pseudonym with their answer and attendance, as CSV (secretariat)",
            description = "Who may call it: The secretariat; others get 404.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "text/csv", schema = @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public Response attendanceCsv(@PathParam("id") long id) {
        var table = exports.attendance(id, locale());
        jakarta.ws.rs.core.StreamingOutput body = table::writeCsv;
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"attendance-" + id + ".csv\"").build();
    }

    @GET
    @Path("{id}/attendance.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "downloadAttendancePdf",
            summary = "One meeting's attendance sheet as PDF to print (secretariat)",
            description = "Who may call it: The secretariat; others get 404.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/pdf", schema = @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public Response attendancePdf(@PathParam("id") long id) {
        java.util.Locale locale = locale();
        var table = exports.attendance(id, locale);
        jakarta.ws.rs.core.StreamingOutput body = out -> table.writePdf(out, locale);
        return Response.ok(body, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"attendance-" + id + ".pdf\"").build();
    }

    private java.util.Locale locale() {
        return org.nstac.portal.platform.Languages.negotiate(headers.getHeaderString("Accept-Language"));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getMeeting",
            summary = "One meeting, as the caller may see it",
            description = "Who may call it: The secretariat and invited members; others get 404.")
    public MeetingJson.Meeting one(@PathParam("id") long id) {
        return MeetingJson.of(views.one(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateMeeting",
            summary = "Move or change a planned meeting (secretariat); invitees are told",
            description = "Who may call it: The secretariat.")
    public MeetingJson.Meeting update(@PathParam("id") long id, MeetingPlanning.Draft in) {
        planning.update(id, in);
        return MeetingJson.of(views.full(id));
    }

    @POST
    @Path("{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelMeeting",
            summary = "Cancel (secretariat); members listed as travelled or prepared are still paid for that",
            description = "Who may call it: The secretariat.")
    public MeetingJson.Meeting cancel(@PathParam("id") long id, Cancellation in) {
        planning.cancel(id, in == null ? null : in.travelled(), in == null ? null : in.prepared());
        return MeetingJson.of(views.full(id));
    }

    @GET
    @Path("{id}/safety-plan")
    @Operation(operationId = "getSafetyPlan",
            summary = "The safety plan (secretariat, and invited members)",
            description = "Who may call it: The secretariat and invited members.")
    public MeetingJson.Plan plan(@PathParam("id") long id) {
        return MeetingJson.Plan.of(plans.of(id).orElseThrow(NotFound::new));
    }

    @PUT
    @Path("{id}/safety-plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setSafetyPlan",
            summary = "Set the safety plan (secretariat): support person and how to reach them, a quiet room or "
            + "a way to step out online, photographs/recording/press (default none), naming (PSEUDONYM_BADGE), and "
            + "the rule that nobody is asked to tell their own story; supportLogin: the support person's portal account, "
            + "whom support requests and step-outs reach",
            description = "Who may call it: The secretariat.")
    public MeetingJson.Plan setPlan(@PathParam("id") long id, PlanInput in) {
        return MeetingJson.Plan.of(plans.plan(id, in == null ? null : new SafetyPlans.Draft(in.supportPersonName(),
                in.supportContact(), in.quietRoom(), in.stepOutOnline(), in.photographsAllowed(),
                in.recordingAllowed(), in.pressPresent(), in.naming(), in.noStoriesRuleAcknowledged(),
                in.supportLogin())));
    }

    @POST
    @Path("{id}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createInvitation",
            summary = "Invite a member by reference (secretariat); refused without a safety plan, for a paused "
            + "member, or without council-work consent; overlapsAnotherMeeting warns",
            description = "Who may call it: The secretariat.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Invitation")))
    public Response invite(@PathParam("id") long id, InviteInput in) {
        Invitations.Invited invited = invitations.invite(id, in == null ? null : in.memberRef());
        return Response.status(Response.Status.CREATED)
                .entity(MeetingJson.Invitation.of(invited.invitation(), invited.overlaps())).build();
    }

    @GET
    @Path("{id}/invitations")
    @Operation(operationId = "listInvitations",
            summary = "Invitations and answers, with access needs (secretariat)",
            description = "Who may call it: The secretariat.")
    public List<MeetingJson.Invitation> invitations(@PathParam("id") long id) {
        return invitations.of(id).stream().map(i -> MeetingJson.Invitation.of(i, null)).toList();
    }

    @POST
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordAttendance",
            summary = "Record attendance once the meeting has started (secretariat): PRESENT, PARTLY with hours, "
            + "ABSENT (prepared, travelled); accrues the promised pay once",
            description = "Who may call it: The secretariat.")
    public AttendanceRecorded attendance(@PathParam("id") long id, AttendanceInput in) {
        return new AttendanceRecorded(attendances.record(id, in == null ? null : in.lines()));
    }

    @GET
    @Path("{id}/attendance")
    @Operation(operationId = "listAttendance",
            summary = "Attendance as recorded (secretariat)",
            description = "Who may call it: The secretariat.")
    public List<AttendanceRow> attendance(@PathParam("id") long id) {
        return attendances.of(id).entrySet().stream().map(e -> row(e.getKey(), e.getValue())).toList();
    }

    @GET
    @Path("{id}/minutes")
    @Operation(operationId = "getMinutes",
            summary = "The minutes as the caller may read them",
            description = "Who may call it: The secretariat, attendees once shared, the council once published.")
    public MinutesJson minutes(@PathParam("id") long id) {
        Minutes.View v = minutes.read(id);
        return new MinutesJson(v.state().name(), v.correctionsUntil(), v.parts().stream()
                .map(p -> new PartInput(p.text(), p.forMinistry())).toList(), v.mayCorrect());
    }

    @PUT
    @Path("{id}/minutes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "draftMinutes",
            summary = "Draft the minutes (secretariat): parts, each may be marked forMinistry on a hearing; "
            + "members by pseudonym only",
            description = "Who may call it: The secretariat.")
    public MinutesJson draftMinutes(@PathParam("id") long id, MinutesInput in) {
        List<MinutesPart> parts = in == null || in.parts() == null ? List.of() : in.parts().stream()
                .map(p -> new MinutesPart(p.text(), Boolean.TRUE.equals(p.forMinistry()))).toList();
        minutes.draft(id, parts);
        return minutes(id);
    }

    @POST
    @Path("{id}/minutes/sharing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "shareMinutes",
            summary = "Share the draft with attendees, who may propose corrections until correctionsUntil",
            description = "Who may call it: The secretariat.")
    public MinutesJson share(@PathParam("id") long id, SharingInput in) {
        minutes.share(id, in == null ? null : in.correctionsUntil());
        return minutes(id);
    }

    @POST
    @Path("{id}/minutes/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "proposeMinutesCorrection",
            summary = "Propose a correction (an attendee, while corrections are open)",
            description = "Who may call it: An attendee, while corrections are open.")
    @APIResponse(responseCode = "201", description = "Created; no body")
    public Response correct(@PathParam("id") long id, CorrectionInput in) {
        minutes.correct(id, in == null ? null : in.text());
        return Response.status(Response.Status.CREATED).build();
    }

    @POST
    @Path("{id}/minutes/publication")
    @Operation(operationId = "publishMinutes",
            summary = "Publish the minutes to the council once the corrections deadline has passed (secretariat)",
            description = "Who may call it: The secretariat.")
    public MinutesJson publish(@PathParam("id") long id) {
        minutes.publish(id);
        return minutes(id);
    }

    @POST
    @Path("{id}/step-out")
    @Operation(operationId = "stepOutOfMeeting",
            summary = "\"I need to step out\": tells the support person discreetly; never affects pay",
            description = "Who may call it: An invited member during the meeting.")
    @APIResponse(responseCode = "204", description = "Done; no body")
    public Response stepOut(@PathParam("id") long id) {
        attendances.stepOut(id);
        return Response.noContent().build();
    }

    private static AttendanceRow row(String ref, Attendance a) {
        return new AttendanceRow(ref, a.presence().name(), a.hours() == null ? null : a.hours().toPlainString(),
                a.prepared(), a.travelled());
    }
}
