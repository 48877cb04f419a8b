package org.nstac.portal.member.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nstac.portal.member.application.IdentityReveals;
import org.nstac.portal.member.application.CurrentMember;

/** {@code GET /api/me/identity-reveals}: every opening of my identity: when, by whom, which fields, why. */
@Tag(name = "Members")
@Path("me/identity-reveals")
@Produces(MediaType.APPLICATION_JSON)
public class MyIdentityRevealsResource {

    /** One opening, as the member sees it. */
    public record RevealView(Instant revealedAt, String custodian, List<String> fields, String reason) {
    }

    @Inject
    CurrentMember current;

    @Inject
    IdentityReveals reveals;

    @GET
    @Operation(operationId = "listMyIdentityReveals",
            summary = "Who looked at my identity",
            description = "Who may call it: A member, for themselves.")
    public List<RevealView> mine() {
        var me = current.require();
        return reveals.logOf(me.getRef()).stream()
                .map(r -> new RevealView(r.getRevealedAt(), r.getCustodian(), Arrays.asList(r.getFields().split(",")),
                        r.getReason()))
                .toList();
    }
}
