package org.nstac.portal.security.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;

/** {@code GET /api/me}: who the token belongs to. */
@Tag(name = "Account")
@Path("me")
public class MeResource {

    /** The caller: login handle and portal roles. */
    public record Me(String username, List<String> roles) {
    }

    @Inject
    CurrentUser currentUser;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getMe",
            summary = "The caller's login handle and roles",
            description = "Who may call it: Any signed-in caller.")
    public Me me() {
        return new Me(currentUser.getName(), currentUser.getRoles().stream().map(Role::roleName).toList());
    }
}
