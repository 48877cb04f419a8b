package org.nstac.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * {@code /health/live}: this node runs the portal. Says which node it is, its cluster, and the members of its data
 * grid. The load balancer checks this (not readiness): when the database or Keycloak is down, every node is down with
 * it, and a node that answers "try again in a moment" serves people better than a balancer with no node left.
 */
@Liveness
@ApplicationScoped
public class NodeHealthCheck implements HealthCheck {

    @Inject
    ClusterMembers cluster;

    @Override
    public HealthCheckResponse call() {
        List<String> members = cluster.members();
        return HealthCheckResponse.named("node").up()
                .withData("name", Node.name())
                .withData("cluster", Node.cluster())
                .withData("members", String.join(", ", members))
                .withData("size", members.size())
                .build();
    }
}
