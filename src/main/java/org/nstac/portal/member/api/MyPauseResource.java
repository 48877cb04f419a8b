package org.nstac.portal.member.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nstac.portal.member.application.CurrentMember;
import org.nstac.portal.member.application.Pausing;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.security.CurrentUser;

/** {@code /api/me/pause}: the member steps back (until a date, or until further notice) and comes back. */
@Tag(name = "Members")
@Path("me/pause")
@Produces(MediaType.APPLICATION_JSON)
public class MyPauseResource {

    /** Optional end of the pause; none means until further notice. No reason is ever asked. */
    public record PauseRequest(LocalDate until) {
    }

    @Inject
    CurrentMember current;

    @Inject
    Pausing pausing;

    @Inject
    CurrentUser user;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "pauseMyParticipation",
            summary = "Pause my participation",
            description = "Who may call it: A member, for themselves.")
    public MemberResource.MemberView pause(PauseRequest request) {
        Member me = self();
        return MemberResource.MemberView.of(pausing.pause(me.getRef(), request == null ? null : request.until(),
                user.getName()));
    }

    @DELETE
    @Operation(operationId = "resumeMyParticipation",
            summary = "Resume my participation",
            description = "Who may call it: A member, for themselves.")
    public MemberResource.MemberView resume() {
        return MemberResource.MemberView.of(pausing.resume(self().getRef(), user.getName()));
    }

    private Member self() {
        return current.require();
    }
}
