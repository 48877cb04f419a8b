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
import org.nstac.portal.member.application.MemberExport;
import org.nstac.portal.member.application.CurrentMember;
import org.nstac.portal.platform.Languages;

/** {@code GET /api/me/export}: everything the portal holds about me, as a file. */
@Path("me/export")
public class MyExportResource {

    @Inject
    CurrentMember current;

    @Inject
    MemberExport export;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Download everything the portal holds about me")
    public Response export() {
        var me = current.require();
        var locale = Languages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return Response.ok(export.of(me, locale).toString())
                .header("Content-Disposition", "attachment; filename=\"my-council-data.json\"").build();
    }
}
