package org.nstac.portal.learning.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.nstac.portal.learning.api.LearningJson.OfferJson;
import org.nstac.portal.learning.application.Learning;

/** {@code /api/learning-offers/{id}}: the member answers their own offer; the secretariat records completion. */
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Learning")
@Path("learning-offers/{id: [0-9]+}")
@Produces(MediaType.APPLICATION_JSON)
public class LearningOfferResource {

    /** Optional: {@code {"addRole": true}} when completing it should add the role it prepares for. */
    public record AcceptInput(Boolean addRole) {
    }

    /** Optional: {@code {"completedOn": "yyyy-MM-dd"}}; today when left out. */
    public record CompletionInput(LocalDate completedOn) {
    }

    @Inject
    Learning learning;

    @POST
    @Path("acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acceptLearningOffer",
            description = "Who may call it: The member the offer was made to; others get 404.",
            summary = "Accept my offer (member), optionally agreeing that completing it adds the role it prepares for")
    public OfferJson accept(@PathParam("id") long id, AcceptInput in) {
        return OfferJson.of(learning.accept(id, in != null && Boolean.TRUE.equals(in.addRole())));
    }

    @POST
    @Path("decline")
    @Operation(operationId = "declineLearningOffer",
            description = "Who may call it: The member the offer was made to; others get 404.",
            summary = "Decline my offer (member), without a reason")
    public OfferJson decline(@PathParam("id") long id) {
        return OfferJson.of(learning.decline(id));
    }

    @POST
    @Path("completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "completeLearningOffer",
            description = "Who may call it: The secretariat; others get 404.",
            summary = "Record that the member completed it (secretariat): on their record, paid time to the ledger")
    public OfferJson complete(@PathParam("id") long id, CompletionInput in) {
        return OfferJson.of(learning.complete(id, in == null ? null : in.completedOn()));
    }
}
