package org.nstac.portal.care.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.nstac.portal.care.application.Quotes;
import org.nstac.portal.care.infrastructure.QuoteRecord;
import org.nstac.portal.shared.NotFound;

/**
 * {@code /api/quotes}: the secretariat proposes a member's words or photo for a named public output and lists what it
 * may use (approved, not withdrawn). Only the member decides ({@code /api/me/quotes}).
 */
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Care")
@Path("quotes")
@Produces(MediaType.APPLICATION_JSON)
public class QuoteResource {

    /** text or photo (Base64 of a JPEG or PNG, stored without metadata), never both; publishOn after today. */
    public record Proposal(String memberRef, String text, String photo, String purpose, LocalDate publishOn) {
    }

    @Inject
    Quotes quotes;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "proposeQuote", description = "Who may call it: The secretariat.",
            summary = "Propose to use a member's words (text) or photo (Base64 JPEG or PNG) in a named public output "
            + "(purpose) on a day after today (publishOn); the member is told and decides")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = QuoteJson.class)))
    public Response propose(Proposal in) {
        Proposal p = in == null ? new Proposal(null, null, null, null, null) : in;
        QuoteRecord q = quotes.propose(p.memberRef(), p.text(), p.photo(), p.purpose(), p.publishOn());
        return Response.status(Response.Status.CREATED).entity(json(q)).build();
    }

    @GET
    @Operation(operationId = "listQuotes", description = "Who may call it: The secretariat.",
            summary = "Quotes and photos proposed, the newest first; usable=true lists only those the member approved "
            + "and has not withdrawn")
    public List<QuoteJson> list(@QueryParam("usable") boolean usable) {
        return quotes.list(usable).stream().map(this::json).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getQuote", description = "Who may call it: The secretariat, and the member it is "
            + "about; others get 404.", summary = "One quote or photo proposal and where it stands")
    public QuoteJson get(@PathParam("id") long id) {
        return json(quotes.get(id));
    }

    @GET
    @Path("{id}/photo")
    @Produces({"image/jpeg", "image/png"})
    @Operation(operationId = "getQuotePhoto", description = "Who may call it: The secretariat, and the member it is "
            + "about; others get 404.", summary = "The proposed photo (no metadata kept)")
    @APIResponse(responseCode = "200", description = "The photo", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations
                    .enums.SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations
                    .enums.SchemaType.STRING, format = "binary"))})
    public Response photo(@PathParam("id") long id) {
        QuoteRecord q = quotes.get(id);
        if (!q.isPhoto()) {
            throw new NotFound();
        }
        return Response.ok(q.getPhoto(), q.getPhotoType()).header("Cache-Control", "no-store").build();
    }

    private QuoteJson json(QuoteRecord q) {
        return QuoteJson.of(q, quotes.memberName(q, SupportJson.locale(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))));
    }
}
