package org.nstac.portal.report.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nstac.portal.platform.Languages;
import org.nstac.portal.report.application.AnnualReports;
import org.nstac.portal.report.export.AnnualCsv;
import org.nstac.portal.report.export.AnnualPdf;
import org.nstac.portal.report.export.ReportLines;

/**
 * The council's annual report. Drafts are the council's and the secretariat's (404 for anyone else); a published
 * report may be read by every signed-in caller here, and by anyone on the public page {@code /annual-report?year=}.
 */
@Tag(name = "Reports")
@Path("annual-reports")
@Produces(MediaType.APPLICATION_JSON)
public class AnnualReportResource {

    private static final String SUPPRESSION = " A figure that describes fewer than 3 members is null, and its place is "
            + "listed in `suppressed` (for example `members.paused`, `answers.NOTED`, `meetingsByKind.HEARING`, "
            + "`payments.TASK_HOUR.RSD`, `endorsements.dissented`); pages, PDF and CSV show it as \"fewer than 3\" "
            + "(`fewerThan`: 3). A total is hidden too when exactly one of its parts is. No member is named anywhere "
            + "in the report.";

    public record AnnualReportForewordInput(String text) {
    }

    public record AnnualReportStanceInput(Boolean endorse, String reason) {
    }

    @Inject
    AnnualReports reports;

    @Context
    HttpHeaders headers;

    @POST
    @Path("{year}")
    @Operation(operationId = "draftAnnualReport",
            summary = "Draft the year's report from the portal's data, or redraft the figures of a draft (the "
            + "foreword and stances stay); refused for a future year and once published",
            description = "Who may call it: The secretariat." + SUPPRESSION)
    @APIResponse(responseCode = "201", description = "Drafted: a new draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AnnualReportJson.AnnualReport.class)))
    @APIResponse(responseCode = "200", description = "Redrafted: the figures of the draft are worked out again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AnnualReportJson.AnnualReport.class)))
    public Response draft(@PathParam("year") int year) {
        boolean created = reports.draft(year);
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK)
                .entity(AnnualReportJson.of(reports.view(year))).build();
    }

    @GET
    @Path("{year}")
    @Operation(operationId = "getAnnualReport",
            summary = "The year's report: figures, foreword, endorsements; a draft for the council and the "
            + "secretariat, a published report for everyone",
            description = "Who may call it: Council members, the chair and the secretariat (drafts and published "
            + "reports); anyone else signed in, once published." + SUPPRESSION)
    public AnnualReportJson.AnnualReport get(@PathParam("year") int year) {
        return AnnualReportJson.of(reports.view(year));
    }

    @PUT
    @Path("{year}/foreword")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "writeAnnualReportForeword",
            summary = "Write or rewrite the foreword of a draft (20 to 10,000 characters)",
            description = "Who may call it: The chair, while the report is a draft.")
    public AnnualReportJson.AnnualReport foreword(@PathParam("year") int year, AnnualReportForewordInput input) {
        reports.writeForeword(year, input == null ? null : input.text());
        return AnnualReportJson.of(reports.view(year));
    }

    @POST
    @Path("{year}/stances")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordAnnualReportStance",
            summary = "Endorse the draft report, or record a dissent with a short reason (up to 500 characters); "
            + "taking a stance again replaces it. Stances are counted in the report, never named",
            description = "Who may call it: A council member with consent to council work, while the report is a "
            + "draft.")
    public AnnualReportJson.AnnualReport stance(@PathParam("year") int year, AnnualReportStanceInput input) {
        reports.stance(year, input != null && Boolean.TRUE.equals(input.endorse()),
                input == null ? null : input.reason());
        return AnnualReportJson.of(reports.view(year));
    }

    @POST
    @Path("{year}/publication")
    @Operation(operationId = "publishAnnualReport",
            summary = "Publish the report: it becomes public and changes no more; refused without the chair's "
            + "foreword (report.publication.noForeword)",
            description = "Who may call it: The secretariat.")
    public AnnualReportJson.AnnualReport publish(@PathParam("year") int year) {
        reports.publish(year);
        return AnnualReportJson.of(reports.view(year));
    }

    @GET
    @Path("{year}/report.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "downloadAnnualReportPdf",
            summary = "The report as PDF, in the caller's language (Accept-Language)",
            description = "Who may call it: As for getAnnualReport." + SUPPRESSION)
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("year") int year) {
        Locale locale = locale();
        ReportLines.Shown shown = ReportLines.of(reports.view(year), locale);
        StreamingOutput body = out -> AnnualPdf.write(shown, locale, out);
        return Response.ok(body, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"annual-report-" + year + ".pdf\"").build();
    }

    @GET
    @Path("{year}/report.csv")
    @Produces("text/csv")
    @Operation(operationId = "downloadAnnualReportCsv",
            summary = "The report's figures as CSV (section, figure, value), in the caller's language; cells that "
            + "could start a formula are neutralised",
            description = "Who may call it: As for getAnnualReport." + SUPPRESSION)
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response csv(@PathParam("year") int year) {
        Locale locale = locale();
        ReportLines.Shown shown = ReportLines.of(reports.view(year), locale);
        StreamingOutput body = out -> AnnualCsv.write(shown, locale, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"annual-report-" + year + ".csv\"").build();
    }

    private Locale locale() {
        return Languages.negotiate(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
