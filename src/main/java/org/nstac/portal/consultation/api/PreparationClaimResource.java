package org.nstac.portal.consultation.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nstac.portal.consultation.application.PreparationClaims;
import org.nstac.portal.consultation.application.Viewers;
import org.nstac.portal.platform.Languages;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * {@code /api/consultations/{id}/preparation-claims}: a member who took part claims the consultation's paid
 * preparation hours once ({@code {"hours": "2"}}); the chair claims the drafting hours with {@code "kind": "DRAFTING"}.
 */
@Tag(name = "Consultations")
@Path("consultations/{id}/preparation-claims")
@Produces(MediaType.APPLICATION_JSON)
public class PreparationClaimResource {

    /** A claim: hours in half hours up to the consultation's cap; kind PREPARATION (default) or DRAFTING. */
    public record ClaimInput(String hours, String kind) {
    }

    @Inject
    PreparationClaims claims;

    @Inject
    Viewers viewers;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "getPreparationClaims",
            summary = "What taking part in the consultation pays the caller, and what they claimed",
            description = "Who may call it: A council member who took part (or the chair).")
    public PreparationClaims.PayView view(@PathParam("id") long id) {
        return claims.view(id, viewers.current(locale()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPreparationClaim",
            summary = "Claim the paid preparation hours once (or, for the chair, the drafting hours); the ledger "
            + "books them at the card's preparation rate and finance approves them",
            description = "Who may call it: A council member who took part (or the chair, for drafting hours).")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Claimed")))
    public Response claim(@PathParam("id") long id, ClaimInput in) {
        PreparationClaims.Kind kind;
        try {
            kind = in == null || in.kind() == null || in.kind().isBlank() ? PreparationClaims.Kind.PREPARATION
                    : PreparationClaims.Kind.valueOf(in.kind().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new DomainRuleViolation("consultation.claim.kind.unknown");
        }
        return Response.status(Response.Status.CREATED).entity(claims.claim(id, kind, in == null ? null : in.hours(),
                viewers.current(locale()))).build();
    }

    private Locale locale() {
        return Languages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
