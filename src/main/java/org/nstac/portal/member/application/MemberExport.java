package org.nstac.portal.member.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;
import org.nstac.portal.consent.application.Consents;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.member.domain.MemberAction;
import org.nstac.portal.member.domain.MemberProfile;
import org.nstac.portal.vault.application.IdentityVault;

/**
 * "Download my data": everything the portal holds about a member, outside the vault in full; from the vault, which
 * fields it holds but not their values, so a downloaded file left on a shared device cannot expose the identity.
 * The custodian can confirm the values on request. Later features (comments, tasks, payments) add their sections.
 */
@ApplicationScoped
public class MemberExport {

    @jakarta.inject.Inject
    org.nstac.portal.shared.CouncilClock clock;

    @Inject
    Profiles profiles;

    @Inject
    Consents consents;

    @Inject
    IdentityReveals reveals;

    @Inject
    IdentityVault vault;

    @Inject
    MemberPolicy policy;

    /** Other features' parts of the file (learning's council record, ...), each under its own name. */
    @Inject
    jakarta.enterprise.inject.Instance<org.nstac.portal.shared.MemberDataSection> sections;

    /** @throws org.nstac.portal.shared.NotFound when the caller is not this member */
    @Transactional
    public JsonObject of(Member member, Locale locale) {
        policy.require(MemberAction.EXPORT, member.getRef());
        MemberProfile profile = profiles.of(member.getRef());
        JsonArrayBuilder consentList = Json.createArrayBuilder();
        consents.standingOf(member.getRef(), locale).forEach(s -> {
            JsonArrayBuilder history = Json.createArrayBuilder();
            s.history().forEach(r -> history.add(Json.createObjectBuilder().add("given", r.isGiven())
                    .add("textVersion", r.getTextVersion()).add("at", r.getRecordedAt().toString())));
            consentList.add(Json.createObjectBuilder().add("purpose", s.purpose().name()).add("given", s.given())
                    .add("textVersion", s.textVersion()).add("text", s.text()).add("history", history));
        });
        JsonArrayBuilder revealList = Json.createArrayBuilder();
        reveals.logOf(member.getRef()).forEach(r -> revealList.add(Json.createObjectBuilder()
                .add("at", r.getRevealedAt().toString()).add("custodian", r.getCustodian())
                .add("fields", r.getFields()).add("reason", r.getReason())));
        JsonArrayBuilder held = Json.createArrayBuilder();
        vault.fieldsHeld(member.getRef()).forEach(f -> held.add(f.name().toLowerCase(Locale.ROOT)));
        var file = Json.createObjectBuilder();
        for (org.nstac.portal.shared.MemberDataSection section : sections) {
            file.add(section.name(), section.of(member.getRef(), locale));
        }
        return file
                .add("exportedAt", clock.now().toString())
                .add("member", Json.createObjectBuilder()
                        .add("ref", member.getRef())
                        .add("pseudonym", member.getPseudonym())
                        .add("login", member.getLogin())
                        .add("status", member.getStatus().name())
                        .add("pausedUntil", member.getPausedUntil() == null ? "" : member.getPausedUntil().toString())
                        .add("preferredLanguage", member.getPreferredLanguage())
                        .add("admittedAt", member.getAdmittedAt().toString()))
                .add("profile", Json.createObjectBuilder()
                        .add("rolesOffered", Json.createArrayBuilder(profile.getRolesOffered().stream().map(Enum::name).toList()))
                        .add("topics", Json.createArrayBuilder(profile.getTopics()))
                        .add("avoidedTopics", Json.createArrayBuilder(profile.getAvoidedTopics()))
                        .add("hoursPerMonth", profile.getHoursPerMonth())
                        .add("contactChannel", profile.getContactChannel().name()))
                .add("eligibility", Json.createObjectBuilder()
                        .add("yearsSinceExploitation", member.getYearsSinceExploitation())
                        .add("belowRuleReason", vault.belowRuleReason(member.getRef()).orElse("")))
                .add("consents", consentList)
                .add("identityReveals", revealList)
                .add("identityVault", Json.createObjectBuilder()
                        .add("fieldsHeld", held)
                        .add("note", "Held encrypted in the identity vault; values are not included in this file. "
                                + "Ask the secretariat if you want the identity custodian to confirm them."))
                .build();
    }
}
