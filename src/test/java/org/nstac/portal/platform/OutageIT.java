package org.nstac.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nstac.portal.it.Browser;
import org.nstac.portal.it.ClusterStack;
import org.nstac.portal.it.Db;
import org.nstac.portal.it.LedgerCheck;
import org.nstac.portal.it.Load;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.Tokens;
import org.openqa.selenium.Cookie;

/**
 * What people meet when a part the portal depends on goes down for a moment, with two nodes behind the balancer: the
 * database restarted under ten people at work (a friendly 503, never a 500 or a stack trace, nothing half-written,
 * service back within 10 s of the database's return without restarting the portal), and Keycloak stopped and started
 * again (new sign-ins are told it is unavailable for now, signed-in people and API callers go on, sign-in comes
 * back).
 */
@ExtendWith({PortalStack.class, ClusterStack.class, LedgerCheck.class})
class OutageIT {

    private static final List<String> CLAIMANTS = List.of("sunflower", "river", "lark", "oak");

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aDatabaseRestartUnderTenPeopleAnswersTryAgainAndServiceReturnsWithinTenSeconds() throws Exception {
        String lb = ClusterStack.url();
        List<Map<String, String>> sessions = List.of(signedIn("lark"), signedIn("oak"));
        // One claim each, one after the other, before the crowd: the audit chain then has a last entry that
        // concurrent appends lock and line up behind (an empty chain is a separate, known weakness: see
        // AuditLog.record).
        for (String member : CLAIMANTS) {
            assertEquals(201, ClusterStack.call(lb, token(member), "POST", "/api/me/expense-claims", claim(),
                    "Idempotency-Key", "outage-first-" + member + "-" + System.nanoTime()).statusCode());
        }
        Map<String, String> claimKeys = new ConcurrentHashMap<>();
        Load load = new Load(10, i -> {
            if (i < 4) {
                String member = CLAIMANTS.get(i);
                return (person, n) -> {
                    String key = "outage-" + member + "-" + n + "-" + System.nanoTime();
                    Load.Sample sample = person.send("claim", lb, "POST", "/api/me/expense-claims", token(member),
                            claim(), "Idempotency-Key", key);
                    claimKeys.put(key, member + " " + sample.status());
                    return sample;
                };
            }
            if (i < 7) {
                String member = CLAIMANTS.get(i - 4);
                return (person, n) -> person.send("api", lb, "GET", "/api/consultations", token(member), null);
            }
            if (i < 9) {
                return (person, n) -> person.send("page", lb, "GET", n % 2 == 0 ? "/member/dashboard"
                        : "/notifications", null, null);
            }
            return (person, n) -> person.send("public", lb, "GET", "/", null, null);
        }, Duration.ofMillis(150), (i, person) -> {
            if (i == 7 || i == 8) {
                sessions.get(i - 7).forEach((name, value) -> person.cookie(lb, name, value));
            }
        });
        List<Load.Sample> samples;
        long down;
        long back;
        var database = PortalStack.stack().database();
        boolean started = false;
        boolean refused;
        try {
            Thread.sleep(6_000);
            down = load.now();
            database.stopForTest();
            refused = refusesConnections();
            Thread.sleep(5_000);
            database.startAgain();
            started = true;
            back = load.now();
            Thread.sleep(18_000);
        } finally {
            if (!started) {
                database.startAgain();
            }
            samples = load.stop();
        }
        long returned = back;
        String summary = Load.summary(samples, returned);

        // The 500s themselves first: the summary lists only the first answers outside 2xx/3xx (CI run 23 had 48 of
        // them, and its two 500s were not among those listed).
        assertFalse(samples.stream().anyMatch(s -> s.status() == 500), "no 500 at all: " + samples.stream()
                .filter(s -> s.status() == 500).map(String::valueOf).collect(java.util.stream.Collectors.joining("\n"))
                + "\n" + summary);
        assertFalse(samples.stream().anyMatch(Load.Sample::leaksInternals), "no stack trace:\n" + summary);
        Set<Integer> allowed = Set.of(200, 201, 503);
        // The summary lists the first few failures; the ones outside these answers are named on their own (CI run 11
        // of the second wave failed here under a load of 10-16 without saying which answer it was).
        assertEquals(List.of(), samples.stream().filter(s -> !allowed.contains(s.status())).toList(),
                "answers are the page, the record, or 'try again in a moment':\n" + summary);
        // The outage was real, whatever people saw of it: the database refused a connection while it was down. (This
        // asked for a 503 among the answers; with the audit chain's deadlocks gone, a busy run 47 saw none, every
        // request in the five seconds having waited for the pool's new connection and then succeeded.)
        assertTrue(refused, "the database was down: it refused a new connection");
        List<Load.Sample> unavailable = samples.stream().filter(s -> s.status() == 503).toList();
        for (Load.Sample s : unavailable) {
            if (s.what().equals("claim") || s.what().equals("api")) {
                assertTrue(s.body().contains("\"error\":\"service_unavailable\"")
                        || s.body().contains("\"error\":\"service_busy\""), s.body());
            } else {
                assertTrue(s.body().contains("The portal is unavailable for a moment")
                        || s.body().contains("Please send that again"), s.what());
            }
        }
        // Before the outage, only a claim that met another one's locks may be asked to send again (a deadlock
        // between two members' claims, rolled back whole).
        assertTrue(samples.stream().filter(s -> s.end() < down).allMatch(s -> s.ok() || s.body().contains(
                "\"error\":\"service_busy\"")), "all well before");
        assertEquals(List.of(), samples.stream().filter(s -> s.start() > returned + 10_000 && !s.ok()
                && !s.body().contains("\"error\":\"service_busy\"")).toList(),
                "every request succeeds from 10 s after the database is back:\n" + summary);
        long recovered = 0;
        for (String what : List.of("claim", "api", "page", "public")) {
            long first = samples.stream().filter(s -> s.what().equals(what) && s.start() >= returned && s.ok())
                    .mapToLong(Load.Sample::end).min().orElseThrow();
            recovered = Math.max(recovered, first - returned);
        }
        assertTrue(recovered <= 10_000, "service back within 10 s: " + recovered + " ms");

        // Nothing half-written: each claim is there once, or not at all, and sending it again after a 503 files it
        // exactly once.
        int resent = 0;
        for (var claim : claimKeys.entrySet()) {
            String[] memberAndStatus = claim.getValue().split(" ");
            long held = Db.number("SELECT COUNT(*) FROM payable WHERE source_key LIKE 'claim:%|" + claim.getKey()
                    + "'");
            if (memberAndStatus[1].equals("201")) {
                assertEquals(1, held, "a filed claim is there once");
            } else {
                assertTrue(held <= 1, "never twice");
                HttpResponse<String> again = ClusterStack.call(lb, token(memberAndStatus[0]), "POST",
                        "/api/me/expense-claims", claim(), "Idempotency-Key", claim.getKey());
                assertTrue(again.statusCode() == 201 || again.statusCode() == 200, again.body());
                assertEquals(1, Db.number("SELECT COUNT(*) FROM payable WHERE source_key LIKE 'claim:%|"
                        + claim.getKey() + "'"), "sent again: filed once");
                resent++;
            }
        }
        long busy = unavailable.stream().filter(s -> s.body().contains("\"error\":\"service_busy\"")).count();
        NodeKillUnderLoadIT.record(String.format("database restart under 10 users: %d requests, %d answered 503 "
                + "(%d of them 'busy': claims rolled back by a deadlock with another member's claim; none 500), down "
                + "%d ms, service back %d ms after the database returned; %d claims refused filed once when sent "
                + "again%n", samples.size(), unavailable.size(), busy, returned - down, recovered, resent) + summary
                + "\n");
    }

