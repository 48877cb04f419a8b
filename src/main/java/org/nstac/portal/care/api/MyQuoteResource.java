package org.nstac.portal.care.api;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.nstac.portal.care.application.Quotes;
import org.nstac.portal.care.infrastructure.QuoteRecord;

/** {@code /api/me/quotes}: my words or photos the secretariat proposes to use, and my decision on each. */
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Care")
@Path("me/quotes")
@Produces(MediaType.APPLICATION_JSON)
public class MyQuoteResource {

    /** approve true: yes; false: no, or (after a yes) withdraw it. Before the publication day only. */
    public record Decision(Boolean approve) {
    }

    @Inject
    Quotes quotes;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listMyQuotes", description = "Who may call it: A member, for themselves.",
            summary = "My words and photos proposed for public outputs, and where each stands")
    public List<QuoteJson> mine() {
        return quotes.mine().stream().map(this::json).toList();
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideMyQuote", description = "Who may call it: The member the quote or photo is "
            + "about; anyone else gets 404.",
            summary = "Approve (approve: true) or decline (false) a proposed quote or photo; false after an approval "
            + "withdraws it, until the publication day")
    public QuoteJson decide(@PathParam("id") long id, Decision in) {
        return json(quotes.decide(id, in == null ? null : in.approve()));
    }

    private QuoteJson json(QuoteRecord q) {
        return QuoteJson.of(q, quotes.memberName(q, SupportJson.locale(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))));
    }
}
