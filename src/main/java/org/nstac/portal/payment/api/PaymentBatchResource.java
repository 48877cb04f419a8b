package org.nstac.portal.payment.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.nstac.portal.payment.application.PaymentBatches;
import org.nstac.portal.security.Role;

/**
 * Bank files for approved payables (finance only). Each file is read from the vault when it is sent, recorded in the
 * reveal log of every member in it with the purpose "payment", and streamed, never stored.
 */
@Path("payment-batches")
public class PaymentBatchResource {

    @Inject
    PaymentBatches batches;

    @Inject
    PaymentCaller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Batches made so far, newest first")
    public List<PaymentBatches.Batch> list() {
        caller.require(Role.FINANCE);
        return batches.all();
    }

    @POST
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "Put every approved payable not yet in a batch into a new one and stream its bank CSV; the "
            + "same Idempotency-Key gives the same batch")
    public Response create(@HeaderParam(PayableResource.IDEMPOTENCY_KEY) String key) {
        caller.require(Role.FINANCE);
        return file(batches.export(caller.name(), key), "payment-batch.csv");
    }

    @GET
    @Path("{id}/file")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "The bank CSV of an earlier batch, read from the vault again")
    public Response again(@PathParam("id") long id) {
        caller.require(Role.FINANCE);
        return file(batches.again(id, caller.name()), "payment-batch-" + id + ".csv");
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
