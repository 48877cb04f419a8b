package org.nstac.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nstac.portal.shared.CouncilClock;

/**
 * Step-up before the most sensitive actions (opening an identity, creating or downloading a bank file): the caller
 * must have signed in with their password and second factor within the last five minutes
 * ({@code portal.reveal.recent-sign-in}). Pages offer "Confirm it is you" ({@code /reauthenticate}); the API answers
 * 401 {@code reauthentication_required} and the script gets a fresh token with its code.
 */
@ApplicationScoped
public class StepUp {

    /** The caller must prove the password and second factor again before this action. */
    public static class Required extends RuntimeException {
        public Required() {
            super("a recent sign-in with a second factor is required");
        }
    }

    @Inject
    @ConfigProperty(name = "portal.reveal.recent-sign-in", defaultValue = "PT5M")
    Duration window;

    @Inject
    CouncilClock clock;

    /** Whether a sign-in with a second factor at {@code at} still counts now. */
    public boolean isRecent(Instant at) {
        Instant now = clock.now();
        return at != null && !at.isAfter(now.plusSeconds(60)) && Duration.between(at, now).compareTo(window) <= 0;
    }

    /** @throws Required unless {@code secondFactorAt} is recent */
    public void require(Instant secondFactorAt) {
        if (!isRecent(secondFactorAt)) {
            throw new Required();
        }
    }

    public Duration window() {
        return window;
    }
}
