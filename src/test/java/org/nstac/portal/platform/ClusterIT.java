package org.nstac.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nstac.portal.it.ClusterStack.as;
import static org.nstac.portal.it.ClusterStack.node;
import static org.nstac.portal.it.ClusterStack.nodeOf;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nstac.portal.it.ClusterStack;
import org.nstac.portal.it.Db;
import org.nstac.portal.it.LedgerCheck;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.PortalTime;
import org.nstac.portal.it.Tokens;

/**
 * Two portal nodes behind HAProxy, as {@code mvn -Prun -Dportal.nodes=2} runs them: every answer names its node, the
 * grid has both, what one node writes the other reads at once, money commands hold across nodes, a master-key
 * rotation on one node reaches the other, and scheduled work runs once per cluster.
 */
@ExtendWith({PortalStack.class, ClusterStack.class, LedgerCheck.class})
class ClusterIT {

    private static final String A = ClusterStack.NODES.get(0);
    private static final String B = ClusterStack.NODES.get(1);

    @AfterEach
    void resetTheNodesClocks() throws Exception {
        for (String name : ClusterStack.NODES) {
            as("admin", node(name).url(), "DELETE", "/api/test/clock", null);
        }
        PortalTime.reset();
    }

    @Test
    void everyAnswerNamesItsNodeAndTheBalancerUsesBoth() throws Exception {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> page = ClusterStack.call(ClusterStack.url(), null, "GET", "/", null);
            assertEquals(200, page.statusCode());
            assertTrue(ClusterStack.NODES.contains(nodeOf(page)), nodeOf(page));
            seen.add(nodeOf(page));
        }
        assertEquals(Set.copyOf(ClusterStack.NODES), seen, "new visitors are spread over both nodes");

