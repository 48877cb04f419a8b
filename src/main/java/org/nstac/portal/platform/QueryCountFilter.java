package org.nstac.portal.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code portal.diagnostics.query-count=true} (tests and benchmarks, never production), every API answer says
 * in {@code X-Query-Count} how many database queries it took.
 */
@Provider
public class QueryCountFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-Query-Count";

    @Inject
    @ConfigProperty(name = "portal.diagnostics.query-count", defaultValue = "false")
    boolean enabled;

    @Override
    public void filter(ContainerRequestContext request) {
        QueryCount.reset();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (enabled) {
            response.getHeaders().putSingle(HEADER, Integer.toString(QueryCount.current()));
        }
    }
}
