package org.nstac.portal.task.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.task.application.Fairness;

/** {@code GET /api/fairness?from=&to=}: the secretariat and the chair. */
@Tag(name = "Tasks")
@Path("fairness")
@Produces(MediaType.APPLICATION_JSON)
public class FairnessResource {

    @jakarta.inject.Inject
    org.nstac.portal.shared.CouncilClock clock;

    @Inject
    Fairness fairness;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @Inject
    org.nstac.portal.task.application.TaskPolicy policy;

    @GET
    @Operation(operationId = "getFairness",
            summary = "Offers, acceptances, hours and earnings per member in a period, with Gini coefficients",
            description = "Who may call it: The secretariat and the chair.")
    public Fairness.Report fairness(@QueryParam("from") String from, @QueryParam("to") String to) {
        policy.require(org.nstac.portal.task.domain.TaskAction.READ_FAIRNESS);
        try {
            LocalDate end = to == null || to.isBlank() ? clock.today() : LocalDate.parse(to);
            LocalDate start = from == null || from.isBlank() ? end.minusMonths(6) : LocalDate.parse(from);
            return fairness.report(start, end, org.nstac.portal.platform.Languages.negotiate(
                    headers.getHeaderString("Accept-Language")));
        } catch (DateTimeParseException bad) {
            throw new DomainRuleViolation("task.fairness.period");
        }
    }

}
