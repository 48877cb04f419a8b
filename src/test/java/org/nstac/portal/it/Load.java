package org.nstac.portal.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

/**
 * A steady load of simulated people for failover tests: each user is a thread that sends one request after another
 * (with a short pause) until {@link #stop()}, and every request is recorded with when it started and ended, its status
 * (or the failure), and the node that answered. Bounded: every request times out after 15 s, and {@link #stop()} ends
 * the threads. Only ever aimed at this machine.
 */
public final class Load implements AutoCloseable {

    /** One request: times in milliseconds since the load started; status -1 for a failure without an answer. */
    public record Sample(String user, String what, long start, long end, int status, String node, String body) {

        public boolean ok() {
            return status >= 200 && status < 400;
        }

        /** Whether the answer showed anything a person must never see: a stack trace or an internal class name. */
        public boolean leaksInternals() {
            return showsInternals(body);
        }
    }

    /** What one simulated person does next; {@code n} counts their requests. */
    public interface Step {
        Sample send(Person person, int n) throws Exception;
    }

    /** One simulated person: their own HTTP client and cookie jar (a browser's session, the balancer's cookie). */
    public static final class Person {

        private final String name;
        /** Cookies as a browser keeps them for this one site, sent back as a browser does ({@code a=b; c=d}). */
        private final java.util.Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();
        private final HttpClient http;
        private final long origin;

        Person(String name, long origin) {
            this.name = name;
            this.origin = origin;
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        }

        public String name() {
            return name;
        }

        /** Puts a cookie in this person's jar (copied from a real browser's sign-in). */
        public void cookie(String base, String name, String value) {
            cookies.put(name, value);
        }

        private void keep(HttpResponse<?> response) {
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    String cookie = pair.substring(0, equals).strip();
                    String value = pair.substring(equals + 1).strip();
                    if (value.isEmpty() || header.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                        cookies.remove(cookie);
                    } else {
                        cookies.put(cookie, value);
                    }
                }
            }
        }

        /** Sends a request and records it; a failure without an answer is recorded with status -1. */
        public Sample send(String what, String base, String method, String path, String token, String body,
                String... headers) {
            long start = now();
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(15)).header("Accept-Language", "en")
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
                if (!cookies.isEmpty()) {
                    StringBuilder header = new StringBuilder();
                    cookies.forEach((cookie, value) -> header.append(header.isEmpty() ? "" : "; ").append(cookie)
                            .append('=').append(value));
                    request.setHeader("Cookie", header.toString());
                }
                HttpResponse<String> response;
                try {
                    response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                } catch (java.net.http.HttpTimeoutException timedOut) {
                    throw timedOut;
                } catch (java.io.IOException broken) {
                    // The connection broke without an answer (CI run 12 of the second wave: one claim in 800, an
                    // IOException after 2.5 s, and no trace of it at HAProxy, which answered every request it got).
                    // A browser sends again on a fresh connection, and so does this person, once: the same request,
                    // with the same Idempotency-Key, which the portal files once however often it comes.
                    RESENT.incrementAndGet();
                    response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                }
                keep(response);
                return new Sample(name, what, start, now(), response.statusCode(),
                        response.headers().firstValue("X-Portal-Node").orElse(""), response.body());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return new Sample(name, what, start, now(), -1, "", "interrupted");
            } catch (Exception failed) {
                return new Sample(name, what, start, now(), -1, "", failed.getClass().getSimpleName());
            }
        }

        long now() {
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime()) - origin;
        }
    }

    /** Requests sent again after their connection broke without an answer (see {@link Person#send}). */
    static final java.util.concurrent.atomic.AtomicInteger RESENT = new java.util.concurrent.atomic.AtomicInteger();

    private final long origin = TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService threads;
    private final List<Person> people = new ArrayList<>();

    /**
     * Starts {@code count} people, person {@code i} doing {@code steps.apply(i)} over and over, with {@code pause}
     * between two requests. {@code prepare} may give a person cookies before they start.
     */
    public Load(int count, IntFunction<Step> steps, Duration pause, java.util.function.BiConsumer<Integer, Person>
            prepare) {
        threads = Executors.newFixedThreadPool(count);
        for (int i = 0; i < count; i++) {
            Person person = new Person("user-" + i, origin);
            if (prepare != null) {
                prepare.accept(i, person);
            }
            people.add(person);
            Step step = steps.apply(i);
            threads.submit(() -> {
                for (int n = 0; running.get() && n < 100_000; n++) {
                    try {
                        samples.add(step.send(person, n));
                    } catch (Exception e) {
                        samples.add(new Sample(person.name(), "step", person.now(), person.now(), -1, "",
                                e.getClass().getSimpleName()));
                    }
                    try {
                        Thread.sleep(pause.toMillis());
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
            });
        }
    }

    /** Milliseconds since the load started (the clock of {@link Sample#start()} and {@link Sample#end()}). */
    public long now() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime()) - origin;
    }

    /** Stops every person after their current request and returns every request made, in order of start. */
    public List<Sample> stop() throws InterruptedException {
        running.set(false);
        threads.shutdown();
        if (!threads.awaitTermination(30, TimeUnit.SECONDS)) {
            threads.shutdownNow();
        }
        synchronized (samples) {
            List<Sample> all = new ArrayList<>(samples);
            all.sort(java.util.Comparator.comparingLong(Sample::start));
            return all;
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (running.get()) {
            stop();
        }
    }

    /**
     * Whether a response body shows what a person must never see: a stack trace, a cause, the portal's classes, or the
     * server's own error report. (Pages name exception types in their error-page set-up script; that is not a leak.)
     */
    public static boolean showsInternals(String body) {
        String text = body == null ? "" : body.toLowerCase(Locale.ROOT);
        return text.contains("caused by:") || text.contains("\tat ") || text.contains("\n\tat")
                || text.contains("stacktrace") || text.contains("stack trace") || text.contains("org.nstac.portal.")
                || text.contains("exception report") || text.contains("http status 500")
                || text.contains("java.lang.") || text.contains("jakarta.persistence.") || text.contains("sqlexception");
    }

    /** A few lines on what happened around {@code event} (ms since start): for the failure message and the docs. */
    public static String summary(List<Sample> samples, long event) {
        long before = samples.stream().filter(s -> s.end() < event).count();
        long failed = samples.stream().filter(s -> !s.ok()).count();
        long lastFailure = samples.stream().filter(s -> !s.ok()).mapToLong(Sample::end).max().orElse(event);
        StringBuilder out = new StringBuilder()
                .append(samples.size()).append(" requests (").append(before).append(" before the event), ")
                .append(failed).append(" not answered 2xx/3xx; last of those ").append(lastFailure - event)
                .append(" ms after the event; ").append(RESENT.get())
                .append(" sent again after a broken connection (all load so far)");
        samples.stream().filter(s -> !s.ok()).limit(12).forEach(s -> out.append("\n  ").append(s.what())
                .append(" start ").append(s.start() - event).append(" ms, end ").append(s.end() - event)
                .append(" ms: ").append(s.status()).append(' ').append(s.node()).append(' ')
                .append(s.body() == null ? "" : s.body().substring(0, Math.min(120, s.body().length()))
                        .replaceAll("\\s+", " ")));
        return out.toString();
    }
}
