package org.nstac.portal.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.nstac.portal.shared.NotFound;

/** Every feature's "not found" (and "not yours") as the same 404 body. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFound> {

    @Context
    HttpHeaders headers;

    @Inject
    Messages messages;

    @Override
    public Response toResponse(NotFound exception) {
        return messages.apiError(headers, 404, "not_found", "api.error.not_found");
    }
}
