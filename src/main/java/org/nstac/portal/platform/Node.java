package org.nstac.portal.platform;

import java.net.InetAddress;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * This node of the portal, among the nodes that serve it together: its name (answered on every response as
 * {@code X-Portal-Node}, listed by {@code /health}, recorded as the holder of a scheduled job's lease) and the name of
 * its cluster.
 * <ul>
 * <li>{@code portal.node.name}: the node's name ({@code node-a}); default the machine's host name. Names are shown to
 * whoever reaches the portal, so they should say nothing more than which node answered.</li>
 * <li>{@code portal.cluster.name}: the nodes that share a database and run its scheduled jobs once between them
 * ({@code nstac}); default {@code portal}. Every node of one portal has the same.</li>
 * </ul>
 * A node's lease holder id also carries a random part drawn at start, so that two nodes given the same name by mistake,
 * or a node restarted while its old lease still runs, are never taken for one another.
 */
public final class Node {

    public static final String HEADER = "X-Portal-Node";
    private static final String BOOT = randomHex();
    private static volatile String name;
    private static volatile String cluster;

    private Node() {
    }

    /** This node's name, as configured (letters, digits, '.', '_' and '-' only; anything else becomes '-'). */
    public static String name() {
        String known = name;
        if (known == null) {
            known = safe(setting("portal.node.name").orElseGet(Node::hostName));
            name = known;
        }
        return known;
    }

    /** The cluster this node belongs to (the scope of scheduled jobs' leases). */
    public static String cluster() {
        String known = cluster;
        if (known == null) {
            known = safe(setting("portal.cluster.name").orElse("portal"));
            cluster = known;
        }
        return known;
    }

    /** Who holds a lease: this node, in this run of it. */
    public static String holder() {
        return name() + "/" + BOOT;
    }

    private static String randomHex() {
        byte[] bytes = new byte[4];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static String safe(String value) {
        String cleaned = value.strip().replaceAll("[^A-Za-z0-9._-]", "-");
        if (cleaned.isEmpty()) {
            return "node";
        }
        return cleaned.length() > 60 ? cleaned.substring(0, 60) : cleaned;
    }

    private static java.util.Optional<String> setting(String key) {
        try {
            return ConfigProvider.getConfig().getOptionalValue(key, String.class).filter(v -> !v.isBlank());
        } catch (RuntimeException noConfig) {
            return java.util.Optional.ofNullable(System.getProperty(key)).filter(v -> !v.isBlank());
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException unknown) {
            return "node";
        }
    }
}
