package org.nstac.portal.payment.api;

import org.nstac.portal.shared.NotFound;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nstac.portal.payment.application.ExpenseClaims;
import org.nstac.portal.payment.application.PayableView;
import org.nstac.portal.payment.application.PayableDecisions;
import org.nstac.portal.payment.application.PayableQueries;
import org.nstac.portal.payment.application.Payables;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.payment.domain.PayableState;
import org.nstac.portal.payment.infrastructure.PayableRecord;
import org.nstac.portal.payment.infrastructure.ReceiptRecord;
import org.nstac.portal.platform.Languages;
import org.nstac.portal.platform.Messages;
import org.nstac.portal.payment.application.PaymentPolicy;
import org.nstac.portal.payment.domain.PaymentAction;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.InputRules;

/**
 * Payables as the caller may see them (finance and the secretariat: all; a member: their own; anyone else: nothing),
 * and the moves finance makes. Every move needs an {@value #IDEMPOTENCY_KEY} header: sending the same request again
 * with the same key changes nothing and answers the same.
 */
@Tag(name = "Payments")
@Path("payables")
@Produces(MediaType.APPLICATION_JSON)
public class PayableResource {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** A payable entered by hand; {@code funder} ({@code COUNCIL_BUDGET} by default) and its {@code funderCode}. */
    public record NewPayable(
            @jakarta.validation.constraints.NotBlank(message = "payment.payable.memberRequired") String memberRef,
            String activity, String taskKind, String quantity, LocalDate workDate,
            String description, String funder, String funderCode) {
    }

    public record Rejection(String reason) {
    }

    public record Payment(LocalDate date, String method, String reference) {
    }

    public record Reversal(String reason, String replacementAmount) {
    }

    @Inject
    Payables payables;

    @Inject
    PayableQueries queries;

    @Inject
    PayableDecisions decisions;

    @Inject
    ExpenseClaims claims;

    @Inject
    PaymentPolicy caller;

    @Inject
    org.nstac.portal.shared.MemberDirectory members;

    @Inject
    Messages messages;

    @Context
    HttpHeaders headers;

