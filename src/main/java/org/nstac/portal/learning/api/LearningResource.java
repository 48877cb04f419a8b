package org.nstac.portal.learning.api;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.nstac.portal.learning.api.LearningJson.OfferJson;
import org.nstac.portal.learning.api.LearningJson.OpportunityJson;
import org.nstac.portal.learning.application.Learning;
import org.nstac.portal.learning.application.LearningPolicy;
import org.nstac.portal.learning.domain.LearningOpportunity;
import org.nstac.portal.learning.domain.LearningRules.Action;
import org.nstac.portal.platform.Languages;

/**
 * {@code /api/learning}: the secretariat records opportunities, asks for fair suggestions and offers them; a member
 * reads the offers made to them (and nothing else). Anyone else gets 404.
 */
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Learning")
@Path("learning")
@Produces(MediaType.APPLICATION_JSON)
public class LearningResource {

    /** An offer: {@code {"memberRef"}}. */
    public record OfferInput(String memberRef) {
    }

    @Inject
    Learning learning;

    @Inject
    LearningPolicy policy;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listLearning",
            description = "Who may call it: The secretariat (every opportunity) and members (the offers made to them).",
            summary = "The secretariat: every opportunity with its places taken. A member: the offers made to them")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "OK: opportunities for the secretariat, a member's offers for a member",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = LearningJson.OpportunityJson.class)))
    public Response list() {
        if (policy.may(Action.MANAGE)) {
            return Response.ok(learning.all().stream().map(l -> OpportunityJson.of(l.opportunity(), l.placesTaken()))
                    .toList()).build();
        }
        return Response.ok(learning.mine().stream().map(OfferJson::of).toList()).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createLearningOpportunity",
            description = "Who may call it: The secretariat; others get 404.",
            summary = "Record a learning opportunity (secretariat): title, provider, description, startDate, "
            + "endDate, language, places, paidHours (0: not paid time), contentNotes, rolePrepared")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "Created",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json",
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = LearningJson.OpportunityJson.class)))
    public Response create(Learning.NewOpportunity in) {
        LearningOpportunity o = learning.create(in);
        return Response.status(Response.Status.CREATED).entity(OpportunityJson.of(o, 0L)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(operationId = "getLearningOpportunity",
            description = "Who may call it: The secretariat; others get 404.",
            summary = "One opportunity (secretariat)")
    public OpportunityJson one(@PathParam("id") long id) {
        return OpportunityJson.of(learning.find(id), null);
    }

    @GET
    @Path("{id: [0-9]+}/suggestions")
    @Operation(operationId = "listLearningSuggestions",
            description = "Who may call it: The secretariat; others get 404.",
            summary = "Members ranked by how little they were offered learning lately, then why the others are not "
            + "eligible (secretariat)")
    public List<Learning.Suggested> suggestions(@PathParam("id") long id) {
        return learning.suggestions(id, Languages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    @GET
    @Path("{id: [0-9]+}/offers")
    @Operation(operationId = "listLearningOffers",
            description = "Who may call it: The secretariat; others get 404.",
            summary = "The offers of an opportunity (secretariat)")
    public List<OfferJson> offers(@PathParam("id") long id) {
        LearningOpportunity o = learning.find(id);
        return learning.offersOf(id).stream().map(f -> OfferJson.of(new Learning.OfferView(f, o))).toList();
    }

    @POST
    @Path("{id: [0-9]+}/offers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createLearningOffer",
            description = "Who may call it: The secretariat; others get 404.",
            summary = "Offer an opportunity to a member (secretariat): eligible, once, within its places")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "Created",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json",
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = LearningJson.OfferJson.class)))
    public Response offer(@PathParam("id") long id, OfferInput in) {
        var offer = learning.offer(id, in == null ? null : in.memberRef());
        return Response.status(Response.Status.CREATED)
                .entity(OfferJson.of(new Learning.OfferView(offer, learning.find(id)))).build();
    }
}
