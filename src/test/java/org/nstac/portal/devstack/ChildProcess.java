package org.nstac.portal.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A child process whose output goes to a log file, stopped with all its descendants (kc.sh starts a child java). */
final class ChildProcess {

    private final String name;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static ChildProcess start(String name, List<String> command, Path workDir, Map<String, String> env, Path log)
            throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        return new ChildProcess(name, builder.start(), log);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    /** Waits for the process to end and gives its exit code; stops it and fails when it takes longer. */
    int waitFor(java.time.Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            stop(10);
            throw new IllegalStateException(name + " did not finish within " + timeout + "; see " + log);
        }
        return process.exitValue();
    }

    /** Sends a POSIX signal (STOP, CONT) to the process and its descendants, for tests of an unresponsive server. */
    void signal(String name) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("kill", "-" + name, Long.toString(process.pid())));
        process.descendants().forEach(child -> command.add(Long.toString(child.pid())));
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IOException("kill -" + name + " failed for " + this.name);
        }
    }

    /**
     * Ends the process tree at once (SIGKILL), as a crashed machine or an out-of-memory kill would: no shutdown hook,
     * no goodbye to the data grid, connections cut mid-request.
     */
    void kill() {
        List<ProcessHandle> tree = process.descendants().toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks the process tree to stop, then forces whatever is still running after the grace period. */
    void stop(long graceSeconds) {
        List<ProcessHandle> tree = process.descendants().toList();
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle child : tree) {
                child.onExit().get(graceSeconds, TimeUnit.SECONDS);
            }
        } catch (Exception stillRunning) {
            tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** Fails with the tail of the log when the process died, so a broken start is reported, not waited out. */
    void checkAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; last lines of "
                    + log + ":\n" + tail(log, 40));
        }
    }

    /**
     * The first error of a log, for a failed start: from its first SEVERE line, the messages, each "Caused by" and the
     * portal's own frames (which say which startup step failed), without the container's frames; empty when none.
     */
    static String firstError(Path file) {
        try {
            List<String> all = Files.readAllLines(file);
            int start = -1;
            // Payara logs one SEVERE line at every start that means nothing ("Error adding HttpProbes").
            for (int i = 0; i < all.size() && start < 0; i++) {
                if (all.get(i).contains("SEVERE") && !all.get(i).contains("HttpProbes")) {
                    start = i;
                }
            }
            if (start < 0) {
                return "";
            }
            List<String> kept = new java.util.ArrayList<>();
            for (int i = start; i < all.size() && kept.size() < 60; i++) {
                String line = all.get(i);
                String trimmed = line.strip();
                if (!trimmed.startsWith("at ") || trimmed.startsWith("at org.nstac.")) {
                    kept.add(line);
                }
            }
            return String.join("\n", kept);
        } catch (IOException unreadable) {
            return "";
        }
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException unreadable) {
            return "(log unreadable: " + unreadable.getMessage() + ")";
        }
    }
}
