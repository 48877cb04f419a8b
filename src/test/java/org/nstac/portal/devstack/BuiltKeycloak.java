package org.nstac.portal.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Keycloak's distribution, unpacked and built ({@code kc.sh build} with {@link KeycloakServer#BUILD_OPTIONS}) once
 * per machine and kept beside Maven's own downloads, in {@code ~/.cache/nstac-portal/}: a stack's Keycloak is a copy
 * of that tree, its own data folder apart.
 *
 * <p>Why: the build (Quarkus augmentation) takes 45-70 s of a 2-core machine at every clean clone, and it ran beside
 * the portal's first start, slowing both. A copy takes a few seconds. The cached tree is named after the
 * distribution's top folder (its version) and the build options, so a new version or other options build again; it
 * is built in a folder of its own and moved into place in one step, so two builds at the same moment (two clones
 * started side by side) never leave half a tree, and the one that moves second throws its copy away.
 */
final class BuiltKeycloak {

    /** Where built distributions are kept. */
    static Path cacheRoot() {
        return Path.of(System.getProperty("user.home"), ".cache", "nstac-portal");
    }

    private BuiltKeycloak() {
    }

    /**
     * Puts a built Keycloak into {@code home} and returns it: the cached build of {@code zip} (made first when there
     * is none) copied over it, except its {@code data} folder, which {@code home} keeps. Does nothing when
     * {@code home} already holds that build.
     */
    static Path install(Path zip, Path home, Path cacheRoot, Map<String, String> environment, Path log)
            throws Exception {
        String name = nameOf(zip);
        Path marker = home.resolve(".built-from");
        if (Files.exists(marker) && Files.readString(marker).equals(name)) {
            return home;
        }
        Path built = cached(zip, name, cacheRoot, environment, log);
        copy(built, home);
        Files.writeString(marker, name);
        return home;
    }

    /** The distribution's top folder ({@code keycloak-26.x.y}) and the build options: the cached tree's name. */
    static String nameOf(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            String first = file.stream().map(ZipEntry::getName).filter(n -> n.indexOf('/') > 0).findFirst()
                    .orElseThrow(() -> new IOException("No folder in " + zip));
            return (first.substring(0, first.indexOf('/')) + String.join("", KeycloakServer.BUILD_OPTIONS))
                    .replaceAll("[^A-Za-z0-9._-]", "_");
        }
    }

    private static Path cached(Path zip, String name, Path cacheRoot, Map<String, String> environment, Path log)
            throws Exception {
        Path built = cacheRoot.resolve(name);
        if (Files.isDirectory(built)) {
            return built;
        }
        Files.createDirectories(cacheRoot);
        Path building = cacheRoot.resolve(".building-" + UUID.randomUUID());
        try {
            unpack(zip, building);
            KeycloakServer.build(building, environment, log);
            try {
                Files.move(building, built, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException moved) {
                // Another build finished first (a rename onto its folder fails, "Directory not empty"): its tree is
                // the same. Anything else is a real failure.
                if (!Files.isDirectory(built)) {
                    throw moved;
                }
            }
        } finally {
            DevStack.deleteRecursively(building);
        }
        return built;
    }

    /** Copies every file of {@code from} into {@code to}, keeping what {@code to} has under {@code data}. */
    private static void copy(Path from, Path to) throws IOException {
        List<Path> files = new ArrayList<>();
        try (var walk = Files.walk(from)) {
            walk.forEach(files::add);
        }
        for (Path file : files) {
            Path relative = from.relativize(file);
            if (relative.toString().equals("data") || relative.startsWith("data/")) {
                continue;
            }
            Path copy = to.resolve(relative.toString());
            if (Files.isDirectory(file)) {
                Files.createDirectories(copy);
            } else {
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /** Unpacks the distribution into {@code home}, without its top folder; scripts stay executable. */
    static void unpack(Path zip, Path home) throws IOException {
        Files.createDirectories(home);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path target = home.resolve(name.substring(slash + 1)).normalize();
                if (!target.startsWith(home)) {
                    throw new IOException("Unsafe entry in " + zip + ": " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    if (target.toString().endsWith(".sh")) {
                        target.toFile().setExecutable(true);
                    }
                }
            }
        }
    }
}