        HttpResponse<String> refused = ClusterStack.call(ClusterStack.url(), null, "GET", "/api/me", null);
        assertEquals(401, refused.statusCode());
        assertTrue(ClusterStack.NODES.contains(nodeOf(refused)), "an API refusal names its node too");
        for (String name : ClusterStack.NODES) {
            assertEquals(name, nodeOf(ClusterStack.call(ClusterStack.url(), null, "GET", "/", null,
                    "Cookie", "PORTALNODE=" + name)), "the balancer's cookie keeps a browser on its node");
            long pid = Long.parseLong(Files.readString(node(name).pidFile()).strip());
            assertEquals(node(name).pid(), pid, "the pid file names the node's process");
            assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        }
    }

    @Test
    void healthSeparatesLivenessFromReadinessAndListsTheMembers() throws Exception {
        for (String name : ClusterStack.NODES) {
            JsonObject live = Tokens.json(ClusterStack.call(node(name).url(), null, "GET", "/health/live", null)
                    .body());
            JsonObject check = live.getJsonArray("checks").getJsonObject(0);
            assertEquals("node", check.getString("name"));
            JsonObject data = check.getJsonObject("data");
            assertEquals(name, data.getString("name"));
            assertEquals(ClusterStack.NAME, data.getString("cluster"));
            assertTrue(data.getString("members").startsWith(name + " ("), "this node first: " + data);
            assertTrue(data.getString("members").contains(ClusterStack.other(name) + " ("), data.toString());
            String ready = ClusterStack.call(node(name).url(), null, "GET", "/health/ready", null).body();
            assertTrue(ready.contains("\"database\"") && ready.contains("\"keycloak\""), ready);
            assertFalse(ready.contains("\"members\""), "readiness is about what the node depends on: " + ready);
        }
    }

    @Test
    void whatOneNodeWritesTheOtherReadsAtOnce() throws Exception {
        long id = created(as("justice", node(A).url(), "POST", "/api/consultations",
                draft("Written on one node " + UUID.randomUUID(), 0, 10).toString()));
        assertEquals(200, as("justice", node(A).url(), "POST", "/api/consultations/" + id + "/phase",
                "{\"phase\":\"OPEN\"}").statusCode());
        assertEquals("OPEN", Tokens.json(as("justice", node(B).url(), "GET", "/api/consultations/" + id, null)
                .body()).getString("phase"), "the phase moved on A is read on B");
        for (int round = 1; round <= 3; round++) {
            String writer = round % 2 == 1 ? A : B;
            String reader = ClusterStack.other(writer);
            String edited = "Round " + round + ": interpreters within a day, written on " + writer;
            long comment = round == 1 ? created(as("sunflower", node(writer).url(), "POST",
                    "/api/consultations/" + id + "/comments", comment(edited))) : mine(id);
            if (round > 1) {
                HttpResponse<String> edit = as("sunflower", node(writer).url(), "PUT", "/api/comments/" + comment,
                        comment(edited));
                assertEquals(200, edit.statusCode(), edit.body());
            }
            HttpResponse<String> read = as("sunflower", node(reader).url(), "GET",
                    "/api/consultations/" + id + "/comments?size=50", null);
            assertEquals(reader, nodeOf(read));
            assertTrue(read.body().contains(edited), "read at once on " + reader + ": " + read.body());
        }
    }

    @Test
    void twentyIdenticalPaymentRequestsSpreadOverBothNodesMakeOnePayment() throws Exception {
        String river = Db.memberRef("river");
        long byFinance = created(as("finance", node(A).url(), "POST", "/api/payables", owed(river), "Idempotency-Key",
                key()));
        HttpResponse<String> own = as("finance", node(B).url(), "POST", "/api/payables/" + byFinance + "/approval",
                null, "Idempotency-Key", key());
        assertEquals(400, own.statusCode(), own.body());
        assertEquals("payment.approval.sameUser", Tokens.json(own.body()).getString("error"),
                "four eyes hold when the second step goes to the other node");
        long payable = created(as("secretariat", node(A).url(), "POST", "/api/payables", owed(river),
                "Idempotency-Key", key()));
        assertEquals(200, as("finance", node(B).url(), "POST", "/api/payables/" + payable + "/approval", null,
                "Idempotency-Key", key()).statusCode());

        String token = Tokens.accessToken("finance", "finance");
        String key = key();
        String body = Json.createObjectBuilder().add("date", LocalDate.now(java.time.ZoneId.of("Europe/Belgrade")).toString())
                .add("method", "BANK_TRANSFER").add("reference", "BANK-" + key.substring(0, 8)).build().toString();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String target = node(ClusterStack.NODES.get(i % 2)).url();
                calls.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return ClusterStack.call(target, token, "POST", "/api/payables/" + payable + "/payment",
                                body, "Idempotency-Key", key);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, pool));
            }
            Set<String> nodes = new HashSet<>();
            Set<String> payments = new HashSet<>();
            for (var call : calls) {
                HttpResponse<String> response = call.join();
                assertEquals(200, response.statusCode(), response.body());
                nodes.add(nodeOf(response));
                JsonObject paid = Tokens.json(response.body());
                assertEquals("PAID", paid.getString("state"));
                payments.add(paid.getString("bankReference") + paid.getString("paidOn"));
            }
            assertEquals(Set.copyOf(ClusterStack.NODES), nodes, "both nodes answered");
            assertEquals(1, payments.size(), "every caller got the same payment: " + payments);
        } finally {
            pool.shutdown();
        }
        assertEquals(1, Db.number("SELECT COUNT(*) FROM ledger_entry WHERE payable_id = " + payable
                + " AND state = 'PAID'"), "one payment entry");
    }

    @Test
    void aRotationOnOneNodeReachesTheOtherWithoutARestart() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String legalName = "Milica Rotation" + tag;
        HttpResponse<String> admitted = as("secretariat", node(A).url(), "POST", "/api/members",
                admission("Wren " + tag).add("legalName", legalName).add("email", "wren." + tag + "@example.org")
                        .build().toString());
        assertEquals(201, admitted.statusCode(), admitted.body());
        String ref = Tokens.json(admitted.body()).getString("ref");
        String before = Tokens.json(as("admin", node(B).url(), "GET", "/api/vault/keys", null).body())
                .getString("currentKeyId");

        HttpResponse<String> rotated = as("admin", node(A).url(), "POST", "/api/vault/rotations", "{}");
        assertEquals(200, rotated.statusCode(), rotated.body());
        String after = Tokens.json(rotated.body()).getString("currentKeyId");
        assertNotEquals(before, after);
        assertEquals(after, Db.text("SELECT master_key_id FROM vault_data_key WHERE member_ref = '" + ref + "'"),
                "the member's data key is wrapped by the new key");

        assertEquals(after, Tokens.json(as("admin", node(B).url(), "GET", "/api/vault/keys", null).body())
                .getString("currentKeyId"), "the other node uses the new key at once");
        HttpResponse<String> revealed = ClusterStack.call(node(B).url(),
                Tokens.recentAccessToken("custodian", "custodian", PortalStack.RECENT_SIGN_IN.dividedBy(3)),
                "POST", "/api/members/" + ref + "/identity-reveals",
                Json.createObjectBuilder().add("reason", "Checking the identity after the key rotation").build()
                        .toString());
        assertEquals(200, revealed.statusCode(), revealed.body());
        assertEquals(B, nodeOf(revealed));
        assertEquals(legalName, Tokens.json(revealed.body()).getString("legalName"),
                "revealed through the other node, with the new key");

        // A member admitted on B right after: wrapped with the new key there too.
        HttpResponse<String> next = as("secretariat", node(B).url(), "POST", "/api/members",
                admission("Finch " + tag).add("legalName", "Ana Next" + tag).add("email", "finch." + tag
                        + "@example.org").build().toString());
        assertEquals(201, next.statusCode(), next.body());
        assertEquals(after, Db.text("SELECT master_key_id FROM vault_data_key WHERE member_ref = '"
                + Tokens.json(next.body()).getString("ref") + "'"));
    }

    @Test
    void aScheduledConsultationOpensOnceWithOneSetOfNotificationsWhileBothNodesRunTheirTimers() throws Exception {
        var opensByItself = Json.createObjectBuilder(draft("Opens once " + UUID.randomUUID(), 1,
                10)).add("openAutomatically", true).build();
        long id = created(as("justice", ClusterStack.url(), "POST", "/api/consultations", opensByItself.toString()));
        for (String name : ClusterStack.NODES) {
            assertEquals(200, as("admin", node(name).url(), "PUT", "/api/test/clock?by=P1DT1M", null).statusCode());
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 3; round++) {
                List<CompletableFuture<JsonObject>> ticks = new ArrayList<>();
                for (String name : ClusterStack.NODES) {
                    ticks.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            HttpResponse<String> tick = as("admin", node(name).url(), "POST",
                                    "/api/test/scheduler/tick", null);
                            assertEquals(200, tick.statusCode(), tick.body());
                            return Tokens.json(tick.body());
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }, pool));
                }
                List<String> ran = new ArrayList<>();
                for (var tick : ticks) {
                    tick.join().getJsonArray("ran").getValuesAs(JsonString.class).forEach(j -> ran.add(j.getString()));
                }
                assertEquals(1, ran.stream().filter("consultation-dates"::equals).count(),
                        "round " + round + ": the job ran on exactly one node: " + ran);
                assertEquals(Set.copyOf(ran).size(), ran.size(), "no job ran on both nodes: " + ran);
            }
        } finally {
            pool.shutdown();
        }
        assertEquals("OPEN", Tokens.json(as("justice", ClusterStack.url(), "GET", "/api/consultations/" + id, null)
                .body()).getString("phase"));
        String link = "'/consultations/view?id=" + id + "'";
        long sent = Db.number("SELECT COUNT(*) FROM notification WHERE message_key = "
                + "'notification.consultation.opened' AND link = " + link);
        assertTrue(sent > 0, "members were told");
        assertEquals(sent, Db.number("SELECT COUNT(DISTINCT recipient) FROM notification WHERE message_key = "
                + "'notification.consultation.opened' AND link = " + link), "one notification per member");
    }

    @Test
    void bothNodesTakingOneLeaseAtTheSameMomentLeaveExactlyOneHolderEveryTime() throws Exception {
        // Before the fix both nodes' statements in one transaction deadlocked in about one round in ten, and when the
        // holder was the one rolled back, neither node ran the job that minute.
        String job = "lease-race-" + UUID.randomUUID().toString().substring(0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Set<String> holders = new HashSet<>();
            for (int round = 1; round <= 60; round++) {
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
                List<CompletableFuture<JsonObject>> takes = new ArrayList<>();
                for (String name : ClusterStack.NODES) {
                    takes.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            together.await();
                            HttpResponse<String> taken = as("admin", node(name).url(), "POST",
                                    "/api/test/leases/" + job, null);
                            assertEquals(200, taken.statusCode(), taken.body());
                            return Tokens.json(taken.body());
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }, pool));
                }
                List<String> mine = new ArrayList<>();
                for (var take : takes) {
                    JsonObject answer = take.join();
                    if (answer.getBoolean("mine")) {
                        mine.add(answer.getString("node"));
                    }
                }
                assertEquals(1, mine.size(), "round " + round + ": exactly one node holds the lease: " + mine);
                holders.addAll(mine);
            }
            assertEquals(1, holders.size(), "the holder renews its lease; the other node never takes it: " + holders);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aJobRunByHandDoesNotWaitBehindATickThatWaitsOnALease() throws Exception {
        // A tick that waits on a lease row (here: held by the test, as another node's transaction would) must not hold
        // up the node's other job calls. The job runner was a singleton with the container's lock, so in CI run 24 a
        // job run by hand waited behind such a tick past the client's 30 s.
        String url = node(ClusterStack.NODES.get(0)).url();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<HttpResponse<String>> tick = new CompletableFuture<>();
            Db.withScheduledJobsHeld(() -> {
                pool.submit(() -> {
                    try {
                        tick.complete(as("admin", url, "POST", "/api/test/scheduler/tick", null));
                    } catch (Exception e) {
                        tick.completeExceptionally(e);
                    }
                });
                Thread.sleep(3000);
                assertFalse(tick.isDone(), "the tick waits on the held lease rows");
                long started = System.nanoTime();
                HttpResponse<String> run = as("admin", url, "POST", "/api/test/jobs/consultation-overdue", null);
                long ms = (System.nanoTime() - started) / 1_000_000;
                assertEquals(200, run.statusCode(), run.body());
                assertFalse(tick.isDone(), "the job ran while the tick still waited (" + ms + " ms)");
            });
            assertEquals(200, tick.get(60, java.util.concurrent.TimeUnit.SECONDS).statusCode(),
                    "the tick goes on once the lease rows are free");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStipendMonthIsBookedOnceWhenBothNodesRunTheJobAtTheSameMoment() throws Exception {
        String river = Db.memberRef("river");
        java.time.ZoneId council = java.time.ZoneId.of("Europe/Belgrade");
        LocalDate today = LocalDate.now(council);
        java.time.YearMonth month = java.time.YearMonth.from(today).plusMonths(2);
        HttpResponse<String> assigned = as("secretariat", ClusterStack.url(), "POST", "/api/stipends",
                Json.createObjectBuilder().add("memberRef", river).add("role", "WORKING_GROUP_LEAD")
                        .add("from", month.toString()).add("to", month.toString()).build().toString());
        long id = created(assigned);
        long days = java.time.temporal.ChronoUnit.DAYS.between(today, month.atEndOfMonth()) + 2;
        String key = "stipend:" + id + ":" + month;
        // The nodes' clocks run months ahead while the test runs the job by hand. A minute's tick in that window would
        // run every job there: the consultation-dates job would close each consultation open today, the demo's among
        // them (CI run 22, DemoDataIT: "expected OPEN but was CLOSED"). So no tick runs until the clocks are back.
        try {
            Db.withScheduledJobsHeld(() -> {
                for (String name : ClusterStack.NODES) {
                    assertEquals(200, as("admin", node(name).url(), "PUT", "/api/test/clock?by=P" + days + "D", null)
                            .statusCode());
                }
                ExecutorService pool = Executors.newFixedThreadPool(2);
                try {
                    for (int round = 1; round <= 3; round++) {
                        List<CompletableFuture<Integer>> runs = new ArrayList<>();
                        for (String name : ClusterStack.NODES) {
                            runs.add(CompletableFuture.supplyAsync(() -> {
                                try {
                                    HttpResponse<String> run = as("admin", node(name).url(), "POST",
                                            "/api/test/jobs/stipends", null);
                                    assertEquals(200, run.statusCode(), run.body());
                                    return 1;
                                } catch (Exception e) {
                                    throw new IllegalStateException(e);
                                }
                            }, pool));
                        }
                        for (var run : runs) {
                            run.join();
                        }
                        assertEquals(1, Db.number("SELECT COUNT(*) FROM payable WHERE source_key = '" + key + "'"),
                                "round " + round + ": one payable for the month, whichever node ran the job");
                    }
                } finally {
                    pool.shutdown();
                    resetTheNodesClocks();
                }
            });
        } finally {
            as("secretariat", ClusterStack.url(), "DELETE", "/api/stipends/" + id, null);
        }
        assertEquals("MONTHLY_STIPEND", Db.text("SELECT activity FROM payable WHERE source_key = '" + key + "'"));
    }

    /** A draft of two sections by Justice, opening and closing that many days from now. */
    static JsonObject draft(String title, int opensInDays, int closesInDays) {
        java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var sections = Json.createArrayBuilder();
        for (int n = 1; n <= 2; n++) {
            sections.add(Json.createObjectBuilder().add("heading", "Article " + n).add("text", "Text " + n + ".")
                    .add("contentNotes", Json.createArrayBuilder()));
        }
        return Json.createObjectBuilder().add("title", title).add("summary", "What the draft changes.")
                .add("opensAt", now.plus(java.time.Duration.ofDays(opensInDays)).toString())
                .add("closesAt", now.plus(java.time.Duration.ofDays(closesInDays)).toString())
                .add("answersDueAt", now.plus(java.time.Duration.ofDays(closesInDays + 20)).toString())
                .add("contentNotes", Json.createArrayBuilder()).add("sections", sections).build();
    }

    private static jakarta.json.JsonObjectBuilder admission(String pseudonym) {
        return Json.createObjectBuilder().add("pseudonym", pseudonym).add("language", "en").add("adult", true)
                .add("paidThroughPartner", true)
                .add("yearsSinceExploitation", 7).add("readiness", Json.createObjectBuilder()
                        .add("date", LocalDate.now(java.time.ZoneId.of("Europe/Belgrade")).minusDays(3).toString())
                        .add("organisation", "Independent counselling centre").add("outcome", "READY"));
    }

    private static String comment(String body) {
        return Json.createObjectBuilder().add("body", body).add("attribution", "COUNCIL").build().toString();
    }

    private static String owed(String memberRef) {
        return Json.createObjectBuilder().add("memberRef", memberRef).add("activity", "PREPARATION_HOUR")
                .add("quantity", "1").add("workDate", LocalDate.now(java.time.ZoneId.of("Europe/Belgrade")).minusDays(1).toString())
                .add("description", "Council work").build().toString();
    }

    private static long mine(long consultation) throws Exception {
        return Db.number("SELECT MAX(id) FROM consultation_comment WHERE consultation_id = " + consultation);
    }

    private static long created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return Tokens.json(response.body()).getJsonNumber("id").longValue();
    }

    private static String key() {
        return "c-" + UUID.randomUUID();
    }
}
