package org.nstac.portal.care.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * An interest a person declares: an organisation (as they name it) and their relation to it. Not identity data, but
 * what a member types here is never combined with their legal name and never written to a log.
 *
 * @param organisation 2 to {@value #MAX_ORGANISATION} characters, surrounding spaces stripped
 */
public record Interest(String organisation, InterestRelation relation) {

    public static final int MAX_ORGANISATION = 200;
    /** A person declares at most this many. */
    public static final int MAX_COUNT = 20;

    public static final String ORGANISATION_INVALID = "care.interest.organisation.invalid";
    public static final String TOO_MANY = "care.interest.tooMany";

    public Interest {
        organisation = organisation == null ? "" : organisation.strip();
        if (organisation.length() < 2 || organisation.length() > MAX_ORGANISATION) {
            throw new DomainRuleViolation(ORGANISATION_INVALID, 2, MAX_ORGANISATION);
        }
        if (relation == null) {
            throw new DomainRuleViolation(InterestRelation.REQUIRED);
        }
    }

    public static Interest of(String organisation, String relation) {
        InterestRelation r = InterestRelation.parse(relation);
        return new Interest(organisation, r);
    }

    /**
     * A whole declaration: each entry checked, the same organisation and relation twice kept once (case aside).
     *
     * @throws DomainRuleViolation {@value #TOO_MANY} above {@value #MAX_COUNT}, or the first entry's fault
     */
    public static List<Interest> declaration(List<Interest> entries) {
        List<Interest> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Interest i : entries) {
            if (seen.add(i.organisation().toLowerCase(Locale.ROOT) + "\u0000" + i.relation())) {
                out.add(i);
            }
        }
        if (out.size() > MAX_COUNT) {
            throw new DomainRuleViolation(TOO_MANY, MAX_COUNT);
        }
        return List.copyOf(out);
    }

    /** Whether this is the same interest (organisation compared without case). */
    public boolean sameAs(String otherOrganisation, InterestRelation otherRelation) {
        return relation == otherRelation && otherOrganisation != null
                && organisation.equalsIgnoreCase(otherOrganisation.strip());
    }
}
