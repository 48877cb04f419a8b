package org.nstac.portal.it;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The portal's clock as tests move it, instead of sleeping: {@link #moveBy} moves it forward (or back), {@link #runJob}
 * runs a scheduled job at once. As an extension ({@code @ExtendWith(PortalTime.class)}) it puts the clock back after
 * every test, so no test leaks its time into the next.
 */
public final class PortalTime implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        reset();
    }

    /** Moves the portal's clock by {@code by} and returns the portal's new "now". */
    public static Instant moveBy(Duration by) throws Exception {
        HttpResponse<String> moved = Api.send("admin", "PUT", "/api/test/clock?by=" + by, null);
        check(moved);
        return Instant.parse(Tokens.json(moved.body()).getString("now"));
    }

    public static Instant now() throws Exception {
        HttpResponse<String> now = Api.send("admin", "GET", "/api/test/clock", null);
        check(now);
        return Instant.parse(Tokens.json(now.body()).getString("now"));
    }

    /** The portal's today, in the council's zone. */
    public static LocalDate today() throws Exception {
        HttpResponse<String> now = Api.send("admin", "GET", "/api/test/clock", null);
        check(now);
        return LocalDate.parse(Tokens.json(now.body()).getString("today"));
    }

    public static void reset() throws Exception {
        check(Api.send("admin", "DELETE", "/api/test/clock", null));
    }

    /** Runs a scheduled job now and returns how many records it changed. */
    public static int runJob(String name) throws Exception {
        HttpResponse<String> ran = Api.send("admin", "POST", "/api/test/jobs/" + name, null);
        check(ran);
        return Tokens.json(ran.body()).getInt("changed");
    }

    private static void check(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The test controls answered " + response.statusCode() + ": "
                    + response.body());
        }
    }
}
