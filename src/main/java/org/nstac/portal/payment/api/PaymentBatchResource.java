package org.nstac.portal.payment.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nstac.portal.payment.application.PaymentBatches;
import org.nstac.portal.payment.application.PaymentPolicy;
import org.nstac.portal.payment.domain.PaymentAction;

/**
 * Bank files for approved payables (finance only). A bank file is a reveal of every payee in it: it needs a reason and
 * a step-up, each download is recorded in the reveal log of every member in it, and the file is streamed, never
 * stored. A new batch's own download may be used once, within 15 minutes; later downloads need their own reason.
 */
@Tag(name = "Payments")
@Path("payment-batches")
public class PaymentBatchResource {

    /** What a bank file is made or downloaded again for. */
    public record Reason(String reason) {
    }

    @Inject
    PaymentBatches batches;

    @Inject
    PaymentPolicy caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPaymentBatches",
            summary = "Batches made so far, newest first",
            description = "Who may call it: Finance.")
    public List<PaymentBatches.Batch> list() {
        caller.require(PaymentAction.BATCH);
        return batches.all();
    }

    /**
     * Makes a batch of every approved payable not yet in one. With {@code Accept: application/json} the answer is the
     * batch (201) and its file is fetched from {@code /file}; otherwise the file comes straight back (its one
     * download).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(operationId = "createPaymentBatch",
            summary = "Make a bank file of the approved payables not yet in one (finance; reason and a recent "
            + "second factor needed; same Idempotency-Key, same batch)",
            description = "Who may call it: Finance, recently signed in with a second factor.")
    @APIResponse(responseCode = "201", description = "Created (Accept: application/json): the batch; its file is "
            + "fetched from /file", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "Batch")))
    @APIResponse(responseCode = "200", description = "Created (any other Accept): the batch's file, its one download",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response create(@HeaderParam(PayableResource.IDEMPOTENCY_KEY) String key, Reason body,
            @Context HttpHeaders headers) {
        caller.require(PaymentAction.BATCH);
        String reason = body == null ? null : body.reason();
        if (wantsJson(headers)) {
            PaymentBatches.Batch batch = batches.create(caller.actor(), key, reason, caller.secondFactorAt());
            return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON).entity(batch).build();
        }
        return file(batches.createAndDownload(caller.actor(), key, reason, caller.secondFactorAt()),
                "payment-batch.csv");
    }

    @GET
    @Path("{id}/file")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(operationId = "downloadPaymentBatch",
            summary = "The batch's own download: once, within 15 minutes of its creation, with a recent second "
            + "factor",
            description = "Who may call it: Finance, recently signed in with "
                    + "a second factor, within 15 minutes of the batch's creation.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("id") long id) {
        caller.require(PaymentAction.BATCH);
        return file(batches.download(id, caller.actor(), caller.secondFactorAt()), "payment-batch-" + id + ".csv");
    }

    @POST
    @Path("{id}/downloads")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(operationId = "downloadPaymentBatchAgain",
            summary = "Download an earlier batch's file again: a new reveal of every payee, with its own reason and "
            + "a recent second factor",
            description = "Who may call it: Finance, recently signed in with a second factor.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response downloadAgain(@PathParam("id") long id, Reason body) {
        caller.require(PaymentAction.BATCH);
        return file(batches.downloadAgain(id, caller.actor(), body == null ? null : body.reason(),
                caller.secondFactorAt()), "payment-batch-" + id + ".csv");
    }

    private static boolean wantsJson(HttpHeaders headers) {
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        return !accepted.isEmpty() && MediaType.APPLICATION_JSON_TYPE.isCompatible(accepted.get(0))
                && !accepted.get(0).isWildcardType();
    }

    static Response file(List<PaymentBatches.Line> lines, String name) {
        StreamingOutput body = out -> {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            PaymentBatches.write(lines, writer);
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
