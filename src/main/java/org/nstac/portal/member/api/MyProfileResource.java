package org.nstac.portal.member.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nstac.portal.member.application.CurrentMember;
import org.nstac.portal.member.application.Profiles;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.member.domain.MemberProfile;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.shared.DomainRuleViolation;

/** {@code /api/me/profile}: the member's own profile, editable at any time. */
@Tag(name = "Members")
@Path("me/profile")
public class MyProfileResource {

    /** A profile as the API shows and takes it. */
    public record ProfileView(List<String> rolesOffered, List<String> topics, List<String> avoidedTopics,
            Integer hoursPerMonth, String contactChannel, String defaultAttribution) {

        static ProfileView of(MemberProfile p) {
            return new ProfileView(p.getRolesOffered().stream().map(Enum::name).toList(), List.copyOf(p.getTopics()),
                    List.copyOf(p.getAvoidedTopics()), p.getHoursPerMonth(), p.getContactChannel().name(),
                    p.getDefaultAttribution().name());
        }
    }

    @Inject
    CurrentMember current;

    @Inject
    Profiles profiles;

    @Inject
    CurrentUser user;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getMyProfile",
            summary = "My profile",
            description = "Who may call it: A member, for themselves.")
    public ProfileView profile() {
        return ProfileView.of(profiles.of(self().getRef()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateMyProfile",
            summary = "Change my profile (roles offered, topics, topics to avoid, hours a month, contact channel)",
            description = "Who may call it: A member, for themselves.")
    public ProfileView update(ProfileView change) {
        Member me = self();
        if (change == null) {
            throw new DomainRuleViolation("member.profile.channel.required");
        }
        Set<MemberProfile.OfferedRole> roles = EnumSet.noneOf(MemberProfile.OfferedRole.class);
        MemberProfile.ContactChannel channel;
        try {
            for (String role : change.rolesOffered() == null ? List.<String>of() : change.rolesOffered()) {
                roles.add(MemberProfile.OfferedRole.valueOf(role.toUpperCase(Locale.ROOT)));
            }
            channel = change.contactChannel() == null ? null
                    : MemberProfile.ContactChannel.valueOf(change.contactChannel().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new DomainRuleViolation("member.profile.value.unknown");
        }
        MemberProfile.CommentAttribution attribution;
        try {
            attribution = change.defaultAttribution() == null ? null
                    : MemberProfile.CommentAttribution.valueOf(change.defaultAttribution().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new DomainRuleViolation("member.profile.value.unknown");
        }
        MemberProfile saved = profiles.update(me.getRef(), roles, set(change.topics()), set(change.avoidedTopics()),
                change.hoursPerMonth() == null ? 0 : change.hoursPerMonth(), channel, user.getName());
        if (attribution != null) {
            saved = profiles.chooseDefaultAttribution(me.getRef(), attribution, user.getName());
        }
        return ProfileView.of(saved);
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : new TreeSet<>(values);
    }

    private Member self() {
        return current.require();
    }
}
