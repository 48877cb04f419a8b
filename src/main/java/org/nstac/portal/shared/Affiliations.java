package org.nstac.portal.shared;

import java.util.Optional;

/**
 * Which organisation (a ministry, a partner NGO or union) an official acts for, by login. The organisation feature
 * provides it; the ledger asks it to show an official the totals their organisation funded.
 */
public interface Affiliations {

    /** The organisation code an official acts for; empty for anyone who is not an official. */
    Optional<String> organisationOf(String login);
}
