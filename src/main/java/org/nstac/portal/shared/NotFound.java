package org.nstac.portal.shared;

import java.io.Serial;

/**
 * "Not found", also for what exists but is closed to the caller: a record a person may not see answers exactly like
 * one that does not exist (404 in the API, the not-found page in the web), so nobody learns what is there. One
 * exception for every feature, mapped once ({@code platform.NotFoundMapper}).
 */
public class NotFound extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public NotFound() {
        super("not found");
    }
}
