package org.nstac.portal.care.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.nstac.portal.care.application.MyContributions;
import org.nstac.portal.shared.ContributionSource;

/** {@code /api/me/contributions}: what I gave the council and what came of it. */
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Care")
@Path("me/contributions")
@Produces(MediaType.APPLICATION_JSON)
public class MyContributionsResource {

    /** A section of a later draft a comment changed. */
    public record ChangeJson(int version, int section, String heading) {
    }

    /**
     * One contribution: kind COMMENT (detail: my text; answer: ACCEPTED, PARTLY_ACCEPTED, NOT_ACCEPTED or NOTED),
     * POSITION (detail: ENDORSED or DISSENTED; answer: the owner's to the council's position), OUTCOME (answer:
     * ADOPTED, AMENDED, WITHDRAWN or PENDING; detail: the public link), TASK (detail: hours accepted), MEETING
     * (detail: PRESENT or PARTLY) or LEARNING (detail: the provider). Times in UTC.
     */
    public record ItemJson(String kind, long refId, Long consultationId, String title, String at, String detail,
            String answer, String answerReason, ChangeJson change) {
    }

    /** What I earned (standing payables) and was paid, in one currency; amounts as strings. */
    public record TotalJson(String currency, String earned, String paid) {
    }

    public record ContributionsJson(List<ItemJson> items, List<TotalJson> totals) {
    }

    @Inject
    MyContributions contributions;

    @GET
    @Operation(operationId = "listMyContributions", description = "Who may call it: A member, for themselves.",
            summary = "My contributions: every comment with the answer it got and what it changed, positions "
            + "endorsed or dissented, the laws' outcomes, tasks done, meetings attended, learning, and the money "
            + "earned and paid per currency")
    public ContributionsJson mine() {
        MyContributions.Summary s = contributions.mine();
        return new ContributionsJson(s.items().stream().map(MyContributionsResource::json).toList(),
                s.totals().stream().map(t -> new TotalJson(t.currency(), t.earned().toPlainString(),
                        t.paid().toPlainString())).toList());
    }

    private static ItemJson json(ContributionSource.Contribution c) {
        return new ItemJson(c.kind().name(), c.refId(), c.consultationId(), c.title(),
                c.at() == null ? null : c.at().toString(), c.detail(), c.answer(), c.answerReason(),
                c.change() == null ? null : new ChangeJson(c.change().version(), c.change().section(),
                        c.change().heading()));
    }
}
