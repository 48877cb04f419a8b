package org.nstac.portal.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Bad input answers 400 with the rule's key as the error code and its message in the caller's language
 * (Accept-Language). The message names the rule, never the offending value, which may be personal data.
 */
@Provider
public class RuleViolationMapper implements ExceptionMapper<DomainRuleViolation> {

    /** Rule keys that mean "you may not do this here", not "your input is wrong". */
    static final java.util.Set<String> FORBIDDEN_KEYS = java.util.Set.of("consultation.action.notAllowed");

    @Context
    HttpHeaders headers;

    @Inject
    Messages messages;

    @Override
    public Response toResponse(DomainRuleViolation violation) {
        // Seeing something does not mean being allowed to act on it: that refusal is a 403, not bad input.
        int status = FORBIDDEN_KEYS.contains(violation.key()) ? 403 : 400;
        return messages.apiError(headers, status, violation.key(), violation.key(), violation.argsArray());
    }
}
