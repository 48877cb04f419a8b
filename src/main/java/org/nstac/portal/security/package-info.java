/**
 * Who is calling, and what they may open. Pages sign in through Keycloak (OpenID Connect code flow); the API takes
 * Keycloak bearer tokens. {@link org.nstac.portal.security.AuthenticationRouter} picks the mechanism per request, so
 * one WAR serves both. Realm roles arrive as a flat {@code groups} claim and become Jakarta roles of the same name.
 * A page that a role may not use answers 404, never 403, so its existence is not revealed.
 */
package org.nstac.portal.security;
