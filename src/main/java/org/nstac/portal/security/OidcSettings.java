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
