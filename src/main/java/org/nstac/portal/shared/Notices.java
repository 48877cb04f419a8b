package org.nstac.portal.shared;

import java.util.Collection;

/**
 * In-portal notices: a message key and a link, never content, addressed to logins or to every holder of a role
 * ({@link #ROLE_PREFIX}{@code secretariat}). Written in the caller's transaction: a notice about something that did
 * not happen is never shown. The notification feature provides it.
 */
public interface Notices {

    /** Recipients beginning with this reach every person with that role. */
    String ROLE_PREFIX = "role:";

    void send(Collection<String> recipients, String messageKey, String link);

    /** How many notices addressed to this login (not to its roles) are still unread: what waited during a pause. */
    long waiting(String login);
}
