package org.nstac.portal.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The load benchmark of issue 16, against a running {@code mvn -Prun}: {@code mvn -Pload}. Phases run one after
 * another, each with {@code load.users} virtual users for {@code load.seconds}; or, with {@code -Dload.soak=M}, a soak
 * of M minutes on the 1,000-comment page. At the end it prints the table (see {@link ResultTable}).
 * <p>
 * Users loop without think time, as the first figures did (wrk, 50 connections): each virtual user is a
 * connection that asks again as soon as it has its answer.
 */
public class PortalLoadSimulation extends Simulation {

    /** Texts only the real pages have (never Keycloak's forms or an error page). */
    private static final String LANDING_MARKER = "id=\"home\"";
    private static final String PAGE_MARKER = "id=\"consultation-title\"";
    private static final String API_MARKER = "\"comments\":[{";
    private static final int SOAK_COMMENTS = 1_000;
    private static final Duration SIGN_IN_WAIT = Duration.ofMinutes(3);

    private final LoadOptions options = LoadOptions.fromSystemProperties();
    private final SyntheticConsultations consultations = new SyntheticConsultations();
    private final SignIn signIn = new SignIn(options.issuer());
    /** By phase key, in the order they run: the table's rows. */
    private final Map<String, PhaseStats> stats = new LinkedHashMap<>();
    private final Map<String, KeycloakTokens> apiTokens = new ConcurrentHashMap<>();
    private final SoakHeap soakHeap = new SoakHeap(
            new HeapProbe(options.jcmd(), options.portalPort(), options.portalPid()), options.soakCheckpoint());

