package org.nstac.portal.payment.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.nstac.portal.payment.application.Payables;
import org.nstac.portal.platform.Messages;

/** A payable that does not exist or is not the caller's: 404, the same either way. */
@Provider
public class PaymentNotFoundMapper implements ExceptionMapper<Payables.NotFound> {

    @Context
    HttpHeaders headers;

    @Inject
    Messages messages;

    @Override
    public Response toResponse(Payables.NotFound e) {
        return messages.apiError(headers, 404, "not_found", "api.error.not_found");
    }
}
