package org.nstac.portal.terms.api;

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
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.nstac.portal.platform.Languages;
import org.nstac.portal.platform.Messages;
import org.nstac.portal.terms.application.TermsRegister;
import org.nstac.portal.terms.application.TermsRegister.Reading;
import org.nstac.portal.terms.report.TermsPdf;

/** {@code /api/me/engagement-terms}: the calling member reads the terms in force, accepts them, keeps a PDF. */
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Terms")
@Path("me/engagement-terms")
@Produces(MediaType.APPLICATION_JSON)
public class MyEngagementTermsResource {

    /** The terms as the member reads them, in their language, with where they stand. */
    public record MyTermsJson(int version, String text, boolean accepted, Integer acceptedVersion,
            Instant acceptedAt, List<RateJson> rates, String pdf) {
    }

    /** {@code {"version": n}}: the version the member read and accepts. */
    public record Acceptance(Integer version) {
    }

    @Inject
    TermsRegister terms;

    @Inject
    Messages messages;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "getMyEngagementTerms",
            description = "Who may call it: A member, for themselves.",
            summary = "The engagement terms in force in my language, with the rate card and my acceptance")
    public MyTermsJson mine() {
        return json(terms.mine());
    }

    @POST
    @Path("acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acceptEngagementTerms",
            description = "Who may call it: A member, for themselves.",
            summary = "Accept the version in force, after reading it (only the current version can be accepted)")
    public MyTermsJson accept(Acceptance in) {
        return json(terms.accept(in == null ? null : in.version()));
    }

    @GET
    @Path("{version: [0-9]{1,6}}.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "getMyEngagementTermsPdf",
            description = "Who may call it: A member, for a version they accepted; others get 404.",
            summary = "A PDF of a version I accepted, with the rate card of the day I accepted it")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "OK", content = @org.eclipse.microprofile.openapi.annotations.media.Content(
            mediaType = "application/pdf", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
            format = "binary")))
    public Response pdf(@PathParam("version") int version) {
        Locale locale = locale();
        TermsPdf.Content content = terms.pdfOf(version, locale);
        StreamingOutput body = out -> TermsPdf.write(content, key -> messages.get(locale, key), locale, out);
        return Response.ok(body, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"engagement-terms-v" + version + ".pdf\"")
                .build();
    }

    private MyTermsJson json(Reading r) {
        Locale locale = locale();
        return new MyTermsJson(r.version().getVersion(), r.version().textIn(locale), r.accepted(),
                r.acceptedVersion(), r.acceptedAt(), RateJson.of(r.rates()),
                r.accepted() ? "/api/me/engagement-terms/" + r.version().getVersion() + ".pdf" : null);
    }

    private Locale locale() {
        return Languages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
