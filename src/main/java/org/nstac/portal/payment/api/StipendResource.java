package org.nstac.portal.payment.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nstac.portal.payment.application.PaymentPolicy;
import org.nstac.portal.payment.application.Stipends;
import org.nstac.portal.payment.domain.PaymentAction;
import org.nstac.portal.platform.Languages;

/**
 * {@code /api/stipends}: the secretariat (and finance) assign monthly stipends for standing roles and end them; a
 * member reads their own. A job books each ended month once, prorated by the days the member took part.
 */
@Tag(name = "Payments")
@Path("stipends")
@Produces(MediaType.APPLICATION_JSON)
public class StipendResource {

    @Inject
    Stipends stipends;

    @Inject
    PaymentPolicy policy;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listStipends",
            summary = "Every stipend (secretariat, finance); a member's own for a member",
            description = "Who may call it: The secretariat and finance; a member sees their own.")
    public List<Stipends.Stipend> list() {
        return policy.may(PaymentAction.MANAGE_STIPENDS) ? stipends.all(locale()) : stipends.mine(locale());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assignStipend",
            summary = "Assign a stipend: memberRef, role (CHAIR, DEPUTY_CHAIR, WORKING_GROUP_LEAD, "
            + "PEER_SUPPORT_COORDINATOR), from and to as yyyy-MM (to optional); amount and reason only above the card",
            description = "Who may call it: The secretariat and finance.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Stipend")))
    public Response assign(Stipends.NewStipend in) {
        return Response.status(Response.Status.CREATED).entity(stipends.assign(in, locale())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "endStipend",
            summary = "End a stipend: this month counts up to today, later months do not",
            description = "Who may call it: The secretariat and finance.")
    public Stipends.Stipend end(@PathParam("id") long id) {
        return stipends.end(id, locale());
    }

    private Locale locale() {
        return Languages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
