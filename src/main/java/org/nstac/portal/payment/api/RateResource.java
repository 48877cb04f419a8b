package org.nstac.portal.payment.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nstac.portal.payment.application.RateCards;
import org.nstac.portal.payment.domain.Rate;
import org.nstac.portal.payment.infrastructure.RateRecord;
import org.nstac.portal.payment.application.PaymentPolicy;
import org.nstac.portal.payment.domain.PaymentAction;

/** The rate card: read by members and staff, kept by finance and the administrator. */
@Tag(name = "Payments")
@Path("rates")
@Produces(MediaType.APPLICATION_JSON)
public class RateResource {

    /** A rate; {@code current} when it is the rate of its line today. Amounts are strings with two decimals. */
    public record RateJson(long id, String activity, String taskKind, String memberAmount, String expertReference,
            String currency, LocalDate validFrom, boolean current) {
    }

    @Inject
    RateCards rates;

    @Inject
    PaymentPolicy caller;

    @GET
    @Operation(operationId = "listRates",
            summary = "Every rate, with its expert reference and first day",
            description = "Who may call it: Finance, the secretariat, the administrator, the chair and members.")
    public List<RateJson> list() {
        caller.require(PaymentAction.READ_RATES);
        return views(rates);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRate",
            summary = "Add a rate from a day on (finance, admin): activity, taskKind (task hours only), "
            + "memberAmount, expertReference, currency, validFrom; a member rate below the reference is refused",
            description = "Who may call it: Finance and the administrator.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RateJson")))
    public Response add(RateCards.NewRate in) {
        caller.require(PaymentAction.SET_RATES);
        RateRecord r = rates.add(in == null ? new RateCards.NewRate(null, null, null, null, null, null) : in,
                caller.actor());
        RateJson created = views(rates).stream().filter(v -> v.id() == r.getId()).findFirst().orElseThrow();
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** Every rate as the API and the pages show it. */
    public static List<RateJson> views(RateCards rates) {
        List<RateRecord> all = rates.all();
        var card = rates.card();
        LocalDate today = rates.today();
        return all.stream().map(r -> {
            Rate rate = r.toRate();
            boolean current;
            try {
                current = card.rateOn(rate.activity(), rate.taskKind(), today).equals(rate);
            } catch (RuntimeException none) {
                current = false;
            }
            return new RateJson(r.getId(), rate.activity().name(), rate.taskKind(),
                    rate.memberAmount().amount().toPlainString(), rate.expertReference().amount().toPlainString(),
                    rate.memberAmount().currency().name(), rate.validFrom(), current);
        }).toList();
    }
}
