package org.nstac.portal.consultation.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.nstac.portal.consultation.application.Consultations;
import org.nstac.portal.platform.Messages;

/** A consultation or comment the caller may not see answers exactly as one that does not exist: 404. */
@Provider
public class NotFoundMapper implements ExceptionMapper<Consultations.NotFound> {

    @Context
    HttpHeaders headers;

    @Inject
    Messages messages;

    @Override
    public Response toResponse(Consultations.NotFound e) {
        return messages.apiError(headers, 404, "not_found", "api.error.not_found");
    }
}
