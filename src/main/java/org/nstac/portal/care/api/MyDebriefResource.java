package org.nstac.portal.care.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.nstac.portal.care.application.Debriefs;

/** {@code /api/me/debriefs}: debriefs offered to me after sensitive work, and my answer (no reason asked). */
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Care")
@Path("me/debriefs")
@Produces(MediaType.APPLICATION_JSON)
public class MyDebriefResource {

    /** accept true: yes, I would like the debrief; false: no, thank you. Nothing else is asked. */
    public record DebriefDecision(Boolean accept) {
    }

    @Inject
    Debriefs debriefs;

    @GET
    @Operation(operationId = "listMyDebriefs", description = "Who may call it: A member, for themselves.",
            summary = "Debriefs offered to me after a sensitive meeting or task, and my answers, the newest first")
    public List<DebriefJson> mine() {
        return debriefs.mine().stream().map(DebriefJson::of).toList();
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideMyDebrief", description = "Who may call it: The member the debrief was offered "
            + "to; anyone else gets 404.",
            summary = "Accept (accept: true) or decline (false) a debrief with the support person; no reason is asked."
            + " A no may later become a yes; an accepted debrief reaches the support person")
    public DebriefJson decide(@PathParam("id") long id, DebriefDecision in) {
        return DebriefJson.of(debriefs.decide(id, in == null ? null : in.accept()));
    }
}
