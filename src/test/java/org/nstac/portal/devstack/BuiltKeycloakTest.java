package org.nstac.portal.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stand-in distribution whose {@code bin/kc.sh build} counts its runs and writes what an augmentation writes:
 * Keycloak is built once per version and machine, each stack gets its own copy, and a stack's data survives.
 */
class BuiltKeycloakTest {

    @TempDir
    Path dir;

    @Test
    void theBuildRunsOncePerVersionAndEachStackGetsACopyThatKeepsItsData() throws Exception {
        Path zip = distribution("keycloak-9.9.1");
        Path cache = dir.resolve("cache");
        Path builds = dir.resolve("builds.txt");

        Path first = BuiltKeycloak.install(zip, dir.resolve("a/keycloak"), cache, env(builds), dir.resolve("a.log"));
        assertEquals(1, runs(builds), "built once");
        assertEquals("augmented with --cache=local --db=dev-file",
                Files.readString(first.resolve("lib/quarkus/build.txt")).strip());
        assertTrue(Files.isExecutable(first.resolve("bin/kc.sh")), "the scripts stay executable in the copy");

        Files.createDirectories(first.resolve("data/h2"));
        Files.writeString(first.resolve("data/h2/keycloakdb.mv.db"), "the realm's sessions");
        BuiltKeycloak.install(zip, first, cache, env(builds), dir.resolve("a.log"));
        assertEquals("the realm's sessions", Files.readString(first.resolve("data/h2/keycloakdb.mv.db")));

        Path other = dir.resolve("b/keycloak");
        Files.createDirectories(other.resolve("data/h2"));
        Files.writeString(other.resolve("data/h2/keycloakdb.mv.db"), "another stack's data");
        BuiltKeycloak.install(zip, other, cache, env(builds), dir.resolve("b.log"));
        assertEquals(1, runs(builds), "a second checkout copies the build and does not build again");
        assertTrue(Files.exists(other.resolve("lib/quarkus/build.txt")));
        assertEquals("another stack's data", Files.readString(other.resolve("data/h2/keycloakdb.mv.db")),
                "the copy leaves a stack's data alone");
        assertFalse(Files.exists(cache.resolve(BuiltKeycloak.nameOf(zip)).resolve("data/h2")),
                "no stack's data in the cache");

        BuiltKeycloak.install(distribution("keycloak-9.9.2"), dir.resolve("c/keycloak"), cache, env(builds),
                dir.resolve("c.log"));
        assertEquals(2, runs(builds), "a new version builds again");
    }

    @Test
    void twoStacksStartingAtOnceBothGetAWholeBuild() throws Exception {
        Path zip = distribution("keycloak-9.9.3");
        Path cache = dir.resolve("cache");
        Path builds = dir.resolve("builds.txt");
        List<CompletableFuture<Path>> both = new ArrayList<>();
        for (String stack : List.of("x", "y")) {
            both.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return BuiltKeycloak.install(zip, dir.resolve(stack + "/keycloak"), cache, env(builds),
                            dir.resolve(stack + ".log"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (CompletableFuture<Path> stack : both) {
            assertTrue(Files.exists(stack.get().resolve("lib/quarkus/build.txt")));
        }
        try (var left = Files.list(cache)) {
            assertEquals(List.of(BuiltKeycloak.nameOf(zip)), left.map(p -> p.getFileName().toString()).toList(),
                    "one tree in the cache, no half-built folder left");
        }
    }

    private static Map<String, String> env(Path builds) {
        return Map.of("BUILDS", builds.toString());
    }

    private static long runs(Path builds) throws IOException {
        return Files.exists(builds) ? Files.readAllLines(builds).size() : 0;
    }

    /** A zip laid out as Keycloak's: a top folder with version.txt and bin/kc.sh. */
    private Path distribution(String top) throws IOException {
        Path zip = dir.resolve(top + ".zip");
        String script = "#!/bin/sh\n"
                + "[ \"$1\" = build ] || exit 2\n"
                + "shift\n"
                + "echo build >> \"$BUILDS\"\n"
                + "sleep 1\n"
                + "mkdir -p lib/quarkus data/tmp\n"
                + "echo \"augmented with $*\" > lib/quarkus/build.txt\n";
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (var entry : Map.of(top + "/version.txt", "Keycloak - Version " + top, top + "/bin/kc.sh", script)
                    .entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }
}
