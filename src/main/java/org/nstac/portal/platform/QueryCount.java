package org.nstac.portal.platform;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the database queries the persistence layer runs on the current thread, so that a test can check that a
 * page of comments costs the same number of queries with 100 comments as with 5,000 (no query per row). Registered
 * in persistence.xml; {@link QueryCountFilter} reports the count of an API request when diagnostics are on.
 */
public class QueryCount extends SessionEventAdapter {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public void preExecuteQuery(SessionEvent event) {
        COUNT.get()[0]++;
    }

    /** Starts counting afresh on this thread. */
    public static void reset() {
        COUNT.get()[0] = 0;
    }

    /** Queries run on this thread since the last {@link #reset()}. */
    public static int current() {
        return COUNT.get()[0];
    }
}
