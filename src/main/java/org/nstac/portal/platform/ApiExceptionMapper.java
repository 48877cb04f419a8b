package org.nstac.portal.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception that escapes a resource into {@link ApiError} JSON. Unexpected failures are logged with an
 * incident id that the caller also gets, so support can find the log line without the caller seeing internals.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Inject
    Messages messages;

    @Override
    public jakarta.ws.rs.core.Response toResponse(Throwable exception) {
        return answer(exception, headers, messages);
    }

    /** The API's answer to {@code exception}, for this mapper and {@link ApiTransactionalExceptionMapper}. */
    static jakarta.ws.rs.core.Response answer(Throwable exception, HttpHeaders headers, Messages messages) {
        if (causedBy(exception, RequestSizeLimit.TooLarge.class)) {
            return messages.apiError(headers, 413, "payload_too_large", "api.error.payload_too_large");
        }
        if (exception instanceof jakarta.ws.rs.ProcessingException
                || causedBy(exception, jakarta.json.bind.JsonbException.class)
                || causedBy(exception, jakarta.json.JsonException.class)) {
            // A body that is not JSON, or not of the expected shape (wrong type, unknown value, a number that does
            // not fit): the caller's mistake, said as such, never a 500.
            return messages.apiError(headers, 400, "bad_request", "api.error.bad_json");
        }
        if (exception instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            String code = switch (status) {
                case 400 -> "bad_request";
                case 413 -> "payload_too_large";
                case 401 -> "unauthorized";
                case 403, 404 -> "not_found";
                case 405 -> "method_not_allowed";
                case 406 -> "not_acceptable";
                case 415 -> "unsupported_media_type";
                default -> status >= 500 ? "server_error" : "client_error";
            };
            // 403 is answered as 404: a caller must not learn that something exists but is closed to them.
            int shown = status == 403 ? 404 : status;
            return messages.apiError(headers, shown, code, "api.error." + code);
        }
        if (Outages.databaseUnreachable(exception) || causedBy(exception, jakarta.transaction.SystemException.class)) {
            // (A SystemException is the transaction manager losing the database during a commit: the driver's
            // "communications link failure" is logged by the pool but not chained to it.)
            // The database is out of reach (a restart, a failover): nothing was written, and the same request will
            // work again in a moment.
            LOG.warning(() -> "Database unreachable: API answered 503 (" + exception.getClass().getName() + ")");
            return jakarta.ws.rs.core.Response.fromResponse(messages.apiError(headers, 503, "service_unavailable",
                    "api.error.service_unavailable")).header("Retry-After", Outages.RETRY_AFTER).build();
        }
        if (Outages.transientConflict(exception)) {
            // Another transaction held the same rows (a deadlock): this one was rolled back whole, and the same
            // request (with its Idempotency-Key, for money) goes through when sent again.
            LOG.warning(() -> "Transaction rolled back by a conflict: API answered 503");
            return jakarta.ws.rs.core.Response.fromResponse(messages.apiError(headers, 503, "service_busy",
                    "api.error.service_busy")).header("Retry-After", "1").build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API incident " + incident, exception);
        return messages.apiError(headers, 500, "server_error", "api.error.server_error.incident", incident);
    }

    private static boolean causedBy(Throwable exception, Class<? extends Throwable> kind) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
