package org.nstac.portal.load;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What a run does, from {@code -Dload.*} system properties (the Gatling plugin hands Maven's on to its JVM).
 *
 * @param users          concurrent users per phase ({@code load.users}, 50: the figure)
 * @param phaseTime      how long each phase measures ({@code load.seconds}, 20)
 * @param phases         the phases, in order ({@code load.phases}, comma-separated keys; all by default)
 * @param soak           the soak's length, or zero for the phases ({@code load.soak}, minutes)
 * @param soakUsers      concurrent users in the soak ({@code load.soakUsers}, 20)
 * @param soakCheckpoint when the soak takes its first heap figure ({@code load.soakCheckpointSeconds}, 300)
 * @param portal         the portal's address ({@code load.portal})
 * @param issuer         the Keycloak realm's address ({@code load.issuer})
 * @param jcmd           the JDK tool that reads the portal's heap ({@code load.jcmd}; default: this JVM's)
 * @param portalPid      the portal JVM's process id ({@code load.portalPid}); by default the Payara Micro JVM that
 *                       listens on the portal's port
 */
record LoadOptions(int users, Duration phaseTime, List<Phase> phases, Duration soak, int soakUsers,
        Duration soakCheckpoint, String portal, String issuer, Path jcmd, String portalPid) {

    static LoadOptions fromSystemProperties() {
        String phaseList = System.getProperty("load.phases", "");
        List<Phase> phases = phaseList.isBlank() ? List.of(Phase.values())
                : Arrays.stream(phaseList.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Phase::byKey)
                        .toList();
        return new LoadOptions(
                Integer.getInteger("load.users", 50),
                Duration.ofSeconds(Integer.getInteger("load.seconds", 20)),
                phases,
                Duration.ofMinutes(Integer.getInteger("load.soak", 0)),
                Integer.getInteger("load.soakUsers", 20),
                Duration.ofSeconds(Integer.getInteger("load.soakCheckpointSeconds", 300)),
                System.getProperty("load.portal", "http://localhost:8080"),
                System.getProperty("load.issuer", "http://localhost:8180/realms/nstac"),
                Path.of(System.getProperty("load.jcmd", Path.of(System.getProperty("java.home"), "bin", "jcmd")
                        .toString())),
                System.getProperty("load.portalPid"));
    }

    boolean soakMode() {
        return !soak.isZero();
    }

    int portalPort() {
        return URI.create(portal).getPort() == -1 ? 80 : URI.create(portal).getPort();
    }
}
