package org.nstac.portal.platform;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.nstac.portal.shared.NotFound;

/**
 * A request that failed because the database is out of reach gets 503 and the friendly page (or the API's JSON),
 * instead of the generic 500 page: the person is told to try again in a moment, which will work once the database is
 * back (the connection pool replaces the connections it lost). A transaction the database rolled back because another
 * one held the same rows (a deadlock) is answered the same way: nothing was written, and sending it again works. A
 * page that found nothing the person may see ({@link NotFound}, thrown while the view is built) answers 404 with the
 * "cannot be found" page. Other failures pass on unchanged.
 * <p>
 * {@code NotFound} is deliberately not an {@code exception-type} error page in {@code web.xml}: PrimeFaces copies those
 * mappings into every page's script, which would show our class names to anyone reading the page source.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class OutageFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(OutageFilter.class.getName());

    @Inject
    Messages messages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (notFound(failure) && !response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            boolean unreachable = Outages.databaseUnreachable(failure);
            if (!(unreachable || Outages.transientConflict(failure)) || response.isCommitted()) {
                throw failure;
            }
            LOG.warning(() -> (unreachable ? "Database unreachable" : "Transaction rolled back by a conflict")
                    + ": answered 503 (" + failure.getClass().getName() + ")");
            Outages.answer(request, response, unreachable ? Outages.DATABASE : Outages.BUSY, messages);
        }
    }

    /** Whether {@code failure}, or anything that caused it, is a {@link NotFound}. */
    static boolean notFound(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof NotFound) {
                return true;
            }
        }
        return false;
    }
}
