package org.nstac.portal.load;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The soak's memory check (issue 16: heap after full GC within 10 % of its value after the first 5 minutes): a heap
 * figure at the checkpoint, taken on a thread of its own (jcmd takes seconds and Gatling's threads must not block),
 * and one at the end.
 */
final class SoakHeap {

    static final double TOLERANCE = 0.10;

    private final HeapProbe probe;
    private final Duration checkpoint;
    private final AtomicBoolean started = new AtomicBoolean();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "soak-heap");
        t.setDaemon(true);
        return t;
    });
    private volatile Long atCheckpointKib;
    private volatile String checkpointProblem = "the soak ended before the checkpoint";

    SoakHeap(HeapProbe probe, Duration checkpoint) {
        this.probe = probe;
        this.checkpoint = checkpoint;
    }

    /** The soak's measured loop began; the first of its users to get there starts the clock. */
    void started() {
        if (started.compareAndSet(false, true)) {
            timer.schedule(this::takeCheckpoint, checkpoint.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void takeCheckpoint() {
        try {
            atCheckpointKib = probe.heapAfterFullGcKib();
            System.out.printf(Locale.ROOT, "soak: heap after full GC at %d s: %,d KiB%n", checkpoint.toSeconds(),
                    atCheckpointKib);
        } catch (Exception e) {
            checkpointProblem = "could not read the heap: " + e.getMessage();
        }
    }

    /** After the soak: the heap now, compared with the checkpoint's. */
    void printEnd(PrintStream out) {
        timer.shutdownNow();
        out.println();
        long endKib;
        try {
            endKib = probe.heapAfterFullGcKib();
        } catch (Exception e) {
            out.println("Soak heap: could not read the heap at the end: " + e.getMessage());
            return;
        }
        if (atCheckpointKib == null) {
            out.printf(Locale.ROOT, "Soak heap after full GC: at the end %,d KiB; none at %d s (%s)%n", endKib,
                    checkpoint.toSeconds(), checkpointProblem);
            out.println("  NOT RUN  heap at the end within 10 % of the checkpoint's");
            return;
        }
        double ratio = (double) endKib / atCheckpointKib;
        out.printf(Locale.ROOT, "Soak heap after full GC: %,d KiB at %d s, %,d KiB at the end, ratio %.3f%n",
                atCheckpointKib, checkpoint.toSeconds(), endKib, ratio);
        out.printf("  %-8s heap at the end within 10 %% of the checkpoint's%n",
                Math.abs(ratio - 1) <= TOLERANCE ? "MET" : "NOT MET");
    }
}
