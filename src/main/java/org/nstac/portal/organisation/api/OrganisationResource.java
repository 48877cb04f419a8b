package org.nstac.portal.organisation.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.nstac.portal.organisation.application.Organisations;
import org.nstac.portal.organisation.domain.OrganisationKind;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * {@code /api/organisations}: the register of ministries, NGOs, unions and donors and the officials who act for each.
 * The administrator keeps it, the secretariat reads it; everyone else gets 404.
 */
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Organisations")
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    /** A new organisation: {@code {"code", "kind", "nameEn", "nameSr"}}. */
    public record OrganisationInput(String code, String kind, String nameEn, String nameSr) {
    }

    public record OrganisationView(long id, String code, String kind, String nameEn, String nameSr,
            List<String> officials) {
        static OrganisationView of(Organisations.Listed l) {
            var o = l.organisation();
            return new OrganisationView(o.getId(), o.getCode(), o.getKind().name(), o.getNameEn(), o.getNameSr(),
                    l.officials());
        }
    }

    @Inject
    Organisations organisations;

    @GET
    @Operation(operationId = "listOrganisations",
            description = "Who may call it: The administrator and the secretariat; others get 404.",
            summary = "The organisations with their officials' logins (administrator, secretariat)")
    public List<OrganisationView> list() {
        return organisations.listing().stream().map(OrganisationView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getOrganisation",
            description = "Who may call it: The administrator and the secretariat; others get 404.",
            summary = "One organisation with its officials' logins (administrator, secretariat)")
    public OrganisationView one(@PathParam("id") long id) {
        return OrganisationView.of(organisations.listed(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createOrganisation",
            description = "Who may call it: The administrator; others get 404.",
            summary = "Add an organisation: code (2-40 lower-case letters, digits, dashes), kind (MINISTRY, NGO, "
            + "UNION, DONOR, INTERNATIONAL), names in English and Serbian (administrator)")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "Created",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json",
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = OrganisationView.class)))
    public Response register(OrganisationInput input) {
        if (input == null) {
            throw new DomainRuleViolation("organisation.code.invalid");
        }
        var created = organisations.register(input.code(), kind(input.kind()), input.nameEn(), input.nameSr());
        return Response.status(Response.Status.CREATED).entity(OrganisationView.of(
                organisations.listed(created.getId()))).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "renameOrganisation",
            description = "Who may call it: The administrator; others get 404.",
            summary = "Rename an organisation in both languages (administrator)")
    public OrganisationView rename(@PathParam("id") long id, OrganisationInput input) {
        organisations.rename(id, input == null ? null : input.nameEn(), input == null ? null : input.nameSr());
        return OrganisationView.of(organisations.listed(id));
    }

    @PUT
    @Path("{id}/officials/{login}")
    @Operation(operationId = "linkOrganisationOfficial",
            description = "Who may call it: The administrator; others get 404.",
            summary = "Link an official's login to this organisation; an official acts for exactly one "
            + "organisation, so a login linked elsewhere moves here (administrator)")
    public OrganisationView link(@PathParam("id") long id, @PathParam("login") String login) {
        return OrganisationView.of(organisations.link(id, login));
    }

    @DELETE
    @Path("{id}/officials/{login}")
    @Operation(operationId = "unlinkOrganisationOfficial",
            description = "Who may call it: The administrator; others get 404.",
            summary = "Take an official's link to this organisation away (administrator)")
    public OrganisationView unlink(@PathParam("id") long id, @PathParam("login") String login) {
        return OrganisationView.of(organisations.unlink(id, login));
    }

    static OrganisationKind kind(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainRuleViolation("organisation.kind.required");
        }
        try {
            return OrganisationKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new DomainRuleViolation("organisation.kind.required");
        }
    }
}
