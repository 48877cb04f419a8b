package org.nstac.portal.shared;

import java.util.Collection;

/**
 * In-portal notices: a message key, a link and the name of the item they are about (the title of a consultation,
 * task, meeting or training: never a person's name, never the text of a comment), addressed to logins or to every holder of a role
 * ({@link #ROLE_PREFIX}{@code secretariat}). Written in the caller's transaction: a notice about something that did
 * not happen is never shown. The notification feature provides it.
 */
public interface Notices {

    /** Recipients beginning with this reach every person with that role. */
    String ROLE_PREFIX = "role:";

    /** A notice that names no item (what it is about has no title, such as a payment): the message is the link. */
    default void send(Collection<String> recipients, String messageKey, String link) {
        send(recipients, messageKey, link, null);
    }

    /**
     * A notice about the item {@code subject} names (its title), shown as the link beside the message.
     *
     * @param subject the item's title, or null; never a person's name or what someone wrote
     */
    void send(Collection<String> recipients, String messageKey, String link, String subject);

    /** How many notices addressed to this login (not to its roles) are still unread: what waited during a pause. */
    long waiting(String login);
}