    {
        List<List<PopulationBuilder>> steps = new ArrayList<>();
        List<String> pageUsers = pageUsers();
        if (!pageUsers.isEmpty()) {
            steps.add(List.of(firstSignIns(pageUsers)));
        }
        if (options.soakMode()) {
            steps.add(soak());
        } else {
            options.phases().forEach(phase -> steps.add(List.of(phase(phase))));
        }
        HttpProtocolBuilder protocol = http.baseUrl(options.portal())
                // No request to gatling.io before the run, and no browser cache: every request reaches the portal,
                // as wrk's did.
                .disableWarmUp()
                .disableCaching()
                .acceptLanguageHeader("en")
                .acceptHeader("text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
                .userAgentHeader("nstac-load-benchmark (Gatling)");
        setUp(inSequence(steps)).protocols(protocol);
    }

    @Override
    public void before() {
        try {
            Set<Integer> sizes = new TreeSet<>();
            if (options.soakMode()) {
                sizes.add(SOAK_COMMENTS);
            } else {
                options.phases().stream().filter(p -> p.comments > 0).forEach(p -> sizes.add(p.comments));
            }
            consultations.create(options.portal(), options.issuer(), sizes);
            if (!options.soakMode()) {
                for (Phase phase : options.phases()) {
                    if (phase.kind == Phase.Kind.API && !apiTokens.containsKey(phase.user)) {
                        apiTokens.put(phase.user, KeycloakTokens.signIn(options.issuer(), phase.user));
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not prepare the run (is mvn -Prun running?): " + e.getMessage(), e);
        }
    }

    @Override
    public void after() {
        apiTokens.values().forEach(KeycloakTokens::close);
        System.out.printf("%nIssue 16 load benchmark against %s: %s%n", options.portal(), options.soakMode()
                ? options.soakUsers() + " users for " + options.soak().toMinutes() + " min (soak)"
                : options.users() + " users per phase, " + options.phaseTime().toSeconds() + " s each");
        new ResultTable(stats, System.out).print(options.soakMode());
        if (options.soakMode()) {
            soakHeap.printEnd(System.out);
        }
        System.out.println();
    }

    /** The demo users who need a page session, each signed in once through the forms before the phases. */
    private List<String> pageUsers() {
        if (options.soakMode()) {
            return List.of("secretariat", "sunflower");
        }
        return options.phases().stream().filter(p -> p.kind == Phase.Kind.PAGE).map(p -> p.user).distinct()
                .toList();
    }

    private PopulationBuilder firstSignIns(List<String> users) {
        ChainBuilder chain = exec(session -> session);
        for (String user : users) {
            // A fresh cookie jar per demo user, as a different browser would have.
            chain = chain.exec(signIn.firstSignIn(user, session -> pageUrl(smallestPage()), PAGE_MARKER))
                    .exec(flushCookieJar());
        }
        return scenario("sign-in: once per demo user").exec(chain).injectOpen(atOnceUsers(1));
    }

    private int smallestPage() {
        return options.soakMode() ? SOAK_COMMENTS : options.phases().stream().filter(p -> p.kind == Phase.Kind.PAGE)
                .mapToInt(p -> p.comments).min().orElseThrow();
    }

    private PopulationBuilder phase(Phase phase) {
        PhaseStats phaseStats = new PhaseStats(options.users());
        stats.put(phase.key, phaseStats);
        ChainBuilder ready = phase.kind == Phase.Kind.PAGE
                ? signIn.signIn(phase.user, session -> pageUrl(phase.comments), PAGE_MARKER)
                : exec(session -> session);
        return measuredLoop(scenario(phase.key), phaseStats, ready, measured(phase, phaseStats),
                options.phaseTime(), false).injectOpen(atOnceUsers(options.users()));
    }

    /** Secretariat (every comment) and member (Sunflower) sessions mixed on the 1,000-comment page. */
    private List<PopulationBuilder> soak() {
        PhaseStats soakStats = new PhaseStats(options.soakUsers());
        stats.put("soak", soakStats);
        int secretariats = options.soakUsers() / 2;
        List<PopulationBuilder> mixed = new ArrayList<>();
        for (String user : List.of("secretariat", "sunflower")) {
            int users = user.equals("secretariat") ? secretariats : options.soakUsers() - secretariats;
            if (users == 0) {
                continue;
            }
            ChainBuilder ready = signIn.signIn(user, session -> pageUrl(SOAK_COMMENTS), PAGE_MARKER);
            ChainBuilder page = Measured.request(soakStats,
                    http("soak, " + user).get(session -> pageUrl(SOAK_COMMENTS)), status().is(200),
                    substring(PAGE_MARKER).exists());
            mixed.add(measuredLoop(scenario("soak, " + user), soakStats, ready, page, options.soak(), true)
                    .injectOpen(atOnceUsers(users)));
        }
        return mixed;
    }

    /**
     * Sign in (or not), report it, wait for the phase's other users, then loop the measured request. A user who
     * could not sign in stops there: it is counted, not measured.
     */
    private ScenarioBuilder measuredLoop(ScenarioBuilder scenario, PhaseStats phaseStats, ChainBuilder ready,
            ChainBuilder measured, Duration time, boolean soak) {
        return scenario.exec(ready)
                .exec(session -> {
                    phaseStats.signedIn(session.isFailed());
                    return session;
                })
                .exitHereIfFailed()
                .asLongAsDuring(session -> !phaseStats.everyoneSignedIn(), SIGN_IN_WAIT)
                .on(pause(Duration.ofMillis(100)))
                .exec(session -> {
                    if (soak) {
                        soakHeap.started();
                    }
                    return session;
                })
                // Not exitASAP: an iteration ends with its recording step, so the last answers are counted too.
                .during(time, false).on(measured);
    }

    private ChainBuilder measured(Phase phase, PhaseStats phaseStats) {
        return switch (phase.kind) {
            case LANDING -> Measured.request(phaseStats, http(phase.key).get("/"), status().is(200),
                    substring(LANDING_MARKER).exists());
            case PAGE -> Measured.request(phaseStats, http(phase.key).get(session -> pageUrl(phase.comments)),
                    status().is(200), substring(PAGE_MARKER).exists());
            case API -> Measured.request(phaseStats, apiRequest(phase), status().is(200),
                    substring(API_MARKER).exists());
        };
    }

    private HttpRequestActionBuilder apiRequest(Phase phase) {
        return http(phase.key)
                .get(session -> "/api/consultations/" + consultations.id(phase.comments) + "/comments?size=50")
                .header("Authorization", session -> "Bearer " + apiTokens.get(phase.user).current());
    }

    private String pageUrl(int comments) {
        return "/consultations/view?id=" + consultations.id(comments);
    }

    /** Each step starts when the one before has ended (Gatling's andThen), built from the last step backwards. */
    private static PopulationBuilder inSequence(List<List<PopulationBuilder>> steps) {
        List<PopulationBuilder> next = steps.get(steps.size() - 1);
        for (int i = steps.size() - 2; i >= 0; i--) {
            List<PopulationBuilder> step = steps.get(i);
            if (step.size() != 1) {
                throw new IllegalArgumentException("Only the last step may run populations side by side");
            }
            next = List.of(step.get(0).andThen(next));
        }
        if (next.size() != 1) {
            throw new IllegalArgumentException("A run starts with one population");
        }
        return next.get(0);
    }
}
