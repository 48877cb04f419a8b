package org.nstac.portal.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls to the test stack's API as a demo user (password = user name), in English unless told otherwise. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Api() {
    }

    public static HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
        return sendIn("en", user, method, path, body);
    }

    public static HttpResponse<String> sendIn(String language, String user, String method, String path, String body)
            throws Exception {
        return sendToken(Tokens.accessToken(user, user), language, method, path, body);
    }

    /** As {@link #send}, with an {@code Idempotency-Key} header. */
    public static HttpResponse<String> sendKeyed(String user, String method, String path, String body, String key)
            throws Exception {
        return sendToken(Tokens.accessToken(user, user), "en", method, path, body, "Idempotency-Key", key);
    }

    /**
     * As {@link #sendKeyed}, with a token from a sign-in (password and, for staff, the one-time code) made within the
     * test stack's step-up window: for bank files and identity reveals.
     */
    public static HttpResponse<String> sendSteppedUp(String user, String method, String path, String body,
            String... headers) throws Exception {
        return sendToken(Tokens.recentAccessToken(user, user, PortalStack.RECENT_SIGN_IN.dividedBy(3)), "en", method,
                path, body, headers);
    }

    /** A request with a token already obtained, in a language, with extra headers as name, value pairs. */
    public static HttpResponse<String> sendToken(String token, String language, String method, String path,
            String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PortalStack.portalUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", language)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET answered with bytes (a PDF, a spreadsheet), as a demo user, in a language. */
    public static HttpResponse<byte[]> bytes(String language, String user, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(PortalStack.portalUrl() + path))
                .header("Authorization", "Bearer " + Tokens.accessToken(user, user))
                .header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }


    /** The error code of a refusal, after checking that it is one (400 with {@code {"error","message"}}). */
    public static String error(HttpResponse<String> response) {
        org.junit.jupiter.api.Assertions.assertEquals(400, response.statusCode(), response.body());
        return Tokens.json(response.body()).getString("error");
    }

    /** A JSON array answered by the API. */
    public static jakarta.json.JsonArray array(String body) {
        return Tokens.json("{\"a\":" + body + "}").getJsonArray("a");
    }

    /** A request to send several times. */
    @FunctionalInterface
    public interface Request {
        HttpResponse<String> send() throws Exception;
    }

    /**
     * Sends the request {@code times} times at once, each from its own thread released together, and gives the answers
     * in the order sent: for what two people (or two tabs) do at the same moment.
     */
    public static java.util.List<HttpResponse<String>> atOnce(int times, Request request) {
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(times);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            java.util.List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> calls =
                    new java.util.ArrayList<>();
            for (int i = 0; i < times; i++) {
                calls.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                        return request.send();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, threads));
            }
            start.countDown();
            return calls.stream().map(java.util.concurrent.CompletableFuture::join).toList();
        } finally {
            threads.shutdown();
        }
    }
}
