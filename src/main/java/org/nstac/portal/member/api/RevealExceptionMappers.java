package org.nstac.portal.member.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.nstac.portal.member.application.IdentityReveals;
import org.nstac.portal.security.KeycloakAdmin;
import org.nstac.portal.platform.ApiError;
import org.nstac.portal.platform.Languages;
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
            return new ApiError("reauthentication_required", messages.get(
                    Languages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
                    "member.reveal.reauthenticate")).toResponse(401);
        }
    }

    /** Keycloak is down or refused: nothing was created; the caller may retry. */
    @Provider
    public static class AccountUnavailable implements ExceptionMapper<KeycloakAdmin.Unavailable> {
        @Context
        HttpHeaders headers;

        @Inject
        Messages messages;

        @Override
        public Response toResponse(KeycloakAdmin.Unavailable e) {
            return new ApiError("identity_provider_unavailable", messages.get(
                    Languages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
                    "member.admission.keycloakUnavailable")).toResponse(503);
        }
    }
}
