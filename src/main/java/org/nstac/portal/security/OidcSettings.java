package org.nstac.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Keycloak is and who the portal is to it, from MicroProfile Config. The OpenID Connect definition reads these
 * through EL ({@code ${oidcSettings.providerUri}}), the bearer-token check and the health check directly.
 */
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "portal.oidc.provider-uri", defaultValue = "http://localhost:8180/realms/nstac")
    String providerUri;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-id", defaultValue = "portal")
    String clientId;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-secret", defaultValue = "")
    String clientSecret;

    /**
     * The authentication level ({@code acr_values}) asked for when a step-up needs the second factor again; empty to
     * rely on {@code prompt=login} alone (staff always give their second factor at sign-in).
     */
    @Inject
    @ConfigProperty(name = "portal.oidc.step-up-acr")
    java.util.Optional<String> stepUpAcr;

    /** The clients whose access tokens the API accepts ({@code azp}): the portal itself, and scripts' clients. */
    @Inject
    @ConfigProperty(name = "portal.api.clients", defaultValue = "portal,portal-cli")
    java.util.List<String> apiClients;

    /** The audience an API token must carry: the portal's own client id. */
    @Inject
    @ConfigProperty(name = "portal.api.audience", defaultValue = "portal")
    String apiAudience;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public String getApiAudience() {
        return apiAudience;
    }

    public String getStepUpAcr() {
        return stepUpAcr.orElse("");
    }

    public java.util.List<String> getApiClients() {
        return apiClients;
    }

    public String getDiscoveryUri() {
        return providerUri + "/.well-known/openid-configuration";
    }

    public String getJwksUri() {
        return providerUri + "/protocol/openid-connect/certs";
    }

    public String getEndSessionUri() {
        return providerUri + "/protocol/openid-connect/logout";
    }
}
