package org.nstac.portal.platform;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A {@code @Transactional} method that failed, typically because its commit lost the database: answered like every
 * other failure, by {@link ApiExceptionMapper} (503 "try again in a moment" for a database out of reach).
 * <p>
 * Without it Jersey's own mapper for {@link TransactionalException} takes the exception, finds no
 * {@code WebApplicationException} inside and throws it on, and the caller got the container's 500 HTML page
 * (OutageIT, a claim whose commit met the database restart). The priority puts this one before Jersey's.
 */
@Provider
@Priority(1)
public class ApiTransactionalExceptionMapper implements ExceptionMapper<TransactionalException> {

    @Context
    HttpHeaders headers;

    @Inject
    Messages messages;

    @Override
    public Response toResponse(TransactionalException exception) {
        return ApiExceptionMapper.answer(exception, headers, messages);
    }
}
