package org.nstac.portal.load;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The printed result: one row per phase, then the targets, each MET, NOT MET, or NOT RUN when the run left out
 * a phase it needs. Nothing is asserted: this is a benchmark, and docs/performance.md keeps its figures.
 */
final class ResultTable {

    /** The targets (issue 16, "Targets"). */
    static final long PAGE_P95_MILLIS = 150;
    static final double PAGE_SHARE_OF_LANDING = 0.5;
    static final double FLAT_COST_FACTOR = 1.3;

    private final Map<String, PhaseStats> stats;
    private final PrintStream out;

    /** {@code stats} by phase key, in the order the phases ran. */
    ResultTable(Map<String, PhaseStats> stats, PrintStream out) {
        this.stats = stats;
        this.out = out;
    }

    /** The table, then the phases' targets, or for a soak only its errors (its heap is {@link SoakHeap}'s). */
    void print(boolean soak) {
        PhaseStats landing = stats.get(Phase.LANDING.key);
        out.println();
        out.printf("%-14s %6s %9s %9s %7s %7s %7s %7s %11s%n", "phase", "users", "requests", "req/s", "p50 ms",
                "p95 ms", "p99 ms", "errors", "vs landing");
        for (Map.Entry<String, PhaseStats> row : stats.entrySet()) {
            PhaseStats s = row.getValue();
            String ratio = landing == null || landing.requestsPerSecond() == 0 ? "-"
                    : String.format(Locale.ROOT, "%.1f %%", 100 * s.requestsPerSecond() / landing.requestsPerSecond());
            out.printf(Locale.ROOT, "%-14s %6d %9d %9.1f %7d %7d %7d %7d %11s%n", row.getKey(), s.users(),
                    s.requests(), s.requestsPerSecond(), s.percentile(50), s.percentile(95), s.percentile(99),
                    s.errors(), ratio);
            if (s.signInFailures() > 0) {
                out.printf("%-14s %d of %d virtual users could not sign in (not measured)%n", "", s.signInFailures(),
                        s.users());
            }
        }
        out.println();
        out.println("Targets (issue 16):");
        if (!soak) {
            printPhaseTargets();
        }
        long errors = stats.values().stream().mapToLong(PhaseStats::errors).sum();
        long signInFailures = stats.values().stream().mapToLong(PhaseStats::signInFailures).sum();
        target(errors == 0 && signInFailures == 0, "no errors", errors + " errors, " + signInFailures
                + " failed sign-ins", "");
    }

    private void printPhaseTargets() {
        PhaseStats page1000 = stats.get(Phase.PAGE1000.key);
        target(page1000 == null ? null : page1000.percentile(95) <= PAGE_P95_MILLIS,
                "page1000: p95 at most " + PAGE_P95_MILLIS + " ms",
                page1000 == null ? "" : "p95 " + page1000.percentile(95) + " ms", "page1000");
        PhaseStats landing = stats.get(Phase.LANDING.key);
        target(page1000 == null || landing == null ? null
                        : page1000.requestsPerSecond() >= PAGE_SHARE_OF_LANDING * landing.requestsPerSecond(),
                "page1000: at least 50 % of the landing page's requests/s",
                page1000 == null || landing == null ? ""
                        : String.format(Locale.ROOT, "%.1f %%", 100 * page1000.requestsPerSecond()
                                / landing.requestsPerSecond()), "landing, page1000");
        flat(Phase.PAGE100, Phase.PAGE10000, "page");
        flat(Phase.API100, Phase.API10000, "API");
        for (Phase view : List.of(Phase.MEMBER1000, Phase.MINISTRY1000, Phase.OBSERVER1000)) {
            PhaseStats s = stats.get(view.key);
            target(s == null || page1000 == null ? null : s.requestsPerSecond() >= page1000.requestsPerSecond(),
                    view.key + " (" + view.user + "): requests/s at least the secretariat's (page1000)",
                    s == null || page1000 == null ? "" : String.format(Locale.ROOT, "%.1f vs %.1f",
                            s.requestsPerSecond(), page1000.requestsPerSecond()), view.key + ", page1000");
        }
    }

    private void flat(Phase at100, Phase at10000, String what) {
        PhaseStats small = stats.get(at100.key);
        PhaseStats large = stats.get(at10000.key);
        target(small == null || large == null ? null
                        : large.requestsPerSecond() * FLAT_COST_FACTOR >= small.requestsPerSecond(),
                what + " at 10,000 comments: at least 1/1.3 of its requests/s at 100",
                small == null || large == null ? "" : String.format(Locale.ROOT, "%.1f vs %.1f (%.2f)",
                        large.requestsPerSecond(), small.requestsPerSecond(),
                        large.requestsPerSecond() / small.requestsPerSecond()),
                at100.key + ", " + at10000.key);
    }

    /** {@code met} null: a phase it needs was not run. */
    private void target(Boolean met, String what, String figures, String needs) {
        String verdict = met == null ? "NOT RUN" : met ? "MET" : "NOT MET";
        String detail = met == null ? "needs " + needs : figures;
        out.printf("  %-8s %s (%s)%n", verdict, what, detail);
    }
}
