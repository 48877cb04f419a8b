package org.nstac.portal.devtools;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.Map;
import org.nstac.portal.platform.JobRunner;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;
import org.nstac.portal.shared.CouncilClock;

/**
 * Test controls, only in the dev and test WAR: move the portal's clock ({@code PUT /api/test/clock?by=PT2H}), put it
 * back ({@code DELETE}), read it ({@code GET}), run a scheduled job at once ({@code POST /api/test/jobs/{name}}), or
 * do what the minute timer does, leases and all ({@code POST /api/test/scheduler/tick}), so that tests move time
 * instead of sleeping. Administrator only.
 */
@Path("test")
@Produces(MediaType.APPLICATION_JSON)
public class TestControls {

    @Inject
    CouncilClock clock;

    @Inject
    JobRunner jobs;

    @Inject
    CurrentUser user;

    @GET
    @Path("clock")
    public Map<String, String> now() {
        guard();
        return Map.of("now", clock.now().toString(), "today", clock.today().toString(),
                "offset", clock.offset().toString());
    }

    @PUT
    @Path("clock")
    public Map<String, String> move(@QueryParam("by") String by) {
        guard();
        clock.moveBy(Duration.parse(by));
        return now();
    }

    @DELETE
    @Path("clock")
    public Map<String, String> reset() {
        guard();
        clock.reset();
        return now();
    }

    @POST
    @Path("jobs/{name}")
    public Map<String, Integer> run(@PathParam("name") String name) {
        guard();
        return Map.of("changed", jobs.runNow(name).orElseThrow(NotFoundException::new));
    }

    /**
     * What each node's timer does every minute, now: the jobs whose lease this node holds (or takes) run here. Answers
     * which node this is and which jobs it ran, so a test can show that a cluster runs each job once.
     */
    @POST
    @Path("scheduler/tick")
    public Map<String, Object> tick() {
        guard();
        return Map.of("node", org.nstac.portal.platform.Node.name(), "ran", jobs.tick());
    }

    private void guard() {
        if (!user.hasRole(Role.ADMIN)) {
            throw new NotFoundException();
        }
    }
}
