package org.nstac.portal.care.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.nstac.portal.care.application.SupportRequests;
import org.nstac.portal.care.infrastructure.SupportRequestRecord;

/**
 * {@code /api/support-requests}: the requests that reached me (as the named support person, on the secretariat's
 * support duty, or escalated to me as chair), and "I have it". Anyone else gets 404 for a request.
 */
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Care")
@Path("support-requests")
@Produces(MediaType.APPLICATION_JSON)
public class SupportRequestResource {

    @Inject
    SupportRequests requests;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listSupportRequestsReachingMe", description = "Who may call it: The support person a request names, the secretariat (the support duty), and the chair for escalated requests; others get 404.",
            summary = "Support requests that reached me, the newest first")
    public List<SupportJson> reachingMe() {
        return requests.reachingMe().stream().map(this::json).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSupportRequest", description = "Who may call it: The member who asked and the people it reached; others get 404.",
            summary = "One support request (the member who asked, and the people it reached)")
    public SupportJson get(@PathParam("id") long id) {
        return json(requests.get(id));
    }

    @POST
    @Path("{id}/acknowledgement")
    @Operation(operationId = "acknowledgeSupportRequest", description = "Who may call it: The support person a request names, the secretariat (the support duty), and the chair for escalated requests; others get 404.",
            summary = "Acknowledge a support request that reached me; the member is told")
    public SupportJson acknowledge(@PathParam("id") long id) {
        return json(requests.acknowledge(id));
    }

    private SupportJson json(SupportRequestRecord r) {
        return SupportJson.of(r, requests.memberName(r,
                SupportJson.locale(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))));
    }
}
