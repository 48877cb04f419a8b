package org.nstac.portal.member.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.nstac.portal.member.application.CurrentMember;
import org.nstac.portal.member.application.Profiles;
import org.nstac.portal.member.domain.MemberProfile;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.platform.LanguageBean;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The member's profile form: what they offer, what they would rather not meet. Editable at any time. The profile is
 * read when the view opens; the vocabulary once per view.
 */
@Named
@ViewScoped
public class MyProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentMember current;

    @Inject
    Profiles profiles;

    @Inject
    CurrentUser user;

    @Inject
    LanguageBean language;

    @Inject
    FacesMessages messages;

    private List<String> roles = new ArrayList<>();
    private List<String> topics = new ArrayList<>();
    private List<String> avoided = new ArrayList<>();
    private Integer hours = 0;
    private String channel = MemberProfile.ContactChannel.PORTAL.name();
    private String attribution = MemberProfile.CommentAttribution.COUNCIL.name();
    private transient Map<String, String> vocabulary;

    @PostConstruct
    void load() {
        current.member().ifPresent(me -> {
            MemberProfile p = profiles.of(me.getRef());
            roles = new ArrayList<>(p.getRolesOffered().stream().map(Enum::name).toList());
            topics = new ArrayList<>(p.getTopics());
            avoided = new ArrayList<>(p.getAvoidedTopics());
            hours = p.getHoursPerMonth();
            channel = p.getContactChannel().name();
            attribution = p.getDefaultAttribution().name();
        });
    }

    public void save() {
        current.member().ifPresent(me -> {
            try {
                EnumSet<MemberProfile.OfferedRole> offered = EnumSet.noneOf(MemberProfile.OfferedRole.class);
                roles.forEach(r -> offered.add(MemberProfile.OfferedRole.valueOf(r)));
                profiles.update(me.getRef(), offered, new TreeSet<>(topics), new TreeSet<>(avoided),
                        hours == null ? 0 : hours, MemberProfile.ContactChannel.valueOf(channel), user.getName());
                profiles.chooseDefaultAttribution(me.getRef(),
                        MemberProfile.CommentAttribution.valueOf(attribution), user.getName());
                messages.info("member.profile.saved");
            } catch (DomainRuleViolation violation) {
                messages.violation(violation);
            }
        });
    }

    public MemberProfile.CommentAttribution[] getAttributionChoices() {
        return MemberProfile.CommentAttribution.values();
    }

    public String getAttribution() {
        return attribution;
    }

    public void setAttribution(String attribution) {
        this.attribution = attribution;
    }

    public MemberProfile.OfferedRole[] getRoleChoices() {
        return MemberProfile.OfferedRole.values();
    }

    public MemberProfile.ContactChannel[] getChannelChoices() {
        return MemberProfile.ContactChannel.values();
    }

    /** The topics to choose from, in the reader's language: read once per view. */
    public Map<String, String> getVocabulary() {
        if (vocabulary == null) {
            vocabulary = profiles.vocabulary(language.getLocale().getLanguage());
        }
        return vocabulary;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public List<String> getTopics() {
        return topics;
    }

    public void setTopics(List<String> topics) {
        this.topics = topics;
    }

    public List<String> getAvoided() {
        return avoided;
    }

    public void setAvoided(List<String> avoided) {
        this.avoided = avoided;
    }

    public Integer getHours() {
        return hours;
    }

    public void setHours(Integer hours) {
        this.hours = hours;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }
}
