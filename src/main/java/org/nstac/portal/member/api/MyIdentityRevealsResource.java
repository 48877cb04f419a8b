package org.nstac.portal.member.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.nstac.portal.member.application.IdentityReveals;
import org.nstac.portal.member.application.Members;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;

/** {@code GET /api/me/identity-reveals}: every opening of my identity: when, by whom, which fields, why. */
@Path("me/identity-reveals")
@Produces(MediaType.APPLICATION_JSON)
public class MyIdentityRevealsResource {

    /** One opening, as the member sees it. */
    public record RevealView(Instant revealedAt, String custodian, List<String> fields, String reason) {
    }

    @Inject
    Members members;

    @Inject
    IdentityReveals reveals;

    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "Who looked at my identity")
    public List<RevealView> mine() {
        if (!user.hasRole(Role.MEMBER)) {
            throw new NotFoundException();
        }
        var me = members.findByLogin(user.getName()).orElseThrow(NotFoundException::new);
        return reveals.logOf(me.getRef()).stream()
                .map(r -> new RevealView(r.getRevealedAt(), r.getCustodian(), Arrays.asList(r.getFields().split(",")),
                        r.getReason()))
                .toList();
    }
}
