package org.nstac.portal.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * HAProxy (Debian's {@code haproxy} package) in front of the portal's nodes: round robin for new visitors, a cookie
 * ({@code PORTALNODE}) that keeps a browser on the node it started on, a health check of each node every second
 * ({@code /health/live}), and a request that could not reach its node at all tried on another. When a node dies, the
 * requests it was working on are lost; the next ones go to the nodes left, where the session (kept in the data grid)
 * carries on.
 */
public final class LoadBalancer {

    private final int port;
    private final List<PortalServer> nodes;
    private ChildProcess process;

    LoadBalancer(int port, List<PortalServer> nodes) {
        this.port = port;
        this.nodes = List.copyOf(nodes);
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    void start(Path dir, Path logs) throws IOException {
        Files.createDirectories(dir);
        Path config = dir.resolve("haproxy.cfg");
        Files.writeString(config, config());
        process = ChildProcess.start("HAProxy", List.of(binary().toString(), "-db", "-f", config.toString()), dir,
                Map.of(), logs.resolve("haproxy.log"));
    }

    /** Waits until the balancer answers and has at least one node it considers up. */
    void awaitReady(Duration timeout) {
        Http.awaitOk("HAProxy", url() + "/health/live", timeout, process);
    }

    void stop() {
        if (process != null) {
            process.stop(5);
        }
    }

    /** The configuration: one frontend on this machine's loopback address, one backend with every node. */
    String config() {
        StringBuilder cfg = new StringBuilder("""
                # Written by the portal's dev launcher (devstack.LoadBalancer); see docs/operations.md.
                global
                    log stdout format raw local0 info
                    maxconn 2000

                defaults
                    log global
                    mode http
                    option httplog
                    option dontlognull
                    # A request that could not be handed to its node (refused connection) goes to another node;
                    # a request a node received is never sent twice.
                    option redispatch
                    retries 2
                    timeout connect 1s
                    timeout client 60s
                    timeout server 60s
                    timeout http-request 10s
                    timeout queue 10s

                frontend portal
                    bind 127.0.0.1:%d
                    default_backend nodes

                backend nodes
                    balance roundrobin
                    # A browser stays on its node while that node is up; the session lives in the data grid, so
                    # another node carries it on when it is not.
                    cookie PORTALNODE insert indirect nocache httponly attr SameSite=Lax
                    option httpchk
                    http-check send meth GET uri /health/live
                    http-check expect status 200
                    default-server inter 1s fastinter 500ms downinter 1s rise 2 fall 2 on-marked-down shutdown-sessions
                """.formatted(port));
        for (PortalServer node : nodes) {
            cfg.append("    server ").append(node.name()).append(" 127.0.0.1:").append(node.port())
                    .append(" check cookie ").append(node.name()).append('\n');
        }
        return cfg.toString();
    }

    /**
     * HAProxy from {@code -Dportal.haproxy=}, else Debian's {@code /usr/sbin/haproxy}, else the first on the PATH.
     *
     * @throws IllegalStateException with how to install it, when there is none
     */
    static Path binary() {
        String configured = System.getProperty("portal.haproxy");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path debian = Path.of("/usr/sbin/haproxy");
        if (Files.isExecutable(debian)) {
            return debian;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "haproxy");
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("Two portal nodes need HAProxy as their load balancer, and none was found: "
                + "install it (Debian/Ubuntu: apt-get install haproxy; Fedora: dnf install haproxy; macOS: brew "
                + "install haproxy) or name it with -Dportal.haproxy=/path/to/haproxy.");
    }
}
