package org.nstac.portal.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One Payara Micro node running the portal's WAR at context root {@code /}. Configuration reaches the portal as
 * MicroProfile Config: plain settings as system properties, secrets through the environment (not visible in
 * {@code ps}).
 * <p>
 * A node alone runs with {@code --nocluster}, its sessions in memory ({@link #LONE_NODE_COMMANDS}). Nodes of a {@link Grid} join one Payara data grid (Hazelcast) over TCP,
 * where their HTTP sessions are kept, so that any node can carry on a session another node started. The node's name
 * reaches the portal as {@code portal.node.name} (it answers every request with {@code X-Portal-Node}), and its process
 * id is written to {@code <run dir>/<name>.pid} while it runs ({@code .dev/run/node-a.pid}).
 */
public final class PortalServer {

    /**
     * How the nodes of one cluster find each other: a Hazelcast data grid named {@code name} on {@code address}, node
     * {@code i} listening on {@code firstPort + i}. Every node lists every node's port, so a node that comes back after
     * a crash finds the ones that stayed, whichever started first.
     */
    public record Grid(String name, String address, int firstPort, int size) {

        List<String> arguments(int index) {
            StringJoiner members = new StringJoiner(",");
            for (int i = 0; i < size; i++) {
                members.add(address + ":" + (firstPort + i));
            }
            // --nohostaware: every node of a dev or test cluster has the same address, and Hazelcast's default keeps
            // no backup of a session on a member at the same address as its owner; a node killed would take the
            // sessions it owned with it.
            return List.of("--clustername", name, "--clustermode", "tcpip:" + members,
                    "--interfaces", address, "--startport", Integer.toString(firstPort + index), "--nohostaware");
        }
    }

    /** What a start needs, kept so that a node that was killed can be started again the same way. */
    record Launch(Path microJar, Path war, Path dir, Map<String, String> settings, Map<String, String> secrets,
            Path logs, Path bootCommands, Path runDir) {
    }

    /**
     * Beside {@code config/payara-preboot.txt} (every node's pre-boot commands): what a node without a data grid runs
     * before it boots instead, those commands and one more. The WAR is {@code <distributable/>} so that the nodes of
     * a grid share sessions; a lone node has no other node to hand them to, yet Payara Micro would still write every
     * session into its own data grid after each request and read it back before the next (docs/performance.md).
     */
    static final String LONE_NODE_COMMANDS = "payara-one-node.txt";

    private final String name;
    private final int port;
    private final Grid grid;
    private final int gridIndex;
    private final String logName;
    private Launch launch;
    private ChildProcess process;

    /** A lone node: no data grid. */
    PortalServer(String name, int port) {
        this(name, port, null, 0, "portal.log");
    }

    /** Node number {@code gridIndex} of {@code grid}. */
    PortalServer(String name, int port, Grid grid, int gridIndex, String logName) {
        this.name = name;
        this.port = port;
        this.grid = grid;
        this.gridIndex = gridIndex;
        this.logName = logName;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** The node's name: Payara's instance name, {@code portal.node.name} and the {@code X-Portal-Node} header. */
    public String name() {
        return name;
    }

    void start(Path microJar, Path war, Path dir, Map<String, String> settings, Map<String, String> secrets,
            Path logs, Path bootCommands, Path runDir) throws Exception {
        launch = new Launch(microJar, war, dir, Map.copyOf(settings), Map.copyOf(secrets), logs, bootCommands,
                runDir);
        startAgain();
    }

    /**
     * Starts the node again as it was first started (after {@link #kill()} or {@link #stop()}); it rejoins its grid.
     */
    public synchronized void startAgain() throws IOException {
        if (launch == null) {
            throw new IllegalStateException("Node " + name + " was never started");
        }
        if (process != null && process.isAlive()) {
            return;
        }
        // Payara Micro remembers deployed apps in its root folder and would deploy the WAR twice on the next start.
        DevStack.deleteRecursively(launch.dir().resolve("payara"));
        Files.createDirectories(launch.dir());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xms128m", "-Xmx768m", "-XX:+UseSerialGC",
                "-Djava.net.preferIPv4Stack=true"));
        launch.settings().forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dportal.node.name=" + name);
        if (grid != null) {
            command.add("-Dportal.cluster.name=" + grid.name());
        }
        command.addAll(List.of("-jar", launch.microJar().toString(),
                "--deploy", launch.war().toString(), "--contextroot", "/", "--name", name,
                "--port", Integer.toString(port), "--rootdir", launch.dir().resolve("payara").toString()));
        if (grid == null) {
            command.add("--nocluster");
        } else {
            command.addAll(grid.arguments(gridIndex));
        }
        // Pre-boot, never post-boot: a setting changed after boot restarts the HTTP listener while the server starts,
        // and under load that restart can leave a node that reports ready with no listener (config/payara-preboot.txt).
        if (launch.bootCommands() != null && Files.exists(launch.bootCommands())) {
            Path loneNode = launch.bootCommands().resolveSibling(LONE_NODE_COMMANDS);
            Path commands = grid == null && Files.exists(loneNode) ? loneNode : launch.bootCommands();
            command.addAll(List.of("--prebootcommandfile", commands.toString()));
        }
        process = ChildProcess.start("Payara Micro " + name, command, launch.dir(), launch.secrets(),
                launch.logs().resolve(logName));
        if (launch.runDir() != null) {
            Files.createDirectories(launch.runDir());
            Files.writeString(pidFile(), process.pid() + "\n");
        }
    }

    /** Waits until the portal on this node answers its start page. */
    public void awaitReady(Duration timeout) {
        Http.awaitOk("The portal (" + name + ")", url() + "/", timeout, process);
    }

    /** The node's process id (Payara Micro's JVM). */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Kills the node at once (SIGKILL), as a crash would: no shutdown, no goodbye to the grid. */
    public synchronized void kill() {
        if (process != null) {
            process.kill();
            removePidFile();
        }
    }

    /** Stops the node in order (it leaves the grid), forcing it after 30 s. */
    public synchronized void stop() {
        if (process != null) {
            process.stop(30);
            removePidFile();
        }
    }

    Path log() {
        return process.log();
    }

    /** {@code <run dir>/<name>.pid}, or null when this node keeps no pid file. */
    public Path pidFile() {
        return launch == null || launch.runDir() == null ? null : launch.runDir().resolve(name + ".pid");
    }

    private void removePidFile() {
        Path pid = pidFile();
        if (pid != null) {
            try {
                Files.deleteIfExists(pid);
            } catch (IOException ignored) {
                // a stale pid file names a process that no longer exists
            }
        }
    }
}
