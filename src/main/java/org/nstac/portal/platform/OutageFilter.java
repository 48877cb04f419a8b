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

    @jakarta.annotation.Resource(lookup = "java:app/jdbc/portal")
    javax.sql.DataSource dataSource;

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
            boolean conflict = Outages.transientConflict(failure);
            boolean unreachable = Outages.databaseUnreachable(failure) || (!conflict && !databaseAnswers(failure));
            if (!(unreachable || conflict) || response.isCommitted()) {
                throw failure;
            }
            LOG.warning(() -> (unreachable ? "Database unreachable" : "Transaction rolled back by a conflict")
                    + ": answered 503 (" + failure.getClass().getName() + ")");
            Outages.answer(request, response, unreachable ? Outages.DATABASE : Outages.BUSY, messages);
        }
    }

    /**
     * For a failure not recognised as the database's: whether the database answers now. While it is out of reach a
     * request can fail in ways the driver, the pool and the persistence layer do not all mark as a lost connection
     * (OutageIT once saw such a failure answered 500); when it does not answer, the request is answered as the outage
     * it met. The exception's types (never its messages, which may quote data) are logged, so each new kind can be
     * recognised by name.
     */
    private boolean databaseAnswers(Throwable failure) {
        boolean answers;
        try (java.sql.Connection connection = dataSource.getConnection()) {
            answers = connection.isValid(2);
        } catch (java.sql.SQLException | RuntimeException unreachable) {
            answers = false;
        }
        if (!answers) {
            StringBuilder chain = new StringBuilder();
            for (Throwable t = failure; t != null && chain.length() < 600; t = t.getCause() == t ? null : t.getCause()) {
                chain.append(chain.isEmpty() ? "" : " <- ").append(t.getClass().getName());
            }
            LOG.warning(() -> "A request failed while the database did not answer (" + chain + ")");
        }
        return answers;
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
