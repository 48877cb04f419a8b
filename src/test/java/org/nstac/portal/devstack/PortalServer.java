package org.nstac.portal.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Payara Micro running the portal's WAR at context root {@code /}. Configuration reaches the portal as
 * MicroProfile Config: plain settings as system properties, secrets through the environment (not visible in
 * {@code ps}).
 */
public final class PortalServer {

    private final int port;
    private ChildProcess process;

    PortalServer(int port) {
        this.port = port;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    void start(Path microJar, Path war, Path dir, Map<String, String> settings, Map<String, String> secrets,
            Path logs, Path postBootCommands) throws Exception {
        // Payara Micro remembers deployed apps in its root folder and would deploy the WAR twice on the next start.
        DevStack.deleteRecursively(dir.resolve("payara"));
        Files.createDirectories(dir);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xms128m", "-Xmx768m", "-XX:+UseSerialGC",
                "-Djava.net.preferIPv4Stack=true"));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", microJar.toString(),
                "--deploy", war.toString(), "--contextroot", "/",
                "--port", Integer.toString(port), "--nocluster", "--rootdir", dir.resolve("payara").toString()));
        if (postBootCommands != null && Files.exists(postBootCommands)) {
            command.addAll(List.of("--postbootcommandfile", postBootCommands.toString()));
        }
        process = ChildProcess.start("Payara Micro", command, dir, secrets, logs.resolve("portal.log"));
    }

    void awaitReady(Duration timeout) {
        Http.awaitOk("The portal", url() + "/", timeout, process);
    }

    void stop() {
        if (process != null) {
            process.stop(30);
        }
    }

    Path log() {
        return process.log();
    }
}
