package org.nstac.portal.member.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.nstac.portal.member.application.MemberExport;
import org.nstac.portal.member.application.Members;
import org.nstac.portal.platform.Languages;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;

/** {@code GET /api/me/export}: everything the portal holds about me, as a file. */
@Path("me/export")
public class MyExportResource {

    @Inject
    Members members;

    @Inject
    MemberExport export;

    @Inject
    CurrentUser user;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Download everything the portal holds about me")
    public Response export() {
        if (!user.hasRole(Role.MEMBER)) {
            throw new NotFoundException();
        }
        var me = members.findByLogin(user.getName()).orElseThrow(NotFoundException::new);
        var locale = Languages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return Response.ok(export.of(me, locale).toString())
                .header("Content-Disposition", "attachment; filename=\"my-council-data.json\"").build();
    }
}
