package org.nstac.portal.care.api;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.nstac.portal.care.application.Incidents;
import org.nstac.portal.care.infrastructure.IncidentRecord;

/**
 * {@code /api/incidents}: the incident log, for the secretariat and the chair only (anyone else gets 404). An entry
 * says when, what kind, what was done and the follow-up; it has no field for what the person went through, and a body
 * with any field the entry does not have ("story", "account", "description"...) is refused with 400.
 */
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Care")
@Path("incidents")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentResource {

    @Inject
    Incidents incidents;

    @GET
    @Operation(operationId = "listIncidents", description = "Who may call it: The secretariat and the chair; others "
            + "get 404.", summary = "The incident log, the newest first (at most 500), each with its follow-up and "
            + "whether it is due")
    public List<IncidentJson> list() {
        return incidents.list().stream().map(this::json).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getIncident", description = "Who may call it: The secretariat and the chair; others "
            + "get 404.", summary = "One incident entry")
    public IncidentJson get(@PathParam("id") long id) {
        return json(incidents.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordIncident", description = "Who may call it: The secretariat and the chair; others "
            + "get 404.", summary = "Log an incident: the day (not after today), the kind, what was done (at least "
            + "one action; OTHER needs the note), a note of at most 200 characters on what was done (never an "
            + "account of the person's experience), an optional follow-up day (not before the incident) and an "
            + "optional member reference. Any other field is refused with 400")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "An incident entry. Any other field (a story, "
                    + "an account, a description) is refused with 400 care.incident.field.unknown.", properties = {
                @SchemaProperty(name = "occurredOn", type = SchemaType.STRING, format = "date",
                        description = "The day of the incident, not after today"),
                @SchemaProperty(name = "kind", type = SchemaType.STRING, enumeration = {"DISTRESS_IN_MEETING",
                    "DISTRESS_DURING_WORK", "SAFETY_THREAT", "IDENTITY_EXPOSURE_RISK", "HEALTH", "OTHER"}),
                @SchemaProperty(name = "actions", type = SchemaType.ARRAY, implementation = String.class,
                        description = "What was done, at least one of SUPPORT_PERSON_CALLED, REFERRED_TO_SERVICE, "
                        + "MEETING_PAUSED, EMERGENCY_SERVICES, FOLLOWED_UP, OTHER (OTHER needs the note)"),
                @SchemaProperty(name = "note", type = SchemaType.STRING, maxLength = 200,
                        description = "What was done, briefly (optional; required with OTHER); never an account of "
                        + "the person's experience"),
                @SchemaProperty(name = "followUpOn", type = SchemaType.STRING, format = "date",
                        description = "The day to follow up, not before the incident (optional)"),
                @SchemaProperty(name = "followUpDone", type = SchemaType.BOOLEAN,
                        description = "Whether the follow-up was done (only with a follow-up day)"),
                @SchemaProperty(name = "memberRef", type = SchemaType.STRING, maxLength = 32,
                        description = "The member's opaque reference (optional; never a name)")})))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentJson.class)))
    public Response record(String body) {
        incidents.requireKeeper();
        IncidentRecord incident = incidents.record(IncidentJson.draft(body));
        return Response.status(Response.Status.CREATED).entity(json(incident)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateIncident", description = "Who may call it: The secretariat and the chair; others "
            + "get 404.", summary = "Change an incident entry, typically to record that the follow-up was done "
            + "({\"followUpDone\": true}): the fields given replace theirs, the others stay; null clears an optional "
            + "one. The same rules as for a new entry; any other field is refused with 400")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "An incident entry. Any other field (a story, "
                    + "an account, a description) is refused with 400 care.incident.field.unknown.", properties = {
                @SchemaProperty(name = "occurredOn", type = SchemaType.STRING, format = "date",
                        description = "The day of the incident, not after today"),
                @SchemaProperty(name = "kind", type = SchemaType.STRING, enumeration = {"DISTRESS_IN_MEETING",
                    "DISTRESS_DURING_WORK", "SAFETY_THREAT", "IDENTITY_EXPOSURE_RISK", "HEALTH", "OTHER"}),
                @SchemaProperty(name = "actions", type = SchemaType.ARRAY, implementation = String.class,
                        description = "What was done, at least one of SUPPORT_PERSON_CALLED, REFERRED_TO_SERVICE, "
                        + "MEETING_PAUSED, EMERGENCY_SERVICES, FOLLOWED_UP, OTHER (OTHER needs the note)"),
                @SchemaProperty(name = "note", type = SchemaType.STRING, maxLength = 200,
                        description = "What was done, briefly (optional; required with OTHER); never an account of "
                        + "the person's experience"),
                @SchemaProperty(name = "followUpOn", type = SchemaType.STRING, format = "date",
                        description = "The day to follow up, not before the incident (optional)"),
                @SchemaProperty(name = "followUpDone", type = SchemaType.BOOLEAN,
                        description = "Whether the follow-up was done (only with a follow-up day)"),
                @SchemaProperty(name = "memberRef", type = SchemaType.STRING, maxLength = 32,
                        description = "The member's opaque reference (optional; never a name)")})))
    public IncidentJson update(@PathParam("id") long id, String body) {
        incidents.requireKeeper();
        return json(incidents.update(id, IncidentJson.draft(body)));
    }

    private IncidentJson json(IncidentRecord i) {
        return IncidentJson.of(i, incidents.followUpDue(i));
    }
}
