package org.nstac.portal.member.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nstac.portal.member.application.Readiness;
import org.nstac.portal.member.infrastructure.ReadinessRecord;

/**
 * {@code /api/readiness}: readiness over time, for the secretariat: a member's later assessments (the outcome only; a
 * NOT_YET carries the day to assess again) and the re-assessments now due.
 */
@Tag(name = "Members")
@Path("readiness")
@Produces(MediaType.APPLICATION_JSON)
public class ReadinessResource {

    /** outcome READY or NOT_YET; reassessOn required for NOT_YET (after date, at most two years on). */
    public record AssessmentInput(String memberRef, LocalDate date, String organisation, String outcome,
            LocalDate reassessOn) {
    }

    public record AssessmentJson(long id, String memberRef, LocalDate date, String organisation, String outcome,
            LocalDate reassessOn, String recordedAt) {
    }

    public record DueJson(String memberRef, String pseudonym, LocalDate assessedOn, LocalDate reassessOn) {
    }

    @Inject
    Readiness readiness;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordReadinessAssessment", description = "Who may call it: The secretariat.",
            summary = "Record a member's later readiness assessment: date, organisation, READY or NOT_YET (with the "
            + "day to assess again); the outcome only, never notes")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssessmentJson.class)))
    public Response record(AssessmentInput in) {
        AssessmentInput a = in == null ? new AssessmentInput(null, null, null, null, null) : in;
        ReadinessRecord r = readiness.record(a.memberRef(), a.date(), a.organisation(), a.outcome(), a.reassessOn());
        return Response.status(Response.Status.CREATED).entity(json(r)).build();
    }

    @GET
    @Operation(operationId = "listReadinessAssessments", description = "Who may call it: The secretariat.",
            summary = "A member's later readiness assessments, the latest first")
    public List<AssessmentJson> history(@QueryParam("memberRef") String memberRef) {
        return readiness.history(memberRef).stream().map(ReadinessResource::json).toList();
    }

    @GET
    @Path("due")
    @Operation(operationId = "listReadinessReassessmentsDue", description = "Who may call it: The secretariat.",
            summary = "Members whose latest assessment said NOT_YET and whose day to assess again has come")
    public List<DueJson> due() {
        return readiness.due().stream().map(d -> new DueJson(d.memberRef(), d.pseudonym(), d.assessedOn(),
                d.reassessOn())).toList();
    }

    private static AssessmentJson json(ReadinessRecord r) {
        return new AssessmentJson(r.getId(), r.getMemberRef(), r.getAssessedOn(), r.getOrganisation(),
                r.getOutcome().name(), r.getReassessOn(), r.getRecordedAt().toString());
    }
}
