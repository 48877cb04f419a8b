package org.nstac.portal.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.langtag.LangTag;
import com.nimbusds.langtag.LangTagException;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.Prompt;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The portal's side of the OpenID Connect code flow with Keycloak: the authorization request (state, nonce, PKCE
 * S256, the person's language, and for a step-up a fresh sign-in at the second-factor level), the code exchange and
 * token renewal as the confidential client {@code portal}, ID-token checks, the end-session address, and back-channel
 * logout tokens. Keycloak's addresses come from its discovery document, read when first needed and kept.
 * <p>
 * Failures to reach Keycloak surface as {@link KeycloakAdmin.Unavailable}; a refusal (an ended session, a bad code)
 * as an empty answer. Nothing here logs a token.
 */
@ApplicationScoped
public class OidcClient {

    private static final Logger LOG = Logger.getLogger(OidcClient.class.getName());
    private static final int CONNECT_TIMEOUT_MS = 3_000;
    private static final int READ_TIMEOUT_MS = 10_000;
    static final String BACKCHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";

    @Inject
    OidcSettings settings;

    private volatile OIDCProviderMetadata metadata;
    private volatile IDTokenValidator idTokens;
    private volatile DefaultJWTProcessor<SecurityContext> logoutTokens;

    /** Where to send the browser to sign in (or, with {@code stepUp}, to prove the password and second factor again). */
    public URI authorizationUri(PendingSignIn pending, URI callback, Locale language) {
        OIDCProviderMetadata op = metadata();
        AuthenticationRequest.Builder request = new AuthenticationRequest.Builder(ResponseType.CODE,
                new Scope("openid"), clientId(), callback)
                .endpointURI(op.getAuthorizationEndpointURI())
                .state(new State(pending.state()))
                .nonce(new Nonce(pending.nonce()))
                .codeChallenge(new CodeVerifier(pending.codeVerifier()), CodeChallengeMethod.S256);
        try {
            request.uiLocales(List.of(LangTag.parse(language.toLanguageTag())));
        } catch (LangTagException ignored) {
            // Keycloak then uses its own default
        }
        if (pending.stepUp()) {
            request.prompt(new Prompt(Prompt.Type.LOGIN)).maxAge(0);
            if (!settings.getStepUpAcr().isBlank()) {
                request.acrValues(List.of(new ACR(settings.getStepUpAcr())));
            }
        }
        return request.build().toURI();
    }

    /** Exchanges the code Keycloak returned for tokens and checks the ID token against the pending sign-in. */
    public Optional<SignIn> exchange(String code, PendingSignIn pending, URI callback) {
        return tokens(new AuthorizationCodeGrant(new AuthorizationCode(code), callback,
                new CodeVerifier(pending.codeVerifier())), new Nonce(pending.nonce()), null);
    }

    /**
     * Renews a sign-in with its refresh token: the roles and tokens are Keycloak's current ones. Empty when Keycloak
     * refuses (the session ended: signed out, disabled, timed out).
     *
     * @throws KeycloakAdmin.Unavailable when Keycloak cannot be reached: the caller keeps the sign-in it has
     */
    public Optional<SignIn> refresh(SignIn current) {
        if (current.refreshToken() == null) {
            return Optional.empty();
        }
        return tokens(new RefreshTokenGrant(new RefreshToken(current.refreshToken())), null, current);
    }

    /** Keycloak's end-session address that also ends its session and comes back to {@code afterwards}. */
    public Optional<URI> endSessionUri(SignIn signIn, String afterwards) {
        try {
            URI endpoint = metadata().getEndSessionEndpointURI();
            if (endpoint == null || signIn == null) {
                return Optional.empty();
            }
            return Optional.of(URI.create(endpoint + "?client_id=" + enc(settings.getClientId()) + "&id_token_hint="
                    + enc(signIn.idToken()) + "&post_logout_redirect_uri=" + enc(afterwards)));
        } catch (KeycloakAdmin.Unavailable unavailable) {
            return Optional.empty();
        }
    }

