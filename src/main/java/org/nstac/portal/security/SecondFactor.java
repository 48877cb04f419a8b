package org.nstac.portal.security;

import java.util.Collection;
import java.util.Set;

/**
 * Whether a sign-in proved a second factor, from what Keycloak wrote into the token: the authentication methods
 * ({@code amr}: {@code otp}, {@code hwk} for a security key...) or the level reached ({@code acr} 2 or above, as the
 * realm maps its levels).
 */
public final class SecondFactor {

    static final Set<String> METHODS = Set.of("otp", "mfa", "hwk", "swk");

    private SecondFactor() {
    }

    public static boolean proven(Collection<String> methods, String acr) {
        if (methods != null && methods.stream().anyMatch(METHODS::contains)) {
            return true;
        }
        if (acr == null) {
            return false;
        }
        try {
            return Integer.parseInt(acr.strip()) >= 2;
        } catch (NumberFormatException named) {
            return "otp".equals(acr) || "mfa".equals(acr);
        }
    }
}
