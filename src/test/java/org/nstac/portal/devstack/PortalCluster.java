package org.nstac.portal.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Several portal nodes in one Payara data grid behind HAProxy: node {@code i} on {@code firstNodePort + i}, the
 * balancer on {@code balancerPort}. The nodes share the database, Keycloak, the vault keyring file and the documents
 * folder of the stack that starts them.
 */
public final class PortalCluster implements AutoCloseable {

    private final List<PortalServer> nodes;
    private final LoadBalancer balancer;

    /**
     * @param names the nodes' names, in port order ({@code node-a}, {@code node-b})
     */
    PortalCluster(PortalServer.Grid grid, List<String> names, int balancerPort, int firstNodePort) {
        List<PortalServer> all = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            all.add(new PortalServer(names.get(i), firstNodePort + i, grid, i, names.get(i) + ".log"));
        }
        this.nodes = List.copyOf(all);
        this.balancer = new LoadBalancer(balancerPort, nodes);
    }

    /** The nodes' names {@code <prefix>a}, {@code <prefix>b}, ... */
    static List<String> names(String prefix, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(prefix + (char) ('a' + i));
        }
        return names;
    }

    /**
     * Starts the nodes, then the balancer, and waits until all answer. {@code firstAlone}: the first node starts
     * alone and the others once it answers (a new database: it migrates the schema and adds the demo data once);
     * otherwise all start at once.
     */
    void start(Path microJar, Path war, Path workDir, Map<String, String> settings, Map<String, String> secrets,
            Path logs, Path bootCommands, Path runDir, Duration timeout, boolean firstAlone) throws Exception {
        if (firstAlone) {
            PortalServer first = nodes.get(0);
            first.start(microJar, war, workDir.resolve(first.name()), settings, secrets, logs, bootCommands,
                    runDir);
            first.awaitReady(timeout);
        }
        for (PortalServer node : nodes.subList(firstAlone ? 1 : 0, nodes.size())) {
            node.start(microJar, war, workDir.resolve(node.name()), settings, secrets, logs, bootCommands, runDir);
        }
        CompletableFuture.allOf(nodes.stream()
                .map(node -> CompletableFuture.runAsync(() -> node.awaitReady(timeout)))
                .toArray(CompletableFuture[]::new)).join();
        balancer.start(workDir.resolve("haproxy"), logs);
        balancer.awaitReady(Duration.ofSeconds(30));
    }

    /** The address people use: the balancer's. */
    public String url() {
        return balancer.url();
    }

    public List<PortalServer> nodes() {
        return nodes;
    }

    public PortalServer node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No node " + name));
    }

    public LoadBalancer balancer() {
        return balancer;
    }

    @Override
    public void close() {
        balancer.stop();
        CompletableFuture.allOf(nodes.stream().map(node -> CompletableFuture.runAsync(node::stop))
                .toArray(CompletableFuture[]::new)).join();
    }
}
