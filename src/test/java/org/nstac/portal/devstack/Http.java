package org.nstac.portal.devstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waiting for a server to answer. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Http() {
    }

    static int status(String url) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (Exception notYet) {
            return -1;
        }
    }

    /** Polls until {@code url} answers 200, the process dies, or the timeout passes. */
    static void awaitOk(String what, String url, Duration timeout, ChildProcess process) {
        await(what, () -> status(url) == 200, timeout, process);
    }

    static void await(String what, BooleanSupplier ready, Duration timeout, ChildProcess process) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (process != null) {
                process.checkAlive();
            }
            if (ready.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + what, interrupted);
            }
        }
        throw new IllegalStateException(what + " did not become ready within " + timeout.toSeconds() + " s"
                + (process == null ? "" : "; first error in " + process.log() + ":\n"
                + ChildProcess.firstError(process.log()) + "\nlast lines:\n" + ChildProcess.tail(process.log(), 40)));
    }
}
