package org.nstac.portal.it;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One-time codes for the demo staff (RFC 6238: HMAC-SHA1, 6 digits, 30 s; key = the ASCII bytes
 * {@code nstac-demo-staff-otp}), as an authenticator app would show them.
 * <p>
 * Keycloak accepts a code once per user, from a window within {@link #WINDOWS} of the current one. So each user's
 * windows are handed out once, in order: the tests sign {@code secretariat} in several times a minute, far more often
 * than a person does, and with the production realm's one window either side they waited up to 30 s for each next
 * code. The test realm therefore takes codes from {@link #WINDOWS} windows either side ({@code PortalStack}'s realm
 * additions; {@code keycloak/nstac-realm.json} keeps one), past windows as well as future ones, and a test waits
 * for a window only when it has used up twenty minutes of them. A code is never sent twice: Keycloak would refuse it
 * and count a failed sign-in.
 */
public final class DemoTotp {

    public static final byte[] KEY = "nstac-demo-staff-otp".getBytes(StandardCharsets.US_ASCII);
    /** The demo users who sign in with a second factor. */
    public static final Set<String> STAFF = Set.of("secretariat", "custodian", "finance", "admin");
    /**
     * Windows either side of the current one whose codes the test realm accepts ({@code otpPolicyLookAheadWindow}).
     */
    public static final int WINDOWS = 20;
    private static final long PERIOD = 30;
    private static final Map<String, Long> LAST_STEP = new HashMap<>();

    private DemoTotp() {
    }

    public static boolean isStaff(String user) {
        return STAFF.contains(user) || user.startsWith(PortalStack.STAFF_PROBE_PREFIX);
    }

    /** A code for {@code user} that Keycloak has not seen for them yet; waits for one only when all are used. */
    public static synchronized String nextCode(String user) throws InterruptedException {
        while (true) {
            long now = Instant.now().getEpochSecond() / PERIOD;
            // The earliest window not yet used; one window inside either edge, so that the code is still accepted
            // when Keycloak checks it a moment later, in the next window perhaps.
            long step = Math.max(LAST_STEP.getOrDefault(user, Long.MIN_VALUE) + 1, now - WINDOWS + 1);
            if (step < now + WINDOWS) {
                LAST_STEP.put(user, step);
                return code(step);
            }
            long wait = Math.max((now + 1) * PERIOD * 1000 - System.currentTimeMillis() + 200, 200);
            // Rare by design (the window is wide): said, so that a slow test shows where its time went.
            System.out.println("DemoTotp: every accepted code of " + user + " is used; waiting " + wait + " ms");
            Thread.sleep(wait);
        }
    }

    /** Six digits that are no user's code in any window Keycloak accepts now (nor one either side). */
    public static String aWrongCode() {
        long now = Instant.now().getEpochSecond() / PERIOD;
        Set<String> accepted = new HashSet<>();
        for (long step = now - WINDOWS - 1; step <= now + WINDOWS + 1; step++) {
            accepted.add(code(step));
        }
        for (int n = 0; ; n++) {
            String candidate = String.format("%06d", n);
            if (!accepted.contains(candidate)) {
                return candidate;
            }
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
}
