package org.nstac.portal.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * What the portal says when something it depends on is down for a moment: the database (a restart, a failover), or
 * Keycloak for a new sign-in. Pages answer 503 with the friendly error page ({@code WEB-INF/errors/503.xhtml}, which
 * reads {@link #ATTRIBUTE} to say which); the API answers 503 with {@code {"error": "service_unavailable", ...}}.
 * Both carry {@code Retry-After}. Never a stack trace, and nothing half-written: the request's transaction was rolled
 * back with the connection it lost.
 */
public final class Outages {

    /** Request attribute naming what is unavailable: {@link #DATABASE} or {@link #SIGN_IN}. */
    public static final String ATTRIBUTE = "org.nstac.portal.unavailable";
    public static final String DATABASE = "database";
    public static final String SIGN_IN = "sign-in";
    /** Not an outage: a transaction that met another on the same rows and was rolled back ({@link #transientConflict}). */
    public static final String BUSY = "busy";
    /** Seconds a client is asked to wait before trying again. */
    static final String RETRY_AFTER = "10";

    private Outages() {
    }

    /**
     * Whether {@code failure} comes from the database being out of reach (connection refused or lost, the pool unable
     * to hand out a connection), as opposed to a fault in the request or the code.
     */
    public static boolean databaseUnreachable(Throwable failure) {
        Set<Throwable> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t) && seen.size() < 40; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                // SQL state class 08: connection exception
                return true;
            }
            String type = t.getClass().getSimpleName();
            if (type.equals("CommunicationsException") || type.equals("PoolingException")
                    || type.equals("ResourceAllocationException")) {
                return true;
            }
            if (t instanceof IllegalStateException && thrownInConnectionPool(t)) {
                // Payara's pool, failing all its connections once the database went away, can trip over its own
                // resize timer when two requests do so at once ("Task already scheduled or cancelled", CI run 23):
                // the request got no connection, as with any other lost connection.
                return true;
            }
            String message = t.getMessage();
            if (t instanceof SQLException && message != null
                    && (message.contains("Error in allocating a connection")
                    || message.contains("Communications link failure"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code t} was thrown while the application server's connection pool was handing out a connection. */
    private static boolean thrownInConnectionPool(Throwable t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().startsWith("com.sun.enterprise.resource.pool.")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code failure} is the database giving up a transaction because of another one touching the same rows at
     * the same moment (a deadlock, a lock wait that ran out): the transaction was rolled back whole, nothing was
     * written, and the same request will most likely go through when sent again.
     */
    public static boolean transientConflict(Throwable failure) {
        Set<Throwable> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t) && seen.size() < 40; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransactionRollbackException) {
                return true;
            }
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213
                    || sql.getErrorCode() == 1205)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Answers 503 for an outage of {@code what}: JSON for the API, the error page for everything else. Does nothing
     * when the answer is already on its way.
     */
    public static void answer(HttpServletRequest request, HttpServletResponse response, String what,
            Messages messages) {
        if (response.isCommitted()) {
            return;
        }
        request.setAttribute(ATTRIBUTE, what);
        try {
            response.resetBuffer();
            response.setHeader("Retry-After", RETRY_AFTER);
            if (isApi(request)) {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setContentType("application/json");
                response.setCharacterEncoding("UTF-8");
                var locale = Languages.negotiate(request.getHeader("Accept-Language"));
                String code = SIGN_IN.equals(what) ? "identity_provider_unavailable"
                        : BUSY.equals(what) ? "service_busy" : "service_unavailable";
                response.getWriter().write(new ApiError(code, messages.get(locale, "api.error." + code)).toJson());
            } else {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        } catch (IOException | IllegalStateException clientGoneOrCommitted) {
            // nothing more can be said to this client
        }
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.equals("/api") || path.startsWith("/api/");
    }
}
