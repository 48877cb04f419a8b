package org.nstac.portal.payment.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nstac.portal.payment.application.Statements;
import org.nstac.portal.payment.report.ParityCsv;
import org.nstac.portal.payment.report.ParityPdf;
import org.nstac.portal.payment.report.PaymentTotalsCsv;
import org.nstac.portal.payment.report.PaymentTotalsPdf;
import org.nstac.portal.platform.Languages;
import org.nstac.portal.platform.Messages;
import org.nstac.portal.payment.application.PaymentPolicy;
import org.nstac.portal.payment.domain.PaymentAction;
import org.nstac.portal.shared.DomainRuleViolation;

/** Totals per period, activity and member pseudonym, and the parity of rates with expert references; PDF or CSV. */
@Tag(name = "Payments")
@Path("payment-reports")
public class PaymentReportResource {

    @jakarta.inject.Inject
    org.nstac.portal.shared.CouncilClock clock;

    @Inject
    Statements statements;

    @Inject
    PaymentPolicy caller;

    @Inject
    Messages messages;

    @Context
    HttpHeaders headers;

    @GET
    @Path("totals")
    @Produces({"application/pdf", "text/csv"})
    @Operation(operationId = "downloadPaymentTotals",
            summary = "Totals for the months from and to (yyyy-MM; default this year); format=pdf (default) or csv",
            description = "Who may call it: Finance.")
    @APIResponse(responseCode = "200", description = "OK", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response totals(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("format") String format) {
        caller.require(PaymentAction.REPORT);
        Locale locale = Languages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        LocalDate start = Months.start(from);
        LocalDate end = Months.start(to);
        LocalDate today = clock.today();
        var report = statements.totals(start == null ? today.withDayOfYear(1) : start,
                end == null ? today.withDayOfMonth(1) : end,
                locale);
        Function<String, String> text = key -> messages.get(locale, key);
        if ("csv".equals(format)) {
            return csv(out -> {
                var w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                PaymentTotalsCsv.write(report, text, w);
                w.flush();
            }, "payment-totals.csv");
        }
        requirePdf(format);
        return pdf(out -> PaymentTotalsPdf.write(report, text, locale, out), "payment-totals.pdf");
    }

    /**
     * What a funder paid for: a ministry or partner official sees their own organisation's totals; finance any
     * funder's ({@code funder} and {@code code}). Never per member.
     */
    @GET
    @Path("funded")
    @Produces(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
    @Operation(operationId = "getFundedTotals",
            summary = "Totals a funder paid for in the months from and to (yyyy-MM; default this year), overall, "
            + "per month and per activity, never per member: a ministry or partner official sees their own; finance "
            + "names funder and code",
            description = "Who may call it: Finance; a ministry or partner official for their own organisation.")
    public Statements.Funded funded(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("funder") String funder, @QueryParam("code") String code) {
        caller.require(PaymentAction.READ_FUNDED_TOTALS);
        org.nstac.portal.payment.domain.Funder whose;
        if (caller.may(PaymentAction.REPORT)) {
            whose = org.nstac.portal.payment.domain.Funder.parse(funder, code);
        } else {
            String organisation = caller.organisation().orElseThrow(org.nstac.portal.shared.NotFound::new);
            whose = new org.nstac.portal.payment.domain.Funder(caller.relations().contains(
                    org.nstac.portal.payment.domain.PaymentRelation.MINISTRY)
                    ? org.nstac.portal.payment.domain.Funder.Kind.MINISTRY
                    : org.nstac.portal.payment.domain.Funder.Kind.PARTNER, organisation);
        }
        LocalDate start = Months.start(from);
        LocalDate end = Months.start(to);
        LocalDate today = clock.today();
        return statements.funded(whose, start == null ? today.withDayOfYear(1) : start,
                end == null ? today.withDayOfMonth(1) : end);
    }

    @GET
    @Path("parity")
    @Produces({"application/pdf", "text/csv"})
    @Operation(operationId = "downloadParityReport",
            summary = "Member rates next to expert references; format=pdf (default) or csv",
            description = "Who may call it: Finance.")
    @APIResponse(responseCode = "200", description = "OK", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response parity(@QueryParam("format") String format) {
        caller.require(PaymentAction.REPORT);
        Locale locale = Languages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        var report = statements.parity();
        Function<String, String> text = key -> messages.get(locale, key);
        if ("csv".equals(format)) {
            return csv(out -> {
                var w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                ParityCsv.write(report, text, w);
                w.flush();
            }, "parity.csv");
        }
        requirePdf(format);
        return pdf(out -> ParityPdf.write(report, text, locale, out), "parity.pdf");
    }

    private static void requirePdf(String format) {
        if (format != null && !format.isBlank() && !"pdf".equals(format)) {
            throw new DomainRuleViolation("payment.statement.format");
        }
    }

    private static Response csv(StreamingOutput body, String name) {
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private static Response pdf(StreamingOutput body, String name) {
        return Response.ok(body, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
