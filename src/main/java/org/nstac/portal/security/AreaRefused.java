package org.nstac.portal.security;

/**
 * A signed-in person asked for a role area they do not have, and got 404. Features that must audit such attempts
 * (the identity custodian's pages) observe this; security itself knows nothing about them.
 */
public record AreaRefused(Role area, String caller) {
}
