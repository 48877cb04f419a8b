package org.nstac.portal.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Starts the query count afresh for each request, so that a page can say (with diagnostics on, see
 * {@link QueryCountView}) how many database queries drawing it took. The API's count has its own start
 * ({@link QueryCountFilter}); a counter on the request's thread costs nothing worth measuring.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class QueryCountPageFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        QueryCount.reset();
        chain.doFilter(request, response);
    }
}
