package org.nstac.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.omnifaces.util.Faces;

/**
 * The version the portal's own style sheet and scripts are addressed by ({@code ?v=}): browsers keep them a week
 * (Faces' default {@code max-age}), so without it a person could run last week's {@code portal.js} against today's
 * pages, and a button that needs the new script would do nothing. OmniFaces' {@code VersionedResourceHandler} adds
 * it to every resource address that has no version yet (PrimeFaces' own carry theirs), reading it from
 * {@code #{resourceVersion.value}} (web.xml).
 *
 * <p>The version is a digest of the files' content, not a build time: it changes exactly when one of them changes,
 * and every node of a cluster running the same WAR gives the same addresses.
 */
@Named
@ApplicationScoped
public class ResourceVersion {

    /** Where the portal's own resources are, under the web application's root. */
    static final String ROOT = "/resources/portal/";

    private volatile String value;

    /** Twelve hexadecimal digits of the SHA-256 over the portal's resources (paths and bytes, in path order). */
    public String getValue() {
        String v = value;
        if (v == null) {
            SortedMap<String, byte[]> files = new TreeMap<>();
            read(Faces.getServletContext(), ROOT, files);
            v = of(files);
            value = v;
        }
        return v;
    }

    /** The version of a set of files: each path and its bytes, in path order. */
    static String of(SortedMap<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.forEach((path, bytes) -> {
                sha.update(path.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(bytes);
                sha.update((byte) 0);
            });
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void read(ServletContext servletContext, String folder, SortedMap<String, byte[]> files) {
        Set<String> paths = servletContext.getResourcePaths(folder);
        if (paths == null) {
            return;
        }
        for (String path : paths) {
            if (path.endsWith("/")) {
                read(servletContext, path, files);
                continue;
            }
            try (InputStream in = servletContext.getResourceAsStream(path)) {
                if (in != null) {
                    files.put(path, in.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
