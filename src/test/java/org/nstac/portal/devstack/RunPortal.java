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
                Integer.getInteger("portal.port", 8080));
        say("Starting the embedded database, Keycloak and the portal (first start takes about a minute)...");
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
                .append("\n  Survivors' Council Portal is running: ").append(stack.portal().url()).append('/')
                .append("\n  Keycloak: ").append(stack.keycloak().url())
                .append(" (admin console user 'admin', password in .dev/secrets.properties)")
                .append("\n  Demo logins (password = user name):");
        for (String[] user : DEMO_USERS) {
            banner.append(String.format("%n    %-32s %s", user[0], user[1]));
        }
        banner.append("\n  Press Ctrl-C to stop all three.\n");
        say(banner.toString());
        stopped.await();
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
