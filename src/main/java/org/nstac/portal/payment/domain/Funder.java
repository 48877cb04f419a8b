package org.nstac.portal.payment.domain;

import java.util.Locale;
import java.util.Objects;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Who pays for a payable: the council's own budget, the ministry that asked for the work, a partner organisation, or
 * a named donor. The annual report and the ministries' own accounts need it; it never changes what the member is paid.
 *
 * @param kind whose money it is
 * @param code the organisation's code for a ministry or partner, the donor's name for a donor; {@code null} for the
 *             council's budget
 */
public record Funder(Kind kind, String code) {

    public enum Kind {
        COUNCIL_BUDGET, MINISTRY, PARTNER, DONOR
    }

    public static final Funder COUNCIL_BUDGET = new Funder(Kind.COUNCIL_BUDGET, null);
    public static final int MAX_CODE = 120;
    public static final String UNKNOWN = "payment.funder.unknown";
    public static final String CODE_REQUIRED = "payment.funder.codeRequired";
    public static final String CODE_TOO_LONG = "payment.funder.codeTooLong";

    /**
     * @throws DomainRuleViolation {@value #CODE_REQUIRED} for a ministry, partner or donor without a code or name;
     *                             {@value #CODE_TOO_LONG} for one over {@value #MAX_CODE} characters
     */
    public Funder {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.COUNCIL_BUDGET) {
            code = null;
        } else if (code == null || code.isBlank()) {
            throw new DomainRuleViolation(CODE_REQUIRED);
        } else if (code.strip().length() > MAX_CODE) {
            throw new DomainRuleViolation(CODE_TOO_LONG, MAX_CODE);
        } else {
            code = code.strip();
        }
    }

    public static Funder ministry(String organisationCode) {
        return new Funder(Kind.MINISTRY, organisationCode);
    }

    /**
     * A funder as typed: a kind ({@code COUNCIL_BUDGET}, {@code MINISTRY}, {@code PARTNER}, {@code DONOR}) and a code;
     * nothing at all is the council's budget.
     *
     * @throws DomainRuleViolation {@value #UNKNOWN} for another kind
     */
    public static Funder parse(String kind, String code) {
        if (kind == null || kind.isBlank()) {
            return COUNCIL_BUDGET;
        }
        Kind known;
        try {
            known = Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new DomainRuleViolation(UNKNOWN);
        }
        return new Funder(known, code);
    }

    /** A label for a report line: {@code COUNCIL_BUDGET}, {@code MINISTRY justice}, {@code DONOR Some Fund}. */
    public String label() {
        return code == null ? kind.name() : kind.name() + " " + code;
    }
}
