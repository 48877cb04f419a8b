package org.nstac.portal.security.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.nstac.portal.platform.Messages;
import org.nstac.portal.security.KeycloakAdmin;
import org.nstac.portal.security.StepUp;

/** How sign-in matters look in the API, for every feature alike. */
public final class SecurityExceptionMappers {

    private SecurityExceptionMappers() {
    }

    /** The step-up is missing or too old: 401; get a fresh token (password and code) and try again. */
    @Provider
    public static class StepUpRequired implements ExceptionMapper<StepUp.Required> {
        @Context
        HttpHeaders headers;

        @Inject
        Messages messages;

        @Override
        public Response toResponse(StepUp.Required e) {
            return messages.apiError(headers, 401, "reauthentication_required", "security.stepUp.required");
        }
    }

    /** Keycloak is down or refused: the caller may retry (admission and withdrawal are both safe to retry). */
    @Provider
    public static class KeycloakUnavailable implements ExceptionMapper<KeycloakAdmin.Unavailable> {
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
