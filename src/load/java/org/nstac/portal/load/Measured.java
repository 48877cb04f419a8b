package org.nstac.portal.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * A measured request: its response time and outcome go into the phase's {@link PhaseStats}, which the printed table
 * is made of (Gatling's own report also lists the sign-ins and is written only after the run).
 */
final class Measured {

    private Measured() {
    }

    /**
     * {@code request} with {@code checks}, recorded in {@code stats}. The response time is saved first, so that a
     * failed status or content check still leaves it; the session is marked succeeded again afterwards, so that one
     * error does not count twice.
     */
    static ChainBuilder request(PhaseStats stats, HttpRequestActionBuilder request, CheckBuilder... checks) {
        CheckBuilder[] all = new CheckBuilder[checks.length + 1];
        all[0] = responseTimeInMillis().saveAs("responseTime");
        System.arraycopy(checks, 0, all, 1, checks.length);
        return exec(session -> session.remove("responseTime").markAsSucceeded())
                .exec(request.check(all))
                .exec(session -> {
                    stats.record(session.contains("responseTime") ? session.getInt("responseTime") : -1,
                            session.isFailed());
                    return session.markAsSucceeded();
                });
    }
}
