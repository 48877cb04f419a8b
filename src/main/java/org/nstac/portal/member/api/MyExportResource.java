package org.nstac.portal.member.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nstac.portal.member.application.MemberExport;
import org.nstac.portal.member.report.MemberDataPdf;
import org.nstac.portal.member.application.CurrentMember;
import org.nstac.portal.platform.Languages;

/** {@code GET /api/me/export}: everything the portal holds about me, as a file; {@code /pdf} as a PDF to read. */
@Tag(name = "Members")
@Path("me/export")
public class MyExportResource {

    @Inject
    CurrentMember current;

    @Inject
    MemberExport export;

    @Inject
    org.nstac.portal.platform.Messages messages;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "exportMyData",
            summary = "Download everything the portal holds about me",
            description = "Who may call it: A member, for themselves.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export() {
        var me = current.require();
        var locale = Languages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return Response.ok(export.of(me, locale).toString())
                .header("Content-Disposition", "attachment; filename=\"my-council-data.json\"").build();
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    @Operation(operationId = "exportMyDataAsPdf",
            summary = "Everything the portal holds about me, as a PDF to read",
            description = "Who may call it: A member, for themselves. The same content as the JSON file, with headings "
                    + "and dates in the language of Accept-Language.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportPdf() {
        var me = current.require();
        var locale = Languages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        var data = export.of(me, locale);
        jakarta.ws.rs.core.StreamingOutput body = out -> MemberDataPdf.write(data, key -> messages.get(locale, key),
                locale, out);
        return Response.ok(body, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"my-council-data.pdf\"").build();
    }
}
