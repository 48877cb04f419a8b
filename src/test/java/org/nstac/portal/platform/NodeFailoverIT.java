package org.nstac.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nstac.portal.it.ClusterStack.as;
import static org.nstac.portal.it.ClusterStack.node;

import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nstac.portal.it.Browser;
import org.nstac.portal.it.ClusterStack;
import org.nstac.portal.it.Db;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.Tokens;
import org.openqa.selenium.By;

/**
 * A node dies under a signed-in member: the member carries on on the other node, signed in, and the comment typed
 * before the crash is posted after it; the scheduled jobs' lease moves to the node that is left.
 */
@ExtendWith({PortalStack.class, ClusterStack.class})
class NodeFailoverIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aMemberWhoseNodeDiesCarriesOnSignedInAndWhatTheyTypedIsPosted() throws Exception {
        String lb = ClusterStack.url();
        long id = openConsultation();

        // Sign in through the balancer, as a member would; the balancer's cookie keeps the browser on one node.
        browser.open(lb + "/");
        browser.clearCookies();
        browser.open(lb + "/dashboard");
        browser.submitLogin("sunflower", "sunflower");
        browser.waitFor(d -> d.getCurrentUrl().startsWith(lb + "/member"));
        browser.open(lb + "/consultations/view?id=" + id);
        String mine = answeringNode();
        assertTrue(ClusterStack.NODES.contains(mine), mine);
        String survivor = ClusterStack.other(mine);

        // The member types a comment ...
        String text = "Typed before the crash " + UUID.randomUUID().toString().substring(0, 8)
                + ": interpreters must be free of charge.";
        browser.find(By.id("new:body")).sendKeys(text);

        // ... while their node holds the scheduled jobs' lease, and dies.
        ClusterStack.await("the lease on " + mine, ClusterStack.LEASE.plusSeconds(20),
                () -> ran(mine).contains("consultation-dates"));
        ClusterStack.node(mine).kill();
        Instant killed = Instant.now();
        assertFalse(ran(survivor).contains("consultation-dates"), "the lease still holds for the dead node");
        // From now on the survivor's scheduler is asked every half second whether it runs the dead node's jobs, beside
        // the member's steps below: the takeover is timed from the kill to the first tick that ran them, not to the
        // end of the browser's steps (CI run 14, on a busy machine: the steps alone took longer than a lease).
        CompletableFuture<Instant> takenOver = CompletableFuture.supplyAsync(() -> firstRun(survivor,
                killed.plus(ClusterStack.LEASE).plusSeconds(90)));

        // The member posts: the balancer sends the request to the other node, which has the session and the page.
        browser.find(By.id("new:post")).click();
        browser.waitFor(d -> browser.text().contains("Your comment is posted."));
        assertTrue(browser.url().startsWith(lb + "/consultations/view"), "no new sign-in: " + browser.url());
        assertTrue(browser.find(By.id("signed-in-as")).getText().contains("sunflower"));
        assertTrue(browser.find(By.id("comments:list")).getText().contains(text));
        assertEquals(survivor, answeringNode(), "the other node answers now");
        assertEquals(1, Db.number("SELECT COUNT(*) FROM consultation_comment WHERE consultation_id = " + id
                + " AND body = '" + text.replace("'", "''") + "'"), "posted once, nothing lost");

        // The member goes on working: another page, another form.
        browser.open(lb + "/member/dashboard");
        browser.waitFor(d -> browser.has(By.id("signed-in-as")));
        assertTrue(browser.url().startsWith(lb + "/member/dashboard"), browser.url());

        // Within a lease, the survivor runs the jobs the dead node held.
        long takeover = Duration.between(killed, takenOver.get(2, TimeUnit.MINUTES)).toMillis();
        assertTrue(takeover <= ClusterStack.LEASE.plusSeconds(10).toMillis(), takeover + " ms");
        NodeKillUnderLoadIT.record("lease takeover after a node kill: " + takeover + " ms (lease "
                + ClusterStack.LEASE.toSeconds() + " s)\n");

        browser.find(By.id("sign-out")).click();
        browser.waitFor(d -> d.getCurrentUrl().startsWith(lb) && !d.getCurrentUrl().contains("logout")
                && !browser.has(By.id("sign-out")));
    }

    /** Which node answers this browser now: a request from the page itself, with its cookies. */
    private static String answeringNode() {
        Object node = browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/notifications', {credentials: 'same-origin'})"
                + ".then(r => done(r.headers.get('X-Portal-Node') || 'none')).catch(e => done('failed: ' + e));");
        return String.valueOf(node);
    }

    /** When the node's scheduler first ran the dead node's jobs, asked every half second until {@code deadline}. */
    private static Instant firstRun(String node, Instant deadline) {
        try {
            while (Instant.now().isBefore(deadline)) {
                if (ran(node).contains("consultation-dates")) {
                    return Instant.now();
                }
                Thread.sleep(500);
            }
        } catch (Exception failed) {
            throw new IllegalStateException("asking " + node + "'s scheduler failed", failed);
        }
        throw new AssertionError(node + " never ran the dead node's jobs within " + ClusterStack.LEASE.plusSeconds(90));
    }

    /** Runs the minute's scheduled work on a node and says which jobs it ran there. */
    private static List<String> ran(String name) throws Exception {
        HttpResponse<String> tick = as("admin", node(name).url(), "POST", "/api/test/scheduler/tick", null);
        assertEquals(200, tick.statusCode(), tick.body());
        return Tokens.json(tick.body()).getJsonArray("ran").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    private static long openConsultation() throws Exception {
        HttpResponse<String> created = as("justice", ClusterStack.url(), "POST", "/api/consultations",
                ClusterIT.draft("Failover " + UUID.randomUUID(), 0, 10).toString());
        assertEquals(201, created.statusCode(), created.body());
        long id = Tokens.json(created.body()).getJsonNumber("id").longValue();
        assertEquals(200, as("justice", ClusterStack.url(), "POST", "/api/consultations/" + id + "/phase",
                "{\"phase\":\"OPEN\"}").statusCode());
        return id;
    }
}
