package org.nstac.portal.terms.api;

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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.nstac.portal.platform.Languages;
import org.nstac.portal.terms.application.TermsRegister;
import org.nstac.portal.terms.domain.TermsVersion;

/**
 * {@code /api/engagement-terms}: the version in force with the rate card (everyone signed in), publishing the next
 * version (the administrator), and who accepted which version (the secretariat).
 */
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Terms")
@Path("engagement-terms")
@Produces(MediaType.APPLICATION_JSON)
public class EngagementTermsResource {

    /** The terms in force, with today's rate card. */
    public record TermsJson(int version, String textEn, String textSr, Instant publishedAt, List<RateJson> rates) {
    }

    /** A new version: {@code {"version", "textEn", "textSr"}}; version may be left out (the next one). */
    public record NewVersion(Integer version, String textEn, String textSr) {
    }

    /** A member's standing: the last version they accepted, and whether it is the one in force. */
    public record StandingJson(String memberRef, String pseudonym, Integer version, Instant acceptedAt,
            boolean current) {
    }

    @Inject
    TermsRegister terms;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "getEngagementTerms",
            description = "Who may call it: Anyone signed in.",
            summary = "The engagement terms in force, in English and Serbian, with today's rate card")
    public TermsJson current() {
        return json(terms.current());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishEngagementTerms",
            description = "Who may call it: The administrator; others get 404.",
            summary = "Publish the next version of the engagement terms (administrator); every member accepts it "
            + "again before their next offer or invitation")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "Created",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json",
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = TermsJson.class)))
    public Response publish(NewVersion in) {
        NewVersion body = in == null ? new NewVersion(null, null, null) : in;
        TermsVersion published = terms.publish(body.version(), body.textEn(), body.textSr());
        return Response.status(Response.Status.CREATED).entity(json(published)).build();
    }

    @GET
    @Path("acceptances")
    @Operation(operationId = "listEngagementTermsAcceptances",
            description = "Who may call it: The secretariat; others get 404.",
            summary = "Every member taking part, with the last version of the terms they accepted (secretariat)")
    public List<StandingJson> acceptances() {
        return terms.standings(Languages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))).stream()
                .map(s -> new StandingJson(s.memberRef(), s.name(), s.version(), s.acceptedAt(), s.current()))
                .toList();
    }

    private TermsJson json(TermsVersion v) {
        return new TermsJson(v.getVersion(), v.getTextEn(), v.getTextSr(), v.getPublishedAt(),
                RateJson.of(terms.ratesToday()));
    }
}
