package org.nstac.portal.task.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.nstac.portal.platform.Messages;
import org.nstac.portal.task.application.Tasks;

/** A task, offer or log that is not the caller's answers exactly as one that does not exist: 404. */
@Provider
public class TaskNotFoundMapper implements ExceptionMapper<Tasks.NotFound> {

    @Context
    HttpHeaders headers;

    @Inject
    Messages messages;

    @Override
    public Response toResponse(Tasks.NotFound e) {
        return messages.apiError(headers, 404, "not_found", "api.error.not_found");
    }
}