    @Test
    void withKeycloakDownSignedInPeopleGoOnNewSignInsAreToldAndSignInReturns() throws Exception {
        String lb = ClusterStack.url();
        var session = signedIn("river");
        String token = Tokens.freshAccessToken("sunflower", "sunflower");
        for (String node : ClusterStack.NODES) {
            assertEquals(200, ClusterStack.call(ClusterStack.node(node).url(), token, "GET", "/api/me", null)
                    .statusCode(), "both nodes have read the realm's keys");
        }
        String cookies = cookieHeader(session);
        // Lark stays signed in in the browser, Keycloak's cookie and all: she presses Quick exit during the outage.
        browser.open(lb + "/");
        browser.clearCookies();
        browser.open(lb + "/member/dashboard");
        browser.submitLogin("lark", "lark");
        browser.waitFor(d -> d.getCurrentUrl().startsWith(lb + "/") && browser.has(org.openqa.selenium.By.id("signed-in-as")));
        var keycloak = PortalStack.stack().keycloak();
        keycloak.stopForTest();
        long stopped = System.nanoTime();
        int pages = 0;
        int calls = 0;
        long back;
        try {
            // Each node asks Keycloak at most every 5 s whether it answers: within that, both know.
            ClusterStack.await("both nodes telling newcomers that sign-in is unavailable", Duration.ofSeconds(10),
                    () -> ClusterStack.NODES.stream().allMatch(node -> status(ClusterStack.node(node).url()
                            + "/dashboard") == 503));
            HttpResponse<String> newcomer = ClusterStack.call(lb, null, "GET", "/dashboard", null);
            assertEquals(503, newcomer.statusCode(), newcomer.body());
            assertTrue(newcomer.body().contains("Sign-in is unavailable for now"), newcomer.body());
            assertFalse(Load.showsInternals(newcomer.body()), newcomer.body());
            HttpResponse<String> serbian = ClusterStack.call(lb, null, "GET", "/dashboard", null,
                    "Accept-Language", "sr-Latn");
            assertEquals(503, serbian.statusCode());
            assertTrue(serbian.body().contains("Prijava trenutno nije moguća"), serbian.body());

            long ended = Db.number("SELECT COUNT(*) FROM revoked_session");
            // The neutral site it leaves for may not load here (it is served by the stopped Keycloak); the beacon goes.
            browser.find(org.openqa.selenium.By.id("quick-exit")).click();
            ClusterStack.await("Quick exit's beacon recording lark's ended session", Duration.ofSeconds(10),
                    () -> Db.number("SELECT COUNT(*) FROM revoked_session") > ended);

            // Longer than the nodes keep the realm's keys before reading them again (ClusterStack.LEASE).
            while (System.nanoTime() - stopped < ClusterStack.LEASE.plusSeconds(4).toNanos()) {
                HttpResponse<String> page = ClusterStack.call(lb, null, "GET", "/member/dashboard", null,
                        "Cookie", cookies);
                assertEquals(200, page.statusCode(), "a signed-in member goes on working");
                assertTrue(page.body().contains("signed-in-as"), "still signed in");
                pages++;
                for (String node : ClusterStack.NODES) {
                    HttpResponse<String> api = ClusterStack.call(ClusterStack.node(node).url(), token, "GET",
                            "/api/me", null);
                    assertEquals(200, api.statusCode(), "a token issued before the outage is still accepted on "
                            + node + ": " + api.body());
                    calls++;
                }
                Thread.sleep(1_000);
            }
        } finally {
            keycloak.startAgain();
            keycloak.awaitRealm(Duration.ofSeconds(240));
            back = System.nanoTime();
            Tokens.forgetAll();
        }
        long outage = Duration.ofNanos(back - stopped).toMillis();
        ClusterStack.await("sign-in on both nodes again", Duration.ofSeconds(30), () -> {
            for (String node : ClusterStack.NODES) {
                HttpResponse<String> start = ClusterStack.call(ClusterStack.node(node).url(), null, "GET",
                        "/dashboard", null);
                if (start.statusCode() != 302 || !start.headers().firstValue("Location").orElse("")
                        .startsWith(PortalStack.issuer())) {
                    return false;
                }
            }
            return true;
        });
        long resumed = Duration.ofNanos(System.nanoTime() - back).toMillis();
        assertTrue(resumed <= 10_000, "sign-in is back within 10 s of Keycloak: " + resumed + " ms");

        // Keycloak could not be told of lark's Quick exit; it kept her session and would sign her straight back in.
        // The portal refuses that session, ends it at Keycloak, and the next visit asks for her password.
        browser.open(lb + "/member/dashboard");
        browser.waitFor(d -> d.getCurrentUrl().startsWith(lb + "/") || browser.onKeycloakLogin());
        assertFalse(browser.has(org.openqa.selenium.By.id("signed-in-as")),
                "the portal's address does not sign her back in after Quick exit: " + browser.url());
        browser.open(lb + "/member/dashboard");
        assertTrue(browser.onKeycloakLogin(), "her Keycloak session is over too: " + browser.url());
        browser.clearCookies();
        for (String node : ClusterStack.NODES) {
            assertEquals(200, ClusterStack.call(ClusterStack.node(node).url(), Tokens.accessToken("lark", "lark"),
                    "GET", "/api/me", null).statusCode(), "new tokens are accepted on " + node);
        }
        NodeKillUnderLoadIT.record(String.format("keycloak outage: %d ms down; %d signed-in page requests and %d API "
                + "calls with earlier tokens during it, none failed; new sign-ins answered 503 'unavailable for now';"
                + " sign-in back %d ms after Keycloak answered%n", outage, pages, calls, resumed));
    }

