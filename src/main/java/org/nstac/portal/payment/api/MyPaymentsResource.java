package org.nstac.portal.payment.api;

import org.nstac.portal.payment.application.PaymentPolicy;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nstac.portal.payment.application.ExpenseClaims;
import org.nstac.portal.payment.application.PayableQueries;
import org.nstac.portal.payment.application.PaymentChannels;
import org.nstac.portal.payment.application.Statements;
import org.nstac.portal.payment.infrastructure.PayableRecord;
import org.nstac.portal.payment.receipt.Receipt;
import org.nstac.portal.payment.receipt.ReceiptCheck;
import org.nstac.portal.payment.report.Statement;
import org.nstac.portal.payment.report.StatementCsv;
import org.nstac.portal.payment.report.StatementPdf;
import org.nstac.portal.payment.report.Totals;
import org.nstac.portal.platform.Languages;
import org.nstac.portal.platform.Messages;
import org.nstac.portal.shared.DomainRuleViolation;

/** A member's own money: claims, statement and how they want to be paid. Nobody reads another member's. */
@Tag(name = "Payments")
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MyPaymentsResource {

    @jakarta.inject.Inject
    org.nstac.portal.shared.CouncilClock clock;

    /**
     * An expense claim; {@code receipt} is the file's bytes in Base64 (a JPEG, PNG or PDF of at most 5 MB). For
     * {@code LOST_EARNINGS}: {@code days} (0.5 to 5, by half days) and {@code attested: true} instead of a payslip;
     * {@code amount} is optional, capped by the rate card's daily amount.
     */
    public record ClaimInput(String kind, LocalDate date, String amount, String currency, String kilometres,
            String description, String receipt, String days, Boolean attested) {
    }

    public record ChannelInput(String channel) {
    }

    /** The member's choice and the note about social benefits, in their language. */
    public record ChannelView(String channel, String benefitsNote) {
    }

    public record TotalsJson(String currency, String accrued, String pending, String approvedUnpaid, String paid,
            String notPaid, String late) {
        static TotalsJson of(Totals t) {
            return new TotalsJson(t.currency().name(), t.accrued().amount().toPlainString(),
                    t.pending().amount().toPlainString(), t.approvedUnpaid().amount().toPlainString(),
                    t.paid().amount().toPlainString(), t.notPaid().amount().toPlainString(),
                    t.late().amount().toPlainString());
        }
    }

    public record PeriodTotals(String period, List<TotalsJson> totals) {
    }

    public record ActivityTotals(String activity, List<TotalsJson> totals) {
    }

    @Schema(name = "StatementJson")
    public record StatementJson(String memberRef, String pseudonym, String from, String to, List<TotalsJson> totals,
            List<PeriodTotals> byPeriod, List<ActivityTotals> byActivity, List<PayableJson> payables) {
    }

    @Inject
    PaymentPolicy caller;

    @Inject
    org.nstac.portal.shared.MemberDirectory directory;

    @Inject
    PayableQueries queries;

    @Inject
    PaymentChannels channels;

    @Inject
    ExpenseClaims claims;

    @Inject
    Statements statements;

    @Inject
    Messages messages;

    @Context
    HttpHeaders headers;

    Locale locale() {
        return Languages.negotiate(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    @POST
    @Path("expense-claims")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createExpenseClaim",
            summary = "Claim an expense: kind (TRAVEL, TRAVEL_KM, CARE, MEALS, OTHER, LOST_EARNINGS), date, amount "
            + "and currency (kilometres for TRAVEL_KM; days and attested for LOST_EARNINGS), a short description, an "
            + "optional receipt (Base64); Idempotency-Key header",
            description = "Who may call it: A member, for themselves.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PayableJson")))
    public Response claim(@HeaderParam(PayableResource.IDEMPOTENCY_KEY) String key, ClaimInput in) {
        String me = caller.memberRef();
        if (in == null) {
            throw new DomainRuleViolation("payment.claim.kindRequired");
        }
        Receipt receipt = null;
        if (in.receipt() != null && !in.receipt().isBlank()) {
            byte[] bytes;
            try {
                bytes = Base64.getMimeDecoder().decode(in.receipt());
            } catch (IllegalArgumentException e) {
                throw new DomainRuleViolation("payment.receipt.unreadable");
            }
            receipt = ReceiptCheck.check(bytes);
        }
        var view = claims.claim(me, new ExpenseClaims.Claim(in.kind(), in.date(), in.amount(), in.currency(),
                in.kilometres(), in.description(), in.days(), in.attested()), receipt, key);
        return Response.status(Response.Status.CREATED).entity(PayableJson.of(view, messages, locale())).build();
    }

    @GET
    @Path("expense-claims")
    @Operation(operationId = "listMyExpenseClaims",
            summary = "The caller's expense claims, newest first",
            description = "Who may call it: A member, for themselves.")
    public List<PayableJson> claims() {
        String me = caller.memberRef();
        return queries.list(me, null, null, null).stream()
                .filter(v -> v.payable().getSource() == PayableRecord.Source.EXPENSE)
                .map(v -> PayableJson.of(v, messages, locale())).toList();
    }

    @GET
    @Path("payment-channel")
    @Operation(operationId = "getMyPaymentChannel",
            summary = "How the caller chose to be paid, and a note on social benefits",
            description = "Who may call it: A member, for themselves.")
    public ChannelView channel() {
        String me = caller.memberRef();
        return new ChannelView(channels.channelOf(me).name(), messages.get(locale(), "payment.benefits.note"));
    }

    @PUT
    @Path("payment-channel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "chooseMyPaymentChannel",
            summary = "Choose how to be paid: OWN_ACCOUNT, PARTNER or DECLINED; applies to work from now on",
            description = "Who may call it: A member, for themselves.")
    public ChannelView choose(ChannelInput in) {
        String me = caller.memberRef();
        channels.choose(me, in == null ? null : in.channel());
        return channel();
    }

    @GET
    @Path("statement")
    @Produces({MediaType.APPLICATION_JSON, "application/pdf", "text/csv"})
    @Operation(operationId = "getMyStatement",
            summary = "The caller's statement for the months from and to (yyyy-MM; default this year): owed, "
            + "approved, paid, rejected, late, per period and activity; format=pdf or csv to download",
            description = "Who may call it: A member, for themselves.")
    @APIResponse(responseCode = "200", description = "OK", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "StatementJson")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response statement(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("format") String format) {
        String me = caller.memberRef();
        Locale locale = locale();
        LocalDate today = clock.today();
        LocalDate start = Months.start(from);
        LocalDate end = Months.start(to);
        start = start == null ? today.withDayOfYear(1) : start;
        end = end == null ? today.withDayOfMonth(1) : end;
        if (end.isBefore(start)) {
            throw new DomainRuleViolation("payment.statement.order");
        }
        Function<String, String> text = key -> messages.get(locale, key);
        Statement statement = statements.of(me, directory.displayName(me, locale), start, end,
                text);
        String name = "statement-" + start.toString().substring(0, 7) + "-" + end.toString().substring(0, 7);
        if ("pdf".equals(format)) {
            StreamingOutput body = out -> StatementPdf.write(statement, text, locale, out);
            return Response.ok(body, "application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"").build();
        }
        if ("csv".equals(format)) {
            StreamingOutput body = out -> {
                var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                StatementCsv.write(statement, text, writer);
                writer.flush();
            };
            return Response.ok(body, "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
        }
        if (format != null && !format.isBlank() && !"json".equals(format)) {
            throw new DomainRuleViolation("payment.statement.format");
        }
        return Response.ok(new StatementJson(me, statement.pseudonym(), start.toString().substring(0, 7),
                end.toString().substring(0, 7), statement.overall().stream().map(TotalsJson::of).toList(),
                statement.byPeriod().entrySet().stream().map(e -> new PeriodTotals(e.getKey().toString()
                        .substring(0, 7), e.getValue().stream().map(TotalsJson::of).toList())).toList(),
                statement.byActivity().entrySet().stream().map(e -> new ActivityTotals(e.getKey().name(),
                        e.getValue().stream().map(TotalsJson::of).toList())).toList(),
                queries.list(me, null, start, end).stream().map(v -> PayableJson.of(v, messages, locale))
                        .toList()), MediaType.APPLICATION_JSON).build();
    }
}
