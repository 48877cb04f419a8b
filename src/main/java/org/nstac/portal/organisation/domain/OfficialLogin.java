package org.nstac.portal.organisation.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The login of an official (a ministry or partner official) as the register keeps it: the realm's user name, never a
 * person's name. Keycloak keeps user names in lower case, so the register does too.
 *
 * @param value 2 to 60 lower-case letters, digits, dots, dashes or underscores
 */
public record OfficialLogin(String value) {

    public static final String INVALID = "organisation.official.login";
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

    /** @throws DomainRuleViolation {@value #INVALID} for anything but a plain user name */
    public OfficialLogin {
        value = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!LOGIN.matcher(value).matches()) {
            throw new DomainRuleViolation(INVALID);
        }
    }
}
