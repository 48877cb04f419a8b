package org.nstac.portal.member.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.nstac.portal.member.application.IdentityReveals;
import org.nstac.portal.security.KeycloakAdmin;
import org.nstac.portal.platform.Messages;

/** How the member feature's own failures look in the API. */
public final class RevealExceptionMappers {

    private RevealExceptionMappers() {
    }

    /** The custodian signed in too long ago: 401, sign in again (a fresh token) and retry. */
    @Provider
    public static class Reauthentication implements ExceptionMapper<IdentityReveals.ReauthenticationRequired> {
        @Context
        HttpHeaders headers;

        @Inject
        Messages messages;

        @Override
        public Response toResponse(IdentityReveals.ReauthenticationRequired e) {
            return messages.apiError(headers, 401, "reauthentication_required", "member.reveal.reauthenticate");
        }
    }

    /** Keycloak is down or refused: the caller may retry (admission and withdrawal are both safe to retry). */
    @Provider
    public static class AccountUnavailable implements ExceptionMapper<KeycloakAdmin.Unavailable> {
        @Context
        HttpHeaders headers;

        @Inject
        Messages messages;

        @Override
        public Response toResponse(KeycloakAdmin.Unavailable e) {
            return messages.apiError(headers, 503, "identity_provider_unavailable",
                    "api.error.identity_provider_unavailable");
        }
    }
}
