package org.nstac.portal.care.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.nstac.portal.care.application.SupportRequests;
import org.nstac.portal.care.infrastructure.SupportRequestRecord;

/** {@code /api/me/support-requests}: I ask for support (no story needed), and see where each request stands. */
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Care")
@Path("me/support-requests")
@Produces(MediaType.APPLICATION_JSON)
public class MySupportRequestResource {

    /** about: MEETING, TASK, CONSULTATION or OTHER; urgency: NOW or SOON; note optional, at most 300 characters. */
    public record Ask(String about, Long refId, String urgency, String note) {
    }

    @Inject
    SupportRequests requests;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "askForSupport", description = "Who may call it: A member, for themselves.",
            summary = "Ask for support: about a MEETING (refId: one of mine), TASK, CONSULTATION or OTHER; urgency "
            + "NOW or SOON; an optional note of at most 300 characters. No story is needed")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "Created",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = SupportJson.class)))
    public Response ask(Ask in) {
        Ask a = in == null ? new Ask(null, null, null, null) : in;
        SupportRequestRecord r = requests.ask(a.about(), a.refId(), a.urgency(), a.note());
        return Response.status(Response.Status.CREATED).entity(json(r)).build();
    }

    @GET
    @Operation(operationId = "listMySupportRequests", description = "Who may call it: A member, for themselves.",
            summary = "My support requests and where each stands, the newest first")
    public List<SupportJson> mine() {
        return requests.mine().stream().map(this::json).toList();
    }

    private SupportJson json(SupportRequestRecord r) {
        Locale locale = SupportJson.locale(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return SupportJson.of(r, requests.memberName(r, locale));
    }
}
