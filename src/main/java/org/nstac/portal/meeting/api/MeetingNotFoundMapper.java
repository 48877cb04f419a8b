package org.nstac.portal.meeting.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.nstac.portal.meeting.application.Meetings;
import org.nstac.portal.platform.Messages;

/** A meeting that does not exist or that the caller was not invited to: 404, the same either way. */
@Provider
public class MeetingNotFoundMapper implements ExceptionMapper<Meetings.NotFound> {

    @Context
    HttpHeaders headers;

    @Inject
    Messages messages;

    @Override
    public Response toResponse(Meetings.NotFound e) {
        return messages.apiError(headers, 404, "not_found", "api.error.not_found");
    }
}
