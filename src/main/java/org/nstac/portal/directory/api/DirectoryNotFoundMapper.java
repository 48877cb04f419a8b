package org.nstac.portal.directory.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.nstac.portal.directory.application.Directory;
import org.nstac.portal.platform.Messages;

/** An entry that does not exist or was removed, or a write by anyone but the secretariat: 404, the same either way. */
@Provider
public class DirectoryNotFoundMapper implements ExceptionMapper<Directory.NotFound> {

    @Context
    HttpHeaders headers;

    @Inject
    Messages messages;

    @Override
    public Response toResponse(Directory.NotFound e) {
        return messages.apiError(headers, 404, "not_found", "api.error.not_found");
    }
}
