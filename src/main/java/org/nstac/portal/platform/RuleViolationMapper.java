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

    @Context
    HttpHeaders headers;

    @Inject
    Messages messages;

    @Override
    public Response toResponse(DomainRuleViolation violation) {
        return messages.apiError(headers, 400, violation.key(), violation.key(), violation.argsArray());
    }
}