    Locale locale() {
        return Languages.negotiate(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    PayableJson json(PayableView v) {
        return PayableJson.of(v, messages, locale());
    }

    @GET
    @Operation(operationId = "listPayables",
            summary = "Payables the caller may see, newest first; filters: state, memberRef (finance and "
            + "secretariat), from and to (months, yyyy-MM)",
            description = "Who may call it: Finance and the secretariat (every payable); a member (their own).")
    public List<PayableJson> list(@QueryParam("state") String state, @QueryParam("memberRef") String memberRef,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        String who = caller.may(PaymentAction.READ_ALL) ? (memberRef == null || memberRef.isBlank() ? null : memberRef)
                : caller.memberRef();
        return queries.list(who, stateOf(state), Months.start(from), Months.start(to)).stream().map(this::json)
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPayable",
            summary = "One payable with its state, dates and reason",
            description = "Who may call it: Finance and the secretariat; the member it is owed to.")
    public PayableJson one(@PathParam("id") long id) {
        return json(visible(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPayable",
            summary = "Enter a payable at the rate card's rate (finance or secretariat), e.g. public speaking; "
            + "someone else approves it",
            description = "Who may call it: Finance or the secretariat.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PayableJson")))
    public Response create(@HeaderParam(IDEMPOTENCY_KEY) String key, NewPayable in) {
        caller.require(PaymentAction.ENTER);
        if (in == null) {
            throw new DomainRuleViolation("payment.payable.memberRequired");
        }
        InputRules.check(in);
        Activity activity = activityOf(in.activity());
        if (in.workDate() == null) {
            throw new DomainRuleViolation("payment.payable.dateRequired");
        }
        BigDecimal quantity = quantity(in.quantity());
        String scoped = PayableDecisions.scopedKey(caller.actor(), key);
        members.loginOf(in.memberRef().strip()).orElseThrow(() ->
                new DomainRuleViolation("payment.payable.memberRequired"));
        PayableRecord p = payables.enter(new Payables.Accrual(in.memberRef().strip(),
                PayableRecord.Source.MANUAL, "manual:" + scoped, activity, activity.byTaskKind() ? in.taskKind() : null,
                quantity, in.workDate(), in.description() == null || in.description().isBlank() ? null
                        : in.description().strip(), caller.actor(),
                org.nstac.portal.payment.domain.Funder.parse(in.funder(), in.funderCode())));
        return Response.status(Response.Status.CREATED).entity(json(queries.find(p.getId()))).build();
    }

    @POST
    @Path("{id}/approval")
    @Operation(operationId = "approvePayable",
            summary = "Approve (finance; not the person who entered or claimed it)",
            description = "Who may call it: Finance, not the person who entered or claimed it.")
    public PayableJson approve(@PathParam("id") long id, @HeaderParam(IDEMPOTENCY_KEY) String key) {
        caller.require(PaymentAction.MOVE_MONEY);
        return json(decisions.approve(id, caller.actor(), key));
    }

    @POST
    @Path("{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectPayable",
            summary = "Reject an accrued payable with a reason the member reads (finance)",
            description = "Who may call it: Finance.")
    public PayableJson reject(@PathParam("id") long id, @HeaderParam(IDEMPOTENCY_KEY) String key, Rejection in) {
        caller.require(PaymentAction.MOVE_MONEY);
        return json(decisions.reject(id, in == null ? null : in.reason(), caller.actor(), key));
    }

    @POST
    @Path("{id}/payment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "payPayable",
            summary = "Record the payment of an approved payable: date, method (BANK_TRANSFER, THROUGH_PARTNER), "
            + "bank reference (finance)",
            description = "Who may call it: Finance.")
    public PayableJson pay(@PathParam("id") long id, @HeaderParam(IDEMPOTENCY_KEY) String key, Payment in) {
        caller.require(PaymentAction.MOVE_MONEY);
        return json(decisions.pay(id, in == null ? null : in.date(), in == null ? null : in.method(),
                in == null ? null : in.reference(), caller.actor(), key));
    }

    @POST
    @Path("{id}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reversePayable",
            summary = "Reverse an approval or payment with a reason; a replacement amount accrues a corrected "
            + "payable (finance)",
            description = "Who may call it: Finance.")
    public PayableJson reverse(@PathParam("id") long id, @HeaderParam(IDEMPOTENCY_KEY) String key, Reversal in) {
        caller.require(PaymentAction.MOVE_MONEY);
        return json(decisions.reverse(id, in == null ? null : in.reason(), in == null ? null : in.replacementAmount(),
                caller.actor(), key));
    }

    @GET
    @Path("{id}/receipt")
    @Produces({"image/jpeg", "image/png", "application/pdf", MediaType.APPLICATION_JSON})
    @Operation(operationId = "downloadReceipt",
            summary = "The receipt of an expense claim (the member who claimed, and finance)",
            description = "Who may call it: The member who claimed, and finance.")
    @APIResponse(responseCode = "200", description = "OK", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response receipt(@PathParam("id") long id) {
        PayableView v = queries.find(id);
        if (!caller.may(PaymentAction.READ_RECEIPT, v.payable().getMemberRef())) {
            throw new NotFound();
        }
        ReceiptRecord r = claims.receiptOf(v.payable().getId()).orElseThrow(NotFound::new);
        return Response.ok(claims.read(r), r.getContentType())
                .header("Content-Disposition", "inline; filename=\"receipt-" + id + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private PayableView visible(long id) {
        PayableView v = queries.find(id);
        if (!caller.may(PaymentAction.READ_ALL) && !caller.may(PaymentAction.READ_PAYABLE, v.payable().getMemberRef())) {
            throw new NotFound();
        }
        return v;
    }

    static PayableState stateOf(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        for (PayableState s : PayableState.values()) {
            if (s.name().equals(state.strip())) {
                return s;
            }
        }
        throw new DomainRuleViolation("payment.filter.state");
    }

    static Activity activityOf(String name) {
        for (Activity a : Activity.values()) {
            if (a.onRateCard() && a.name().equals(name == null ? null : name.strip())) {
                return a;
            }
        }
        throw new DomainRuleViolation("payment.rate.activityRequired");
    }

    static BigDecimal quantity(String text) {
        String plain = text == null ? "" : text.strip().replace(',', '.');
        if (!plain.matches("[0-9]{1,5}(\\.[0-9]{1,2})?") || new BigDecimal(plain).signum() <= 0) {
            throw new DomainRuleViolation("payment.payable.quantity");
        }
        return new BigDecimal(plain);
    }
}
