package org.nstac.portal.load;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One-time codes for the demo staff (RFC 6238: HMAC-SHA1, 6 digits, 30 s, key = the ASCII bytes
 * {@code nstac-demo-staff-otp}), as their authenticator app would show them.
 * <p>
 * The realm accepts a code once per user ({@code otpPolicyCodeReusable: false}), from the window before, the current
 * one or the next. So each user's windows are handed out once, and a code whose window has not come yet says how long
 * to wait for it. Nothing here sleeps: Gatling's threads must not block, so its scenarios pause for that time instead.
 */
final class StaffCodes {

    static final Set<String> STAFF = Set.of("secretariat", "custodian", "finance", "admin");
    private static final byte[] KEY = "nstac-demo-staff-otp".getBytes(StandardCharsets.US_ASCII);
    private static final long PERIOD_MILLIS = 30_000;
    /** After a window opens, wait a little longer so that a clock a few hundred ms behind also accepts it. */
    private static final long MARGIN_MILLIS = 500;

    private static final Map<String, Long> LAST_STEP = new HashMap<>();

    /** A code and how long to wait before it is accepted. */
    record Code(String digits, Duration delay) {
    }

    private StaffCodes() {
    }

    static boolean needsCode(String user) {
        return STAFF.contains(user);
    }

    /** The next code for {@code user} that this run has not used yet. */
    static synchronized Code next(String user) {
        long now = System.currentTimeMillis();
        long step = Math.max(now / PERIOD_MILLIS, LAST_STEP.getOrDefault(user, Long.MIN_VALUE) + 1);
        LAST_STEP.put(user, step);
        // The realm looks one window ahead: the code of window s is accepted from the start of window s - 1.
        long acceptedFrom = (step - 1) * PERIOD_MILLIS;
        long wait = step - 1 > now / PERIOD_MILLIS ? acceptedFrom - now + MARGIN_MILLIS : 0;
        return new Code(code(step), Duration.ofMillis(wait));
    }

    /** The code of window {@code step} ({@code epochSecond / 30}). */
    static String code(long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(KEY, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }
}
