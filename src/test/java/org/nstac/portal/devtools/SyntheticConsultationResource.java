package org.nstac.portal.devtools;

import org.nstac.portal.shared.NotFound;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.nstac.portal.consultation.application.Consultations;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;

/**
 * {@code POST /api/dev/synthetic-consultations}: an administrator's benchmark helper, only in the dev and test WAR.
 * Body {@code {"comments": 10000, "ministry": "justice"}}.
 */
@Path("dev/synthetic-consultations")
@Produces(MediaType.APPLICATION_JSON)
public class SyntheticConsultationResource {

    public record SyntheticRequest(Integer comments, String ministry) {
    }

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    SyntheticConsultations synthetic;

    @Inject
    CurrentUser user;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true,
            summary = "Generate an open consultation with N synthetic comments (administrator, demo data only)")
    public Response create(SyntheticRequest request) {
        if (!demoData || !user.hasRole(Role.ADMIN)) {
            throw new NotFound();
        }
        int n = request == null || request.comments() == null ? 1000 : request.comments();
        String ministry = request == null || request.ministry() == null ? "justice" : request.ministry();
        long id = synthetic.create(n, ministry, user.getName());
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id, "comments", n)).build();
    }
}
