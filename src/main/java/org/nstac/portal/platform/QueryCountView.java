package org.nstac.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code portal.diagnostics.query-count=true} (tests and benchmarks, never production) the layout ends each page
 * with a hidden {@code #query-count}: the database queries drawing the page took, counted when the last thing on the
 * page is drawn. The page tests compare it between a consultation of 100 comments and one of thousands.
 */
@Named("queryCount")
@ApplicationScoped
public class QueryCountView {

    @Inject
    @ConfigProperty(name = "portal.diagnostics.query-count", defaultValue = "false")
    boolean enabled;

    public boolean isEnabled() {
        return enabled;
    }

    public int getCurrent() {
        return QueryCount.current();
    }
}
