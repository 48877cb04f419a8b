package org.nstac.portal.devstack;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The README's run command ({@code mvn -Prun}): the portal with demo data on embedded defaults, until Ctrl-C. Data
 * lives in {@code .dev/} (ignored by git), so a second run finds what the first one left.
 */
public final class RunPortal {

    private static final List<String[]> DEMO_USERS = List.of(
            new String[] {"sunflower, river, lark, willow", "council members"},
            new String[] {"oak", "council member and chair"},
            new String[] {"secretariat", "secretariat"},
            new String[] {"custodian", "secretariat and identity custodian"},
            new String[] {"finance", "finance officer"},
            new String[] {"justice, labour", "ministry officials"},
            new String[] {"union", "partner official (Confederation of Trade Unions, demo): asks the council for advice"},
            new String[] {"observer", "observer"},
            new String[] {"admin", "administrator"});

    private RunPortal() {
    }

    public static void main(String[] args) throws Exception {
        Path basedir = Path.of(System.getProperty("portal.basedir", ".")).toAbsolutePath();
        var options = DevStack.Options.fromSystemProperties(basedir.resolve(".dev"),
                Integer.getInteger("portal.db.port", 3316),
                Integer.getInteger("portal.keycloak.port", 8180),
                Integer.getInteger("portal.port", 8080))
                .withNodes(Integer.getInteger("portal.nodes", 1),
                        Integer.getInteger("portal.cluster.port", DevStack.DEFAULT_GRID_PORT));
        say(options.nodes() == 1
                ? "Starting the embedded database, Keycloak and the portal (first start takes about a minute)..."
                : "Starting the embedded database, Keycloak, " + options.nodes() + " portal nodes and HAProxy (first "
                        + "start takes a few minutes)...");
        say("Logs: " + options.workDir().resolve("logs"));
        DevStack stack = DevStack.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            say("Stopping the portal, Keycloak and the database...");
            stack.close();
            say("Stopped.");
            stopped.countDown();
        }, "stop-portal"));
        // Maven runs this in a child JVM. If Maven is killed alone (an IDE's stop button), stop everything too.
        ProcessHandle.current().parent().ifPresent(maven -> maven.onExit().thenRun(() -> System.exit(0)));

        StringBuilder banner = new StringBuilder()
                .append("\n  Survivors' Council Portal is running: ").append(stack.portalUrl()).append('/')
                .append("\n  Keycloak: ").append(stack.keycloak().url())
                .append(" (admin console user 'admin', password in .dev/secrets.properties)")
                .append("\n  Demo logins (password = user name):");
        for (String[] user : DEMO_USERS) {
            banner.append(String.format("%n    %-32s %s", user[0], user[1]));
        }
        stack.cluster().ifPresent(cluster -> {
            banner.append("\n  Behind HAProxy on ").append(cluster.url()).append(", ").append(cluster.nodes().size())
                    .append(" nodes in one data grid (each answer names its node in X-Portal-Node):");
            for (PortalServer node : cluster.nodes()) {
                banner.append(String.format("%n    %-8s %s  pid %d (%s)", node.name(), node.url(), node.pid(),
                        basedir.relativize(node.pidFile())));
            }
        });
        banner.append(options.nodes() == 1 ? "\n  Press Ctrl-C to stop all three.\n"
                : "\n  Press Ctrl-C to stop them all.\n");
        say(banner.toString());
        stopped.await();
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
