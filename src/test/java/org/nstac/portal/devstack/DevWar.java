package org.nstac.portal.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;
import org.nstac.portal.devtools.TestControls;

/**
 * The WAR that dev runs and tests deploy: the production WAR Maven built, plus the classes of
 * {@code org.nstac.portal.devtools} (test controls for the clock and the jobs, the synthetic-comment generator). The
 * production WAR never holds them.
 */
public final class DevWar {

    private DevWar() {
    }

    private static Path built;

    /**
     * Writes {@code portal-dev.war} next to the production WAR (once per JVM: a running server may be reading it) and
     * returns its path.
     */
    public static synchronized Path of(Path productionWar) throws IOException {
        Path dev = productionWar.resolveSibling("portal-dev.war");
        if (dev.equals(built)) {
            return dev;
        }
        Files.copy(productionWar, dev, StandardCopyOption.REPLACE_EXISTING);
        Path classes = classesRoot();
        Path devtools = classes.resolve("org/nstac/portal/devtools");
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + dev.toUri()), Map.of());
                Stream<Path> files = Files.walk(devtools)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = zip.getPath("WEB-INF/classes", classes.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        built = dev;
        return dev;
    }

    private static Path classesRoot() throws IOException {
        try {
            Path location = Path.of(TestControls.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isDirectory(location)) {
                throw new IOException("The dev tools are not compiled into a folder: " + location);
            }
            return location;
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
