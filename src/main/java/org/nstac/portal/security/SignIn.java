package org.nstac.portal.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the portal keeps of a page sign-in, in the HTTP session: who, with which roles, when and how they proved it,
 * and the tokens to renew it. Small and serializable, so that another node can carry the session on.
 *
 * @param login          the login handle ({@code preferred_username}), never a real name
 * @param roles          the portal roles from the token's {@code groups}
 * @param subject        Keycloak's user id ({@code sub}): accounts are bound to it, not to the login
 * @param sessionId      Keycloak's session id ({@code sid}): a back-channel logout names it
 * @param authTime       when the person last gave their password ({@code auth_time})
 * @param methods        how they proved it ({@code amr}: {@code pwd}, {@code otp}...)
 * @param acr            the level of authentication reached ({@code acr})
 */
public record SignIn(String login, Set<String> roles, String subject, String sessionId, String idToken,
        String accessToken, Instant accessExpires, String refreshToken, Instant refreshExpires, Instant authTime,
        List<String> methods, String acr) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The session attribute that holds it. */
    public static final String SESSION_KEY = "org.nstac.portal.signIn";

    public SignIn {
        roles = Set.copyOf(roles);
        methods = List.copyOf(methods);
    }

    /** Whether the access token needs renewing at {@code now} (half a minute of margin). */
    public boolean expiresSoon(Instant now) {
        return accessExpires == null || !now.isBefore(accessExpires.minusSeconds(30));
    }

    @Override
    public String toString() {
        return "SignIn[" + login + ", " + roles + "]";
    }
}
