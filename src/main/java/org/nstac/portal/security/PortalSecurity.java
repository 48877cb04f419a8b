package org.nstac.portal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's roles. Pages sign in through {@link OidcMechanism} (Keycloak, code flow with PKCE), the API through
 * {@link BearerTokenMechanism}; {@link AuthenticationRouter} picks one per request.
 */
@DeclareRoles({"member", "chair", "secretariat", "custodian", "finance", "ministry", "partner", "observer", "admin"})
@ApplicationScoped
public class PortalSecurity {
}
