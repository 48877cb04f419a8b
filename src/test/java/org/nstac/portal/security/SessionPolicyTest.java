package org.nstac.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SessionPolicyTest {

    @Test
    void staffSessionsEndAfterFifteenIdleMinutesOthersKeepTheDefault() {
        for (String staff : List.of("custodian", "finance", "admin", "secretariat")) {
            assertEquals(15 * 60, idleAfterSignIn(Set.of(staff)), staff);
        }
        assertEquals(15 * 60, idleAfterSignIn(Set.of("secretariat", "custodian")));
        for (String other : List.of("member", "chair", "ministry", "partner", "observer")) {
            assertEquals(-1, idleAfterSignIn(Set.of(other)), other + " keeps the container's 30 minutes");
        }
    }

    private static int idleAfterSignIn(Set<String> roles) {
        AtomicInteger set = new AtomicInteger(-1);
        HttpSession session = (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(),
                new Class<?>[] {HttpSession.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setMaxInactiveInterval")) {
                        set.set((Integer) args[0]);
                    }
                    return null;
                });
        new SessionPolicy().applyTo(session, new SignIn("someone", roles, "sub", "sid", "id", "access",
                Instant.now().plusSeconds(300), "refresh", Instant.now().plusSeconds(1800), Instant.now(),
                List.of("pwd"), "pwd"));
        return set.get();
    }
}
