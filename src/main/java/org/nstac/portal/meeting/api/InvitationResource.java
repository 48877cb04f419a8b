package org.nstac.portal.meeting.api;

import org.nstac.portal.shared.NotFound;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.nstac.portal.meeting.application.Meetings;
import org.nstac.portal.member.application.Members;
import org.nstac.portal.member.domain.Participation;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;

/** A member answers their own invitation: accept or decline, no reason asked, access needs optional. */
@Path("invitations")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

    public record ResponseInput(Boolean accept, String needs) {
    }

    @Inject
    Meetings meetings;

    @Inject
    Members members;

    @Inject
    CurrentUser user;

    @POST
    @Path("{id}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept (with the consents the meeting needs) or decline, without a reason; needs: "
            + "interpretation, childcare, step-free access, a support person of one's own")
    public Object respond(@PathParam("id") long id, ResponseInput in) {
        if (!user.hasRole(Role.MEMBER)) {
            throw new NotFound();
        }
        String ref = members.findByLogin(user.getName()).filter(m -> m.getStatus() != Participation.Status.WITHDRAWN)
                .orElseThrow(NotFound::new).getRef();
        return MeetingJson.Invitation.of(meetings.respond(id, ref, in != null && Boolean.TRUE.equals(in.accept()),
                in == null ? null : in.needs()), null);
    }
}
