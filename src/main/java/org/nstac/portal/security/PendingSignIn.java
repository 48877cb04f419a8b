package org.nstac.portal.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * A sign-in on its way through Keycloak: what the portal sent (state, nonce, PKCE verifier) and where to go back to.
 * Kept in the session until Keycloak returns, then checked and dropped.
 *
 * @param returnTo a path inside the portal (never another site)
 * @param stepUp   whether this sign-in was asked for to prove the second factor again
 */
public record PendingSignIn(String state, String nonce, String codeVerifier, String returnTo, boolean stepUp,
        Instant startedAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The session attribute that holds the pending sign-ins, by state (a few tabs may sign in at once). */
    public static final String SESSION_KEY = "org.nstac.portal.pendingSignIn";

    @Override
    public String toString() {
        return "PendingSignIn[" + returnTo + "]";
    }
}