    /**
     * Ends the Keycloak session of {@code signIn} server to server (Keycloak's end-session endpoint, POSTed as the
     * confidential client with the session's refresh token), without sending the browser there: Quick exit must not
     * pass through a Keycloak page. Returns whether Keycloak confirmed it; failures are logged by class only.
     */
    public boolean endSessionNow(SignIn signIn) {
        if (signIn == null || signIn.refreshToken() == null) {
            return false;
        }
        try {
            URI endpoint = metadata().getEndSessionEndpointURI();
            if (endpoint == null) {
                return false;
            }
            String credentials = java.util.Base64.getEncoder().encodeToString(
                    (enc(settings.getClientId()) + ":" + enc(settings.getClientSecret())).getBytes(StandardCharsets.UTF_8));
            var request = java.net.http.HttpRequest.newBuilder(endpoint)
                    .timeout(java.time.Duration.ofMillis(READ_TIMEOUT_MS))
                    .header("Authorization", "Basic " + credentials)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("client_id=" + enc(settings.getClientId())
                            + "&refresh_token=" + enc(signIn.refreshToken())))
                    .build();
            int status = probe.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        } catch (IOException | RuntimeException failed) {
            LOG.warning(() -> "Keycloak's session could not be ended in the background (" + failed.getClass().getSimpleName() + ")");
            return false;
        }
    }

    /** The Keycloak session ({@code sid}) a back-channel logout token ends, if the token is genuine. */
    public Optional<String> loggedOutSession(String logoutToken) {
        try {
            JWTClaimsSet claims = logoutTokenProcessor().process(logoutToken, null);
            Object events = claims.getClaim("events");
            if (!(events instanceof Map<?, ?> map) || !map.containsKey(BACKCHANNEL_LOGOUT_EVENT)
                    || claims.getClaim("nonce") != null) {
                return Optional.empty();
            }
            return Optional.ofNullable(claims.getStringClaim("sid"));
        } catch (java.text.ParseException | BadJOSEException | JOSEException rejected) {
            LOG.warning(() -> "A back-channel logout token was refused (" + rejected.getClass().getSimpleName() + ")");
            return Optional.empty();
        }
    }

    private Optional<SignIn> tokens(AuthorizationGrant grant, Nonce nonce, SignIn previous) {
        OIDCProviderMetadata op = metadata();
        HTTPRequest http = new TokenRequest(op.getTokenEndpointURI(),
                new ClientSecretBasic(clientId(), new Secret(settings.getClientSecret())), grant).toHTTPRequest();
        http.setConnectTimeout(CONNECT_TIMEOUT_MS);
        http.setReadTimeout(READ_TIMEOUT_MS);
        HTTPResponse answer;
        try {
            answer = http.send();
        } catch (IOException unreachable) {
            throw new KeycloakAdmin.Unavailable("Keycloak's token endpoint is unreachable");
        }
        if (answer.getStatusCode() >= 500) {
            throw new KeycloakAdmin.Unavailable("Keycloak's token endpoint answered " + answer.getStatusCode());
        }
        try {
            TokenResponse response = OIDCTokenResponseParser.parse(answer);
            if (!response.indicatesSuccess()) {
                TokenErrorResponse error = response.toErrorResponse();
                LOG.fine(() -> "Keycloak refused the token request: " + error.getErrorObject().getCode());
                return Optional.empty();
            }
            OIDCTokenResponse success = (OIDCTokenResponse) response.toSuccessResponse();
            OIDCTokens tokens = success.getOIDCTokens();
            JWT idToken = tokens.getIDToken();
            if (idToken == null) {
                return Optional.empty();
            }
            IDTokenClaimsSet claims = idTokenValidator().validate(idToken, nonce);
            Instant now = Instant.now();
            long lifetime = tokens.getAccessToken().getLifetime();
            Object refreshLifetime = success.getCustomParameters().get("refresh_expires_in");
            List<String> groups = claims.getStringListClaim("groups");
            List<String> amr = claims.getStringListClaim("amr");
            java.util.Date authTime = claims.getAuthenticationTime();
            String sid = claims.getStringClaim("sid");
            if (previous != null && !previous.subject().equals(claims.getSubject().getValue())) {
                return Optional.empty();
            }
            return Optional.of(new SignIn(
                    claims.getStringClaim("preferred_username"),
                    Set.copyOf(Role.of(groups == null ? List.of() : groups).stream().map(Role::roleName).toList()),
                    claims.getSubject().getValue(),
                    sid != null ? sid : previous == null ? null : previous.sessionId(),
                    tokens.getIDTokenString(),
                    tokens.getAccessToken().getValue(),
                    lifetime > 0 ? now.plusSeconds(lifetime) : now.plusSeconds(60),
                    tokens.getRefreshToken() == null ? null : tokens.getRefreshToken().getValue(),
                    refreshLifetime instanceof Number n && n.longValue() > 0 ? now.plusSeconds(n.longValue()) : null,
                    authTime != null ? authTime.toInstant() : previous == null ? null : previous.authTime(),
                    amr != null ? amr : previous == null ? List.of() : previous.methods(),
                    claims.getACR() != null ? claims.getACR().getValue() : previous == null ? null : previous.acr()));
        } catch (ParseException | BadJOSEException | JOSEException refused) {
            LOG.warning(() -> "Keycloak's tokens were refused (" + refused.getClass().getSimpleName() + ")");
            return Optional.empty();
        }
    }

    private ClientID clientId() {
        return new ClientID(settings.getClientId());
    }

    /** How long an answer to "does Keycloak answer?" holds, up or down. */
    private static final long REACHABLE_FOR_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
    private final java.net.http.HttpClient probe = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
            .connectTimeout(java.time.Duration.ofSeconds(2)).build();
    private volatile long probedAt = System.nanoTime() - 2 * REACHABLE_FOR_NANOS;
    private volatile boolean reachable;

    /**
     * Before sending a browser to Keycloak: does it answer (its discovery document, within 2 s)? Asked at most every
     * 5 s per node.
     *
     * @throws KeycloakAdmin.Unavailable when it does not
     */
    public void requireReachable() {
        long now = System.nanoTime();
        if (now - probedAt > REACHABLE_FOR_NANOS) {
            reachable = answers();
            probedAt = now;
        }
        if (!reachable) {
            throw new KeycloakAdmin.Unavailable("Keycloak does not answer");
        }
    }

    private boolean answers() {
        try {
            var request = java.net.http.HttpRequest.newBuilder(URI.create(settings.getDiscoveryUri()))
                    .timeout(java.time.Duration.ofSeconds(2)).GET().build();
            return probe.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        } catch (IOException | RuntimeException unreachable) {
            return false;
        }
    }

    /** Keycloak's discovery document, read once and kept (tried again after a failure). */
    OIDCProviderMetadata metadata() {
        OIDCProviderMetadata op = metadata;
        if (op == null) {
            synchronized (this) {
                op = metadata;
                if (op == null) {
                    try {
                        op = OIDCProviderMetadata.resolve(new Issuer(settings.getProviderUri()), CONNECT_TIMEOUT_MS,
                                READ_TIMEOUT_MS);
                    } catch (GeneralException | IOException unreachable) {
                        throw new KeycloakAdmin.Unavailable("Keycloak's discovery document cannot be read");
                    }
                    metadata = op;
                }
            }
        }
        return op;
    }

    private IDTokenValidator idTokenValidator() {
        IDTokenValidator validator = idTokens;
        if (validator == null) {
            try {
                validator = new IDTokenValidator(metadata().getIssuer(), clientId(), JWSAlgorithm.RS256,
                        metadata().getJWKSetURI().toURL());
            } catch (MalformedURLException e) {
                throw new KeycloakAdmin.Unavailable("Keycloak's key set address is not a URL");
            }
            validator.setMaxClockSkew(60);
            idTokens = validator;
        }
        return validator;
    }

    private DefaultJWTProcessor<SecurityContext> logoutTokenProcessor() {
        DefaultJWTProcessor<SecurityContext> processor = logoutTokens;
        if (processor == null) {
            try {
                JWKSource<SecurityContext> keys = JWKSourceBuilder.create(metadata().getJWKSetURI().toURL())
                        .retrying(true).build();
                processor = new DefaultJWTProcessor<>();
                // Keycloak marks logout tokens "logout+jwt" (newer) or leaves the type out (older)
                processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(
                        new JOSEObjectType("logout+jwt"), JOSEObjectType.JWT, new JOSEObjectType("Logout"), null));
                processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
                processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(settings.getClientId(),
                        new JWTClaimsSet.Builder().issuer(metadata().getIssuer().getValue()).build(),
                        Set.of("iat", "events")));
            } catch (MalformedURLException e) {
                throw new KeycloakAdmin.Unavailable("Keycloak's key set address is not a URL");
            }
            logoutTokens = processor;
        }
        return processor;
    }

    /** Reads a JWT's claims without checking it: only for tokens the portal just received from Keycloak itself. */
    static JWTClaimsSet unverifiedClaims(String token) {
        try {
            return JWTParser.parse(token).getJWTClaimsSet();
        } catch (java.text.ParseException e) {
            return new JWTClaimsSet.Builder().build();
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