    /** Signs a member in through the balancer in the browser and returns the portal's cookies of that session. */
    private static Map<String, String> signedIn(String user) {
        String lb = ClusterStack.url();
        browser.open(lb + "/");
        browser.clearCookies();
        browser.open(lb + "/dashboard");
        for (int attempt = 0; attempt < 20 && !browser.has(org.openqa.selenium.By.id("username")); attempt++) {
            // Right after a Keycloak outage a node may still say "sign-in is unavailable" for a few seconds.
            sleep(1_000);
            browser.open(lb + "/dashboard");
        }
        assertTrue(browser.has(org.openqa.selenium.By.id("username")), "Keycloak's sign-in page, not " + browser.url()
                + ": " + browser.text());
        browser.submitLogin(user, user);
        browser.waitFor(d -> d.getCurrentUrl().startsWith(lb + "/")
                && browser.has(org.openqa.selenium.By.id("signed-in-as")));
        Map<String, String> cookies = new LinkedHashMap<>();
        for (Cookie cookie : browser.driver().manage().getCookies()) {
            if (List.of("JSESSIONID", "JSESSIONIDVERSION", "PORTALNODE", "portal-lang").contains(cookie.getName())) {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
        // Leave the browser without this session, the portal's and Keycloak's (whose cookies are visible only under
        // the realm's path): the copied cookies now belong to the simulated person alone.
        browser.clearCookies();
        browser.open(PortalStack.issuer() + "/.well-known/openid-configuration");
        browser.clearCookies();
        return cookies;
    }

    private static int status(String url) {
        try {
            return ClusterStack.call(url, null, "GET", "", null).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static String cookieHeader(Map<String, String> cookies) {
        List<String> pairs = new ArrayList<>();
        cookies.forEach((name, value) -> pairs.add(name + "=" + value));
        return String.join("; ", pairs);
    }

    private static String token(String member) {
        try {
            return Tokens.accessToken(member, member);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String claim() {
        return Json.createObjectBuilder().add("kind", "MEALS").add("amount", "100").add("currency", "RSD")
                .add("date", LocalDate.now(java.time.ZoneId.of("Europe/Belgrade")).minusDays(1).toString()).add("description", "Lunch at the hearing")
                .build().toString();
    }

    /** Whether the test database refuses a new connection (it is down). */
    private static boolean refusesConnections() {
        try (java.sql.Connection connection = Db.connect()) {
            return false;
        } catch (Exception refused) {
            return true;
        }
    }
}
