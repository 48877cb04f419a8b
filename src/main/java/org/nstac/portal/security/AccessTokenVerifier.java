package org.nstac.portal.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Checks a Keycloak access token: RS256 signature against the realm's published keys, issuer, expiry, audience
 * {@code portal}, that it is an access token ({@code typ: Bearer}), not an ID or refresh token, and that it was issued
 * to a client the API serves ({@code azp}: the portal, or a scripts' client the realm has).
 * <p>
 * The realm's keys are read from Keycloak and kept ({@code portal.oidc.jwks-cache}); while Keycloak is down the keys
 * read last are used, so tokens issued before the outage are accepted until they expire.
 */
@ApplicationScoped
public class AccessTokenVerifier {

    private static final Logger LOG = Logger.getLogger(AccessTokenVerifier.class.getName());

    /** A verified caller: the login handle and the portal roles the token grants. */
    public record Caller(String name, Set<String> groups, java.time.Instant authTime, String subject,
            String sessionId, List<String> methods, String acr) {
    }

    @Inject
    OidcSettings settings;

    /** How long the realm's keys are used before they are read again (Keycloak rotates keys rarely). */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "portal.oidc.jwks-cache", defaultValue = "PT5M")
    java.time.Duration keysCache;

    /** How long the keys read last keep checking tokens while Keycloak cannot be reached. */
    static final java.time.Duration OUTAGE_TOLERANCE = java.time.Duration.ofHours(12);

    private DefaultJWTProcessor<SecurityContext> processor;

    @PostConstruct
    void init() {
        try {
            long ttl = Math.max(1000, keysCache.toMillis());
            // The keys are kept and read again every keysCache; when Keycloak cannot be reached then, the keys read
            // last go on checking tokens (up to OUTAGE_TOLERANCE), so the API keeps serving valid tokens until they
            // expire while Keycloak is down, and takes Keycloak's current keys as soon as it is back.
            JWKSource<SecurityContext> keys = JWKSourceBuilder
                    .create(URI.create(settings.getJwksUri()).toURL())
                    .cache(ttl, Math.min(JWKSourceBuilder.DEFAULT_CACHE_REFRESH_TIMEOUT, ttl / 4))
                    .refreshAheadCache(Math.min(JWKSourceBuilder.DEFAULT_REFRESH_AHEAD_TIME, ttl / 4), false)
                    .rateLimited(Math.min(JWKSourceBuilder.DEFAULT_RATE_LIMIT_MIN_INTERVAL, ttl / 2))
                    .retrying(true)
                    .outageTolerant(OUTAGE_TOLERANCE.toMillis())
                    .build();
            processor = new DefaultJWTProcessor<>();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
            processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                    settings.getApiAudience(),
                    new JWTClaimsSet.Builder().issuer(settings.getProviderUri()).claim("typ", "Bearer").build(),
                    Set.of("sub", "exp", "iat", "preferred_username")));
        } catch (MalformedURLException e) {
            throw new IllegalStateException("portal.oidc.provider-uri is not a URL", e);
        }
    }

    /** The caller the token proves, or empty when the token is missing, forged, expired or meant for someone else. */
    public Optional<Caller> verify(String token) {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            String azp = claims.getStringClaim("azp");
            if (azp == null || !settings.getApiClients().contains(azp)) {
                return Optional.empty();
            }
            List<String> groups = claims.getStringListClaim("groups");
            Set<String> roles = Set.copyOf(Role.of(groups == null ? List.of() : groups).stream()
                    .map(Role::roleName).toList());
            Object authTime = claims.getClaim("auth_time");
            java.time.Instant signedIn = authTime instanceof Number n ? java.time.Instant.ofEpochSecond(n.longValue())
                    : authTime instanceof java.util.Date d ? d.toInstant() : null;
            List<String> amr = claims.getClaim("amr") instanceof List<?> list
                    ? list.stream().map(String::valueOf).toList() : List.of();
            return Optional.of(new Caller(claims.getStringClaim("preferred_username"), roles, signedIn,
                    claims.getSubject(), claims.getStringClaim("sid"), amr, claims.getStringClaim("acr")));
        } catch (ParseException | BadJOSEException rejected) {
            return Optional.empty();
        } catch (com.nimbusds.jose.JOSEException keysUnavailable) {
            LOG.warning(() -> "Token keys unavailable: " + keysUnavailable.getMessage());
            return Optional.empty();
        }
    }
}
