package org.nstac.portal.consent.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nstac.portal.consent.application.Consents;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.shared.MemberContext;
import org.nstac.portal.platform.Languages;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.InputRules;

/** {@code /api/me/consents}: my consent per purpose, with the text in force and the history. */
@Tag(name = "Consent")
@Path("me/consents")
@Produces(MediaType.APPLICATION_JSON)
public class MyConsentsResource {

    /** A purpose as the member sees it. */
    public record ConsentView(String purpose, int textVersion, String text, boolean given, Integer givenVersion,
            boolean needsRenewal, List<HistoryView> history) {
    }

    /** One past decision. */
    public record HistoryView(boolean given, int textVersion, Instant at) {
    }

    /** A change: {@code {"given": true|false}}. */
    public record ConsentChange(
            @jakarta.validation.constraints.NotNull(message = "consent.given.required") Boolean given) {
    }

    @Inject
    Consents consents;

    @Inject
    MemberContext member;

    @Inject
    CurrentUser user;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listMyConsents",
            summary = "My consents, one per purpose",
            description = "Who may call it: A member, for themselves.")
    public List<ConsentView> mine() {
        return view(self());
    }

    @PUT
    @Path("{purpose}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeMyConsent",
            summary = "Give or withdraw my consent to one purpose (takes effect at once)",
            description = "Who may call it: A member, for themselves.")
    public ConsentView change(@PathParam("purpose") String purpose, ConsentChange change) {
        String me = self();
        ConsentPurpose target;
        try {
            target = ConsentPurpose.valueOf(purpose.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new NotFoundException();
        }
        if (change == null) {
            throw new DomainRuleViolation("consent.given.required");
        }
        InputRules.check(change);
        consents.record(me, target, change.given(), user.getName());
        return view(me).stream().filter(v -> v.purpose().equals(target.name())).findFirst().orElseThrow();
    }

    private List<ConsentView> view(String me) {
        Locale locale = Languages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return consents.standingOf(me, locale).stream()
                .map(s -> new ConsentView(s.purpose().name(), s.textVersion(), s.text(), s.given(), s.givenVersion(),
                        s.needsRenewal(), s.history().stream()
                                .map(r -> new HistoryView(r.isGiven(), r.getTextVersion(), r.getRecordedAt())).toList()))
                .toList();
    }

    private String self() {
        if (!user.hasRole(Role.MEMBER)) {
            throw new NotFoundException();
        }
        return member.ref().orElseThrow(NotFoundException::new);
    }
}
