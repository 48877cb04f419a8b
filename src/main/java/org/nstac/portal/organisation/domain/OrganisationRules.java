package org.nstac.portal.organisation.domain;

import static org.nstac.portal.organisation.domain.OrganisationAction.LINK_OFFICIAL;
import static org.nstac.portal.organisation.domain.OrganisationAction.LIST;
import static org.nstac.portal.organisation.domain.OrganisationAction.REGISTER;
import static org.nstac.portal.organisation.domain.OrganisationAction.RENAME;
import static org.nstac.portal.organisation.domain.OrganisationRelation.ADMIN;
import static org.nstac.portal.organisation.domain.OrganisationRelation.SECRETARIAT;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who may do what with the register of organisations and their officials. The feature's service, its page and its
 * API all ask here.
 *
 * <p>Why these grants:
 * <ul>
 *   <li>The administrator keeps the register (DESIGN.md: "rate card, consent texts, content-note vocabulary,
 *       organisations"): adds ministries, NGOs, unions, donors, renames them, and links each official's login to the
 *       one organisation they act for. That link is what lets a ministry or partner official see their own
 *       organisation's consultations and nothing else, so it is an administrator's act, audited.</li>
 *   <li>The secretariat reads the register: it prepares the council for consultations and accepts partners' requests
 *       for advice, and needs to know who acts for whom. It changes nothing.</li>
 *   <li>Nobody else reads it: officials know their own organisation, members have no need of the list.</li>
 * </ul>
 * Anything not granted here is refused as "not found".
 */
public final class OrganisationRules {

    private static final Map<OrganisationAction, Set<OrganisationRelation>> GRANTS =
            new EnumMap<>(OrganisationAction.class);

    static {
        grant(ADMIN, LIST, REGISTER, RENAME, LINK_OFFICIAL);
        grant(SECRETARIAT, LIST);
    }

    private OrganisationRules() {
    }

    private static void grant(OrganisationRelation relation, OrganisationAction... actions) {
        for (OrganisationAction action : actions) {
            GRANTS.computeIfAbsent(action, a -> EnumSet.noneOf(OrganisationRelation.class)).add(relation);
        }
    }

    public static boolean allows(OrganisationRelation relation, OrganisationAction action) {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(action, "action");
        return GRANTS.getOrDefault(action, Set.of()).contains(relation);
    }

    public static boolean allowsAny(Collection<OrganisationRelation> relations, OrganisationAction action) {
        return relations.stream().anyMatch(r -> allows(r, action));
    }
}
