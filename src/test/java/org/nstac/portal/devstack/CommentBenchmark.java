package org.nstac.portal.devstack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code mvn -Pbenchmark} (with {@code mvn -Prun} running): a consultation with N synthetic comments (10,000 by
 * default, {@code -Dbenchmark.comments=N}), then the time to serve a page of its comments through the API, and the
 * time for the consultation page to load in a real browser. Prints figures; asserts nothing (docs/performance.md
 * keeps them).
 */
public final class CommentBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private CommentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String portal = System.getProperty("benchmark.portal", "http://localhost:8080");
        String issuer = System.getProperty("benchmark.issuer", "http://localhost:8180/realms/nstac");
        int comments = Integer.getInteger("benchmark.comments", 10_000);

        long started = System.nanoTime();
        HttpResponse<String> created = send(portal + "/api/dev/synthetic-consultations", token(issuer, "admin"),
                "POST", "{\"comments\":" + comments + "}");
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Could not create the consultation: " + created.body());
        }
        long id = json(created.body()).getJsonNumber("id").longValue();
        System.out.printf("consultation %d with %,d comments created in %d ms%n", id, comments,
                (System.nanoTime() - started) / 1_000_000);

        String secretariat = token(issuer, "secretariat");
        for (int page : new int[] {0, comments / 100, comments / 50 - 1}) {
            List<Long> times = new ArrayList<>();
            String queries = "?";
            for (int i = 0; i < 25; i++) {
                long t = System.nanoTime();
                HttpResponse<String> r = send(portal + "/api/consultations/" + id + "/comments?size=50&page=" + page,
                        secretariat, "GET", null);
                times.add((System.nanoTime() - t) / 1_000_000);
                queries = r.headers().firstValue("X-Query-Count").orElse("n/a");
            }
            System.out.printf("API page %d of 50 comments: %s (queries per request: %s)%n", page, stats(times),
                    queries);
        }

        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("portal.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory("benchmark-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(
                Path.of(System.getProperty("portal.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            driver.get(portal + "/dashboard");
            driver.findElement(By.id("username")).sendKeys("secretariat");
            driver.findElement(By.id("password")).sendKeys("secretariat");
            driver.findElement(By.id("kc-login")).click();
            wait.until(d -> d.getCurrentUrl().startsWith(portal));
            List<Long> loads = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                driver.get(portal + "/consultations/view?id=" + id);
                wait.until(d -> !d.findElements(By.id("comments:list")).isEmpty());
                Object ms = ((JavascriptExecutor) driver).executeScript(
                        "const n = performance.getEntriesByType('navigation')[0];"
                                + " return Math.round(n.loadEventEnd - n.startTime);");
                if (i > 1) {
                    loads.add(((Number) ms).longValue());
                }
            }
            System.out.printf("consultation page (sections, first 20 comments, paginator over %,d): %s%n", comments,
                    stats(loads));
        } finally {
            driver.quit();
        }
    }

    private static String stats(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return String.format("median %d ms, 95th percentile %d ms, max %d ms (%d runs)",
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                sorted.get(sorted.size() - 1), sorted.size());
    }

    private static String token(String issuer, String user) throws Exception {
        String form = "grant_type=password&client_id=portal-cli&scope=openid&username=" + enc(user) + "&password="
                + enc(user);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return json(r.body()).getString("access_token");
    }

    private static HttpResponse<String> send(String url, String token, String method, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
