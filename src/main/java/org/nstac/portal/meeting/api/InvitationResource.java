package org.nstac.portal.meeting.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.nstac.portal.meeting.application.Invitations;

/**
 * A member answers their own invitation: accept or decline, no reason asked, access needs optional. Anyone else, and
 * any other member's invitation, gets 404 (the meeting policy, asked by {@link Invitations}).
 */
@Path("invitations")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

    public record ResponseInput(Boolean accept, String needs) {
    }

    @Inject
    Invitations invitations;

    @POST
    @Path("{id}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept (with the consents the meeting needs) or decline, without a reason; needs: "
            + "interpretation, childcare, step-free access, a support person of one's own")
    public MeetingJson.Invitation respond(@PathParam("id") long id, ResponseInput in) {
        return MeetingJson.Invitation.of(invitations.respond(id, in != null && Boolean.TRUE.equals(in.accept()),
                in == null ? null : in.needs()), null);
    }
}
