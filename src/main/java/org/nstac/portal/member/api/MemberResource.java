package org.nstac.portal.member.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nstac.portal.member.application.IdentityReveals;
import org.nstac.portal.member.application.MemberAdmission;
import org.nstac.portal.member.application.MemberPolicy;
import org.nstac.portal.member.application.Members;
import org.nstac.portal.member.application.Withdrawal;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.member.domain.MemberAction;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.vault.application.IdentityVault;

/** {@code /api/members}: admission, the list of pseudonyms, one member's record, and identity reveals. */
@Tag(name = "Members")
@Path("members")
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {

    /** An admission as the API takes it. */
    public record AdmissionRequest(String pseudonym, String legalName, String email, String phone, String iban,
            Boolean paidThroughPartner, String emergencyContact, String language, Boolean adult,
            Integer yearsSinceExploitation, String belowRuleReason, Readiness readiness) {

        @Override
        public String toString() {
            return "AdmissionRequest[hidden]";
        }
    }

    /** The independent professional's readiness assessment: date, organisation, outcome (READY / NOT_YET). */
    public record Readiness(LocalDate date, String organisation, String outcome) {
    }

    /** What a member's record shows: never the identity. */
    public record MemberView(String ref, String pseudonym, String status, LocalDate pausedUntil) {
        static MemberView of(Member m) {
            return new MemberView(m.getRef(), m.getPseudonym(), m.getStatus().name(), m.getPausedUntil());
        }
    }

    /** A reveal request: the custodian's reason, and optionally which fields (all when absent). */
    public record RevealRequest(String reason, List<String> fields) {
    }

    @Inject
    MemberAdmission admission;

    @Inject
    Members members;

    @Inject
    MemberPolicy policy;

    @Inject
    IdentityReveals reveals;

    @Inject
    CurrentUser user;

    @Inject
    Withdrawal withdrawal;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "admitMember",
            summary = "Admit a member (secretariat)",
            description = "Who may call it: The secretariat.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Admitted")))
    public Response admit(AdmissionRequest request) {
        policy.require(MemberAction.ADMIT);
        if (request == null) {
            throw new DomainRuleViolation("member.admission.legalNameRequired");
        }
        var readiness = request.readiness() == null ? new Readiness(null, null, null) : request.readiness();
        var admitted = admission.admit(new MemberAdmission.Application(request.pseudonym(), request.legalName(),
                request.email(), request.phone(), request.iban(), Boolean.TRUE.equals(request.paidThroughPartner()),
                request.emergencyContact(), request.language(), request.adult(), request.yearsSinceExploitation(),
                request.belowRuleReason(), readiness.date(), readiness.organisation(), readiness.outcome()),
                user.getName());
        return Response.status(Response.Status.CREATED).entity(admitted).build();
    }

    @GET
    @Operation(operationId = "listMembers",
            summary = "The members, by pseudonym only",
            description = "Who may call it: The secretariat, the identity custodian and the chair.")
    public List<MemberView> list() {
        return members.list().stream().map(MemberView::of).toList();
    }

    @GET
    @Path("{ref}")
    @Operation(operationId = "getMember",
            summary = "One member's record (never the identity)",
            description = "Who may call it: The secretariat, the identity custodian, and the member themselves.")
    public MemberView one(@PathParam("ref") String ref) {
        return MemberView.of(members.record(ref));
    }

    @POST
    @Path("{ref}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "withdrawMember",
            summary = "Withdraw a member at their request (secretariat; irreversible: the identity is erased)",
            description = "Who may call it: The secretariat, at the member's request.")
    public MemberView withdraw(@PathParam("ref") String ref, MyWithdrawalResource.WithdrawalRequest request) {
        return MemberView.of(withdrawal.withdraw(ref, request == null ? null : request.confirm(), user.getName()));
    }

    @POST
    @Path("{ref}/identity-reveals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "revealIdentity",
            summary = "Open a member's identity (identity custodian, with a reason, recently signed in)",
            description = "Who may call it: The identity custodian, with "
                    + "a reason, recently signed in with a second factor.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Identity")))
    public Response reveal(@PathParam("ref") String ref, RevealRequest request) {
        Member member = reveals.toReveal(ref);
        Set<IdentityVault.Field> fields = EnumSet.noneOf(IdentityVault.Field.class);
        if (request != null && request.fields() != null) {
            for (String field : request.fields()) {
                try {
                    fields.add(IdentityVault.Field.valueOf(field.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException unknown) {
                    throw new DomainRuleViolation("member.reveal.fieldUnknown");
                }
            }
        }
        Instant signedInAt = user.getSecondFactorAt().orElse(null);
        var identity = reveals.reveal(member, user.getName(), signedInAt, request == null ? null : request.reason(),
                fields);
        return Response.ok(identity).header("Cache-Control", "no-store").build();
    }
}
