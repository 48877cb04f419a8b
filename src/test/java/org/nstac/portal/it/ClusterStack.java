package org.nstac.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.nstac.portal.devstack.PortalCluster;
import org.nstac.portal.devstack.PortalServer;

/**
 * Two more portal nodes ({@code it-a}, {@code it-b}) in one Payara data grid behind HAProxy, beside the test stack's
 * own portal and sharing its database, Keycloak, keyring and mail server: what {@code mvn -Prun -Dportal.nodes=2}
 * runs, on ports of this run ({@link #BALANCER_PORT}, the nodes on the two ports after it). Started by the first test
 * class that asks ({@code @ExtendWith({PortalStack.class, ClusterStack.class})}), stopped with the test stack.
 * <p>
 * Before every test both nodes run, each sees the other in its grid, and the balancer sends to both: a test that
 * killed a node leaves the next one a whole cluster.
 * <p>
 * The nodes run with short leases and a short key cache ({@code portal.jobs.lease}, {@code portal.oidc.jwks-cache}:
 * 10 s), so that tests can see a lease move to the survivor and tokens checked with cached keys after the cache ran
 * out, without long waits.
 */
public final class ClusterStack implements BeforeAllCallback, BeforeEachCallback {

    public static final int BALANCER_PORT = 8390 + PortalStack.PORT_OFFSET;
    public static final int FIRST_NODE_PORT = BALANCER_PORT + 1;
    public static final int GRID_PORT = 6950 + PortalStack.PORT_OFFSET;
    public static final String NAME = "nstac-it-" + PortalStack.PORT_OFFSET;
    public static final List<String> NODES = List.of("it-a", "it-b");
    /** The nodes' lease on a scheduled job and their cache of the realm's keys. */
    public static final Duration LEASE = Duration.ofSeconds(10);

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private static PortalCluster cluster;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        whole();
    }

    static synchronized PortalCluster start() throws Exception {
        if (cluster == null) {
            var stack = PortalStack.start();
            allowSignInThrough("http://localhost:" + BALANCER_PORT);
            cluster = stack.startCluster(new PortalServer.Grid(NAME, "127.0.0.1", GRID_PORT, NODES.size()), NODES,
                    BALANCER_PORT, FIRST_NODE_PORT, Map.of(
                            "portal.jobs.lease", LEASE.toString(),
                            "portal.oidc.jwks-cache", LEASE.toString(),
                            "portal.public-url", "http://localhost:" + BALANCER_PORT));
        }
        return cluster;
    }

    public static PortalCluster cluster() {
        if (cluster == null) {
            throw new IllegalStateException("Annotate the test with @ExtendWith({PortalStack.class, ClusterStack.class})");
        }
        return cluster;
    }

    /** The balancer's address: where people reach the cluster. */
    public static String url() {
        return cluster().url();
    }

    public static PortalServer node(String name) {
        return cluster().node(name);
    }

    /** The node that is not {@code name}. */
    public static String other(String name) {
        return NODES.get(0).equals(name) ? NODES.get(1) : NODES.get(0);
    }

    /**
     * Starts again any node that is not running and waits until both answer, each lists both in its grid, and the
     * balancer sends to both.
     */
    public static synchronized void whole() throws Exception {
        for (PortalServer node : cluster().nodes()) {
            if (!node.isAlive()) {
                node.startAgain();
            }
        }
        for (PortalServer node : cluster().nodes()) {
            node.awaitReady(Duration.ofSeconds(240));
        }
        await("both nodes in one grid, both served by the balancer", Duration.ofSeconds(90), () -> {
            for (String name : NODES) {
                HttpResponse<String> health = call(node(name).url(), null, "GET", "/health/live", null);
                if (health.statusCode() != 200 || !health.body().contains("\"size\":\"" + NODES.size() + "\"")) {
                    return false;
                }
                HttpResponse<String> through = call(url(), null, "GET", "/", null, "Cookie", "PORTALNODE=" + name);
                if (!name.equals(through.headers().firstValue("X-Portal-Node").orElse(""))) {
                    return false;
                }
            }
            return true;
        });
    }

    /** A request to {@code base} (the balancer or a node), with a bearer token when one is given. */
    public static HttpResponse<String> call(String base, String token, String method, String path, String body,
            String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "en")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** As {@link #call}, as a demo user (password = user name). */
    public static HttpResponse<String> as(String user, String base, String method, String path, String body,
            String... headers) throws Exception {
        return call(base, Tokens.accessToken(user, user), method, path, body, headers);
    }

    /** Which node answered. */
    public static String nodeOf(HttpResponse<?> response) {
        return response.headers().firstValue("X-Portal-Node").orElse("");
    }

    /** Polls {@code condition} every 250 ms until it holds; fails after {@code timeout}. */
    public static void await(String what, Duration timeout, Check condition) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        Exception last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                if (condition.holds()) {
                    return;
                }
            } catch (Exception notYet) {
                last = notYet;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Waited " + timeout.toSeconds() + " s in vain for " + what, last);
    }

    /** A condition to wait for. */
    public interface Check {
        boolean holds() throws Exception;
    }

    /**
     * Lets Keycloak send a browser back to the balancer after sign-in and sign-out: the realm knows the test portal's
     * own address only.
     */
    private static void allowSignInThrough(String base) throws Exception {
        String token = KeycloakUsers.adminToken();
        HttpResponse<String> found = KeycloakUsers.admin("GET", "/clients?clientId=portal", null, token);
        JsonObject client = Tokens.json("{\"a\":" + found.body() + "}").getJsonArray("a").getJsonObject(0);
        var redirects = Json.createArrayBuilder(client.getJsonArray("redirectUris")).add(base + "/callback");
        JsonObject attributes = client.getJsonObject("attributes");
        String logout = attributes.getString("post.logout.redirect.uris", "");
        JsonObject changed = Json.createObjectBuilder(client)
                .add("redirectUris", redirects)
                .add("attributes", Json.createObjectBuilder(attributes)
                        .add("post.logout.redirect.uris", logout.isEmpty() ? base + "/" : logout + "##" + base + "/"))
                .build();
        HttpResponse<String> put = KeycloakUsers.admin("PUT", "/clients/" + client.getString("id"),
                changed.toString(), token);
        if (put.statusCode() != 204) {
            throw new IllegalStateException("Keycloak refused the balancer's redirect address: " + put.statusCode()
                    + " " + put.body());
        }
    }
}
