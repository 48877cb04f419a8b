package org.nstac.portal.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal JVM's heap after a full GC, through the JDK's {@code jcmd}: {@code GC.run}, then {@code GC.heap_info},
 * whose generations' "used" figures add up to the live heap (Metaspace is not heap and is left out). The portal is
 * the Payara Micro JVM whose command line has the portal's {@code --port}: the integration tests' portals (other ports)
 * may run beside it. With two nodes behind HAProxy neither node has that port: name one with {@code -Dload.portalPid=}.
 */
final class HeapProbe {

    private static final Pattern USED = Pattern.compile("total \\d+K, used (\\d+)K");

    private final Path jcmd;
    private final int portalPort;
    private final String pid;

    /** {@code pid} may be null: then the JVM is looked up by the portal's port. */
    HeapProbe(Path jcmd, int portalPort, String pid) {
        this.jcmd = jcmd;
        this.portalPort = portalPort;
        this.pid = pid;
    }

    /** The live heap in KiB after a full GC. */
    long heapAfterFullGcKib() throws IOException, InterruptedException {
        String target = portalPid();
        run(target, "GC.run");
        long used = 0;
        for (String line : run(target, "GC.heap_info").lines().toList()) {
            String trimmed = line.trim();
            Matcher m = USED.matcher(trimmed);
            if (m.find() && !trimmed.startsWith("Metaspace") && !trimmed.startsWith("class space")) {
                used += Long.parseLong(m.group(1));
            }
        }
        if (used == 0) {
            throw new IllegalStateException("GC.heap_info of " + target + " named no heap");
        }
        return used;
    }

    private String portalPid() throws IOException, InterruptedException {
        if (pid != null) {
            return pid;
        }
        Pattern port = Pattern.compile("payara-micro.*--port " + portalPort + "( |$)");
        return run(null, "-l").lines().filter(l -> port.matcher(l).find()).map(l -> l.split(" ", 2)[0])
                .findFirst().orElseThrow(() -> new IllegalStateException("jcmd -l lists no Payara Micro JVM on port "
                        + portalPort + " (is mvn -Prun running, as this user? two nodes: -Dload.portalPid=)"));
    }

    private String run(String pid, String command) throws IOException, InterruptedException {
        List<String> args = pid == null ? List.of(jcmd.toString(), command) : List.of(jcmd.toString(), pid, command);
        Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", args) + " failed: " + out);
        }
        return out;
    }
}
