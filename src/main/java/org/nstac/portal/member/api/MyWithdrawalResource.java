package org.nstac.portal.member.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nstac.portal.member.application.CurrentMember;
import org.nstac.portal.member.application.Withdrawal;
import org.nstac.portal.security.CurrentUser;

/** {@code POST /api/me/withdrawal}: leave the council for good; the identity is erased. */
@Tag(name = "Members")
@Path("me/withdrawal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyWithdrawalResource {

    /** The confirmation the person types: {@code {"confirm": "WITHDRAW"}}. */
    public record WithdrawalRequest(String confirm) {
    }

    @Inject
    CurrentMember current;

    @Inject
    Withdrawal withdrawal;

    @Inject
    CurrentUser user;

    @POST
    @Operation(operationId = "withdrawFromCouncil",
            summary = "Withdraw from the council (irreversible: the identity is erased)",
            description = "Who may call it: A member, for themselves.")
    public MemberResource.MemberView withdraw(WithdrawalRequest request) {
        var me = current.require();
        return MemberResource.MemberView.of(withdrawal.withdraw(me.getRef(),
                request == null ? null : request.confirm(), user.getName()));
    }
}
