package org.nstac.portal.task.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nstac.portal.task.application.TaskOffers;

/** {@code /api/offers/{id}/acceptance} and {@code /decline}: only the member the offer was made to. */
@Tag(name = "Tasks")
@Path("offers")
@Produces(MediaType.APPLICATION_JSON)
public class OfferResource {

    @Inject
    TaskOffers offers;

    @POST
    @Path("{id}/acceptance")
    @Operation(operationId = "acceptOffer",
            summary = "Accept an offer (the member it was made to)",
            description = "Who may call it: The member the offer was made to.")
    public TaskResource.OfferView accept(@PathParam("id") long id) {
        return TaskResource.OfferView.of(offers.respond(id, true));
    }

    @POST
    @Path("{id}/decline")
    @Operation(operationId = "declineOffer",
            summary = "Decline an offer: no reason asked, no penalty",
            description = "Who may call it: The member the offer was made to.")
    public TaskResource.OfferView decline(@PathParam("id") long id) {
        return TaskResource.OfferView.of(offers.respond(id, false));
    }
}
