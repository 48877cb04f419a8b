package org.nstac.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nstac.portal.it.Api;
import org.nstac.portal.it.Db;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.Tokens;

/**
 * What an attacker (or a broken client) sends: malformed JSON, wrong types, numbers that do not fit, unknown values,
 * huge bodies, a check request built to take quadratic time, a PDF that inflates to gigabytes. Each gets a 4xx with
 * the error body, quickly; nothing is half-stored; and {@code /health} stays UP throughout.
 */
@ExtendWith(PortalStack.class)
class HostileInputIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void theServiceStaysUp() throws Exception {
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(PortalStack.portalUrl() + "/health"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"UP\""), health.body());
    }

    @Test
    void aCommitThatLostTheDatabaseIsTryAgainInAMomentAsJsonNeverTheErrorPage() throws Exception {
        // What OutageIT met twice: a claim's commit when the database went away; Jersey's own mapper for
        // TransactionalException threw it on, and the caller got the container's 500 HTML page.
        var answer = org.nstac.portal.it.Api.send("admin", "POST", "/api/test/lost-commit", null);
        assertEquals(503, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                answer.headers().toString());
        assertEquals("service_unavailable", org.nstac.portal.it.Tokens.json(answer.body()).getString("error"));
        assertFalse(answer.body().contains("Exception"), answer.body());
    }

    @Test
    void malformedJsonWrongTypesAndUnknownValuesAre400WithTheErrorBody() throws Exception {
        for (String body : new String[] {"{\"kind\": \"PLENARY\", \"title\": ", "not json at all", "[1,2,3]",
                "{\"kind\": \"PLENARY\", \"capacity\": \"many\"}", "{\"kind\": \"PARTY\", \"title\": \"x\"}",
                "{\"kind\": \"PLENARY\", \"online\": \"perhaps\"}"}) {
            HttpResponse<String> refused = Api.send("secretariat", "POST", "/api/meetings", body);
            assertClientError(refused, 400, body);
        }
    }

    @Test
    void aNumberThatDoesNotFitIsRefusedNotNarrowed() throws Exception {
        long before = Db.number("SELECT COUNT(*) FROM meeting");
        Instant start = Instant.now().plus(5, ChronoUnit.DAYS);
        var meeting = Json.createObjectBuilder().add("kind", "PLENARY").add("title", "Capacity overflow")
                .add("agenda", "1. Welcome").add("start", start.toString())
                .add("end", start.plus(2, ChronoUnit.HOURS).toString()).add("online", false).add("venueOrLink", "Room 1")
                .add("language", "sr-Latn").add("meetingDays", "1").add("preparationHours", "0").add("perDiemDays", 0)
                .add("travelKm", "0");
        for (String capacity : new String[] {"4294967301", "2.5", "1e3", "99999999999999999999"}) {
            String body = meeting.build().toString().replace("\"travelKm\":\"0\"",
                    "\"travelKm\":\"0\",\"capacity\":" + capacity);
            assertClientError(Api.send("secretariat", "POST", "/api/meetings", body), 400, capacity);
        }
        assertEquals(before, Db.number("SELECT COUNT(*) FROM meeting"), "nothing was stored, least of all capacity 5");
    }

    @Test
    void aBodyOverItsLimitIs413BeforeItIsRead() throws Exception {
        // 5 MB and 400 MB announced: the answer comes before the body is read (the client need not even send it).
        String token = Tokens.accessToken("sunflower", "sunflower");
        URI portal = URI.create(PortalStack.portalUrl());
        for (long size : new long[] {5L * 1024 * 1024, 400L * 1024 * 1024}) {
            Instant start = Instant.now();
            try (Socket socket = new Socket(portal.getHost(), portal.getPort())) {
                socket.setSoTimeout(20_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/comments/check HTTP/1.1\r\nHost: " + portal.getHost() + "\r\nAuthorization: "
                        + "Bearer " + token + "\r\nContent-Type: application/json\r\nAccept-Language: en\r\n"
                        + "Content-Length: " + size + "\r\n\r\n{\"body\":\"").getBytes(StandardCharsets.US_ASCII));
                out.write("a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String answer = readAnswer(socket.getInputStream());
                assertTrue(answer.startsWith("HTTP/1.1 413"), size + ": " + answer);
                assertTrue(answer.contains("\"error\":\"payload_too_large\""), answer);
                assertFalse(answer.contains("Exception"), answer);
            }
            assertTrue(Duration.between(start, Instant.now()).toSeconds() < 20, "refused quickly");
        }
        Instant start;

        // 400 MB without a declared length (chunked): counted as it arrives and stopped at the limit.
        start = Instant.now();
        try {
            HttpResponse<String> chunked = HTTP.send(HttpRequest.newBuilder(URI.create(PortalStack.portalUrl()
                            + "/api/comments/check")).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless(400L * 1024 * 1024))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(chunked.statusCode() == 413 || chunked.statusCode() == 400, chunked.statusCode() + " "
                    + chunked.body());
            assertFalse(chunked.body().contains("Exception"), chunked.body());
        } catch (java.io.IOException closedOnUs) {
            // The portal answered and closed the connection while the client was still sending: also a refusal.
        }
        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 60, "stopped long before 400 MB");
    }

    @Test
    void aHundredThousandCharacterCheckIsRefusedAtOnce() throws Exception {
        String text = "a.".repeat(50_000);
        Instant start = Instant.now();
        HttpResponse<String> refused = Api.send("sunflower", "POST", "/api/comments/check",
                Json.createObjectBuilder().add("body", text).build().toString());
        assertClientError(refused, 400, "100,000 characters");
        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 10, "refused quickly");
        // Just under the check's own cap, the worst shapes still take one pass.
        String hostile = "a".repeat(19_999) + "@";
        start = Instant.now();
        assertEquals(200, Api.send("sunflower", "POST", "/api/comments/check",
                Json.createObjectBuilder().add("body", hostile).build().toString()).statusCode());
        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 10, "checked quickly");
    }

    @Test
    void aPdfReceiptThatInflatesToGigabytesIsRefusedAndNothingIsClaimed() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.write("%PDF-1.7\n1 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >>\nstream\n"
                .getBytes(StandardCharsets.US_ASCII));
        try (DeflaterOutputStream deflating = new DeflaterOutputStream(pdf, new Deflater(9), true)) {
            endless(1024L * 1024 * 1024).transferTo(deflating);
        }
        pdf.write("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertTrue(pdf.size() < 5 * 1024 * 1024, "under the upload limit: " + pdf.size());
        long claims = Db.number("SELECT COUNT(*) FROM payable WHERE source = 'EXPENSE'");
        JsonObject claim = Json.createObjectBuilder().add("kind", "TRAVEL").add("date",
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Belgrade")).minusDays(1).toString()).add("amount", "1200.00").add("currency", "RSD")
                .add("description", "Bus to the plenary").add("receipt",
                        Base64.getEncoder().encodeToString(pdf.toByteArray())).build();
        Instant start = Instant.now();
        HttpResponse<String> refused = Api.sendKeyed("river", "POST", "/api/me/expense-claims", claim.toString(),
                "bomb-" + java.util.UUID.randomUUID());
        assertClientError(refused, 400, "PDF bomb");
        assertEquals("payment.receipt.unreadable", Tokens.json(refused.body()).getString("error"));
        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 20, "refused quickly");
        assertEquals(claims, Db.number("SELECT COUNT(*) FROM payable WHERE source = 'EXPENSE'"), "nothing claimed");
    }

    private static void assertClientError(HttpResponse<String> response, int status, String what) {
        assertEquals(status, response.statusCode(), what + ": " + response.body());
        JsonObject error = Tokens.json(response.body());
        assertFalse(error.getString("error").isBlank(), what);
        assertFalse(error.getString("message").isBlank(), what);
        assertFalse(response.body().contains("Exception") || response.body().contains("\tat "),
                "no stack trace: " + response.body());
    }

    /** An HTTP answer read up to the end of its JSON body (or the connection's end), whichever comes first. */
    private static String readAnswer(InputStream in) throws java.io.IOException {
        StringBuilder answer = new StringBuilder();
        byte[] buffer = new byte[1024];
        while (!(answer.indexOf("\r\n\r\n") > 0 && answer.toString().trim().endsWith("}"))) {
            int n = in.read(buffer);
            if (n < 0) {
                break;
            }
            answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
        return answer.toString();
    }

    /** {@code length} bytes of the letter a, made as they are read. */
    private static InputStream endless(long length) {
        return new InputStream() {
            private long left = length;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                left -= n;
                return n;
            }
        };
    }
}
