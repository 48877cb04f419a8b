package org.nstac.portal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * The OpenID Connect mechanism for pages. After Keycloak returns, the mechanism lets the request reach
 * {@link CallbackServlet} ({@code redirectToOriginalResource=true} fails in Payara), which renews the session id and
 * goes on to the dashboard. Tokens refresh themselves while the Keycloak session lives.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.providerUri}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}/callback",
        redirectToOriginalResource = false,
        tokenAutoRefresh = true,
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
@DeclareRoles({"member", "chair", "secretariat", "custodian", "finance", "ministry", "observer", "admin"})
@ApplicationScoped
public class PortalSecurity {
}
