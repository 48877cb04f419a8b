package org.nstac.portal.directory.domain;

import java.util.Locale;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * What a support service offers, the directory's first filter. A fixed list, so that "legal help" is one choice on
 * the page and one value in the API whatever language it is asked in; {@code OTHER} covers what fits none of them.
 */
public enum Service {
    /** Legal advice and representation: residence, compensation, labour claims, criminal proceedings. */
    LEGAL,
    /** Safe accommodation, for a night or for longer. */
    SHELTER,
    /** Medical care. */
    HEALTH,
    /** Counselling and psychosocial support. */
    PSYCHOSOCIAL,
    /** Training, job search and employment support. */
    EMPLOYMENT,
    /** A trade union: rights at work, wage claims. */
    UNION,
    OTHER;

    public static final String UNKNOWN = "directory.service.unknown";

    /**
     * The service a form or the API names ({@code LEGAL}, any case, surrounding space ignored).
     *
     * @throws DomainRuleViolation {@value #UNKNOWN} for anything else (the value itself is not repeated)
     */
    public static Service parse(String name) {
        if (name != null) {
            String wanted = name.strip().toUpperCase(Locale.ROOT);
            for (Service service : values()) {
                if (service.name().equals(wanted)) {
                    return service;
                }
            }
        }
        throw new DomainRuleViolation(UNKNOWN);
    }
}
