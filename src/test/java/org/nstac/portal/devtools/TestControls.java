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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.nstac.portal.platform.JobRunner;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;
import org.nstac.portal.shared.CouncilClock;

/**
 * Test controls, only in the dev and test WAR: move the portal's clock ({@code PUT /api/test/clock?by=PT2H}), put it
 * back ({@code DELETE}), read it ({@code GET}), run a scheduled job at once ({@code POST /api/test/jobs/{name}}), or
 * do what the minute timer does, leases and all ({@code POST /api/test/scheduler/tick}), so that tests move time
 * instead of sleeping. Administrator only. Hidden from {@code /openapi}: the document the tests read is the one
 * production serves.
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

    @Inject
    org.nstac.portal.platform.JobLeases leases;

    @Operation(hidden = true)
    @GET
    @Path("clock")
    public Map<String, String> now() {
        guard();
        return Map.of("now", clock.now().toString(), "today", clock.today().toString(),
                "offset", clock.offset().toString());
    }

    @Operation(hidden = true)
    @PUT
    @Path("clock")
    public Map<String, String> move(@QueryParam("by") String by) {
        guard();
        clock.moveBy(Duration.parse(by));
        return now();
    }

    @Operation(hidden = true)
    @DELETE
    @Path("clock")
    public Map<String, String> reset() {
        guard();
        clock.reset();
        return now();
    }

    @Operation(hidden = true)
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
    @Operation(hidden = true)
    @POST
    @Path("scheduler/tick")
    public Map<String, Object> tick() {
        guard();
        return Map.of("node", org.nstac.portal.platform.Node.name(), "ran", jobs.tick());
    }

    /**
     * Takes (or renews) the lease on a job for this node, as the minute timer does before it runs the job, without
     * running anything: a test can call it on every node at the same moment, many times over, to show that exactly one
     * node holds a lease each time and that taking one never fails.
     */
    @Operation(hidden = true)
    @POST
    @Path("leases/{job}")
    public Map<String, Object> takeLease(@PathParam("job") String job) {
        guard();
        return Map.of("node", org.nstac.portal.platform.Node.name(), "mine", leases.take(job));
    }

    /**
     * Fails as a {@code @Transactional} method whose commit lost the database does (a {@code TransactionalException}
     * around a {@code SystemException}), so a test can show what a caller then gets.
     */
    @Operation(hidden = true)
    @POST
    @Path("lost-commit")
    public Map<String, Object> lostCommit() {
        guard();
        throw new jakarta.transaction.TransactionalException("commit lost (test)",
                new jakarta.transaction.SystemException("the database went away during the commit (test)"));
    }

    private void guard() {
        if (!user.hasRole(Role.ADMIN)) {
            throw new NotFoundException();
        }
    }
}
