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

    @Inject
    org.nstac.portal.task.application.FairnessExport export;

    @GET
    @Path("report.csv")
    @Produces("text/csv")
    @Operation(operationId = "downloadFairnessCsv",
            summary = "The fairness view as CSV (?from=&to=, six months to today by default): one row per member by "
            + "pseudonym; cells that could start a formula are neutralised",
            description = "Who may call it: The secretariat and the chair.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "OK",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "text/csv",
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(
                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            format = "binary")))
    public jakarta.ws.rs.core.Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate[] period = period(from, to);
        var table = export.table(period[0], period[1], locale());
        jakarta.ws.rs.core.StreamingOutput body = table::writeCsv;
        return jakarta.ws.rs.core.Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"fairness.csv\"").build();
    }

    @GET
    @Path("report.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "downloadFairnessPdf",
            summary = "The fairness view as PDF to print (?from=&to=, six months to today by default)",
            description = "Who may call it: The secretariat and the chair.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "OK",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/pdf",
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(
                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            format = "binary")))
    public jakarta.ws.rs.core.Response pdf(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate[] period = period(from, to);
        java.util.Locale locale = locale();
        var table = export.table(period[0], period[1], locale);
        jakarta.ws.rs.core.StreamingOutput body = out -> table.writePdf(out, locale);
        return jakarta.ws.rs.core.Response.ok(body, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"fairness.pdf\"").build();
    }

    private java.util.Locale locale() {
        return org.nstac.portal.platform.Languages.negotiate(headers.getHeaderString("Accept-Language"));
    }

    private LocalDate[] period(String from, String to) {
        policy.require(org.nstac.portal.task.domain.TaskAction.READ_FAIRNESS);
        try {
            LocalDate end = to == null || to.isBlank() ? clock.today() : LocalDate.parse(to);
            LocalDate start = from == null || from.isBlank() ? end.minusMonths(6) : LocalDate.parse(from);
            return new LocalDate[] {start, end};
        } catch (DateTimeParseException bad) {
            throw new DomainRuleViolation("task.fairness.period");
        }
    }

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
