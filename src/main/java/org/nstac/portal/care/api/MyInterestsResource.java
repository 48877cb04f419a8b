package org.nstac.portal.care.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.nstac.portal.care.application.Interests;
import org.nstac.portal.care.domain.Interest;
import org.nstac.portal.care.infrastructure.StepAsideRecord;

/**
 * {@code /api/me/interests}: the interests I declare (members and staff); {@code /api/me/step-asides}: the
 * consultations I stepped aside from for one of them (members).
 */
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Care")
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MyInterestsResource {

    /** relation: EMPLOYED, VOLUNTEER, BOARD, FUNDED_BY, FAMILY or OTHER. */
    public record InterestJson(String organisation, String relation) {
    }

    /** A consultation I see, and one of my declared interests (organisation and relation as declared). */
    public record StepAsideInput(Long consultationId, String organisation, String relation) {
    }

    public record StepAsideJson(long consultationId, String title, String organisation, String relation,
            String recordedAt) {
    }

    @Inject
    Interests interests;

    @GET
    @Path("interests")
    @Operation(operationId = "listMyInterests", description = "Who may call it: A member or a staff member "
            + "(secretariat, custodian, finance, administrator), for themselves.",
            summary = "The interests I declared: organisations and my relation to each")
    public List<InterestJson> mine() {
        return interests.mine().stream().map(MyInterestsResource::json).toList();
    }

    @PUT
    @Path("interests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declareMyInterests", description = "Who may call it: A member or a staff member "
            + "(secretariat, custodian, finance, administrator), for themselves.",
            summary = "Replace my declared interests (an empty list clears them); relation EMPLOYED, VOLUNTEER, "
            + "BOARD, FUNDED_BY, FAMILY or OTHER; at most 20")
    public List<InterestJson> declare(List<InterestJson> in) {
        List<Interest> entries = (in == null ? List.<InterestJson>of() : in).stream()
                .map(i -> i == null ? Interest.of(null, null) : Interest.of(i.organisation(), i.relation())).toList();
        return interests.declare(entries).stream().map(MyInterestsResource::json).toList();
    }

    @GET
    @Path("step-asides")
    @Operation(operationId = "listMyStepAsides", description = "Who may call it: A member, for themselves.",
            summary = "The consultations I stepped aside from, and for which interest")
    public List<StepAsideJson> stepAsides() {
        return interests.myStepAsides().stream().map(s -> new StepAsideJson(s.consultationId(), s.title(),
                s.interest().organisation(), s.interest().relation().name(), s.at().toString())).toList();
    }

    @POST
    @Path("step-asides")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "stepAsideFromConsultation", description = "Who may call it: A member, for themselves.",
            summary = "Step aside from a consultation I see, for one of my declared interests; the chair and the "
            + "secretariat see it")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StepAsideJson.class)))
    public Response stepAside(StepAsideInput in) {
        StepAsideInput s = in == null ? new StepAsideInput(null, null, null) : in;
        if (s.consultationId() == null) {
            throw new org.nstac.portal.shared.DomainRuleViolation(Interests.CONSULTATION_UNKNOWN);
        }
        StepAsideRecord r = interests.stepAside(s.consultationId(), s.organisation(), s.relation());
        return Response.status(Response.Status.CREATED).entity(new StepAsideJson(r.getConsultationId(), null,
                r.interest().organisation(), r.interest().relation().name(), r.getRecordedAt().toString())).build();
    }

    private static InterestJson json(Interest i) {
        return new InterestJson(i.organisation(), i.relation().name());
    }
}
