package org.nstac.portal.it;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One-time codes for the demo staff (RFC 6238: HMAC-SHA1, 6 digits, 30 s; key = the ASCII bytes
 * {@code nstac-demo-staff-otp}), as an authenticator app would show them.
 * <p>
 * Keycloak accepts a code once per user, from the previous, the current or the next 30-second window. So each user's
 * windows are handed out once: a test that signs the same staff user in four times within half a minute waits for the
 * next window instead of being refused (which Keycloak would count as a failed sign-in).
 */
public final class DemoTotp {

    public static final byte[] KEY = "nstac-demo-staff-otp".getBytes(StandardCharsets.US_ASCII);
    /** The demo users who sign in with a second factor. */
    public static final Set<String> STAFF = Set.of("secretariat", "custodian", "finance", "admin");
    private static final long PERIOD = 30;
    private static final Map<String, Long> LAST_STEP = new HashMap<>();

    private DemoTotp() {
    }

    public static boolean isStaff(String user) {
        return STAFF.contains(user) || user.startsWith(PortalStack.STAFF_PROBE_PREFIX);
    }

    /** A code for {@code user} that Keycloak has not seen for them yet; may wait up to half a minute for one. */
    public static synchronized String nextCode(String user) throws InterruptedException {
        while (true) {
            long now = Instant.now().getEpochSecond() / PERIOD;
            long last = LAST_STEP.getOrDefault(user, Long.MIN_VALUE);
            // Prefer the current window; the next one is also accepted while the clocks agree to within a window.
            for (long step : new long[] {now, now + 1}) {
                if (step > last) {
                    LAST_STEP.put(user, step);
                    return code(step);
                }
            }
            long wait = (now + 1) * PERIOD * 1000 - System.currentTimeMillis() + 200;
            Thread.sleep(Math.max(wait, 200));
        }
    }

    /** The code of a 30-second window ({@code epochSecond / 30}). */
    public static String code(long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(KEY, "HmacSHA1"));
            byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }

    public static String codeNow() {
        return code(Instant.now().getEpochSecond() / PERIOD);
    }
}
