package org.nstac.portal.member.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * What a member offers (roles, topics, hours a month) and which topics they would rather not meet; editable at any
 * time. Later features offer tasks and show sections by it. It asks nothing about the person's lived experience.
 */
@Entity
@Table(name = "member_profile")
public class MemberProfile {

    /** The forms of involvement the research names. */
    public enum OfferedRole {
        CONSULTANT,
        ADVISOR,
        EDUCATOR,
        PUBLIC_ADVOCATE,
        PEER_SUPPORTER
    }

    /** How the member prefers to hear from the council. */
    public enum ContactChannel {
        PORTAL,
        EMAIL,
        PHONE,
        THROUGH_SECRETARIAT
    }

    /**
     * How the member's comments on consultations are signed unless they choose otherwise for one comment: by
     * pseudonym, as "A council member" towards the ministry, or internal to the council. The safer middle is the
     * default.
     */
    public enum CommentAttribution {
        PSEUDONYM,
        COUNCIL,
        INTERNAL
    }

    public static final int MAX_HOURS_PER_MONTH = 160;

    /**
     * The consents a profile presupposes: offering public advocacy means appearing in public, and choosing e-mail as
     * the way to be reached means agreeing to e-mail contact. Without them the profile would invite exactly what the
     * member has not agreed to, so it is refused until the consent is given (or the choice changed).
     */
    public static Set<ConsentPurpose> consentsNeeded(
            Set<OfferedRole> roles, ContactChannel channel) {
        var needed = EnumSet.noneOf(ConsentPurpose.class);
        if (roles != null && roles.contains(OfferedRole.PUBLIC_ADVOCATE)) {
            needed.add(ConsentPurpose.PUBLIC_APPEARANCE);
        }
        if (channel == ContactChannel.EMAIL) {
            needed.add(ConsentPurpose.EMAIL_CONTACT);
        }
        return needed;
    }

    @Id
    @Column(name = "member_ref")
    private String memberRef;

    @Column(name = "roles_offered", nullable = false)
    private String rolesOffered = "";

    @Column(nullable = false)
    private String topics = "";

    @Column(name = "avoided_topics", nullable = false)
    private String avoidedTopics = "";

    @Column(name = "hours_per_month", nullable = false)
    private int hoursPerMonth;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_channel", nullable = false)
    private ContactChannel contactChannel = ContactChannel.PORTAL;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_attribution", nullable = false)
    private CommentAttribution defaultAttribution = CommentAttribution.COUNCIL;

    @Version
    private int version;

    protected MemberProfile() {
        // for JPA
    }

    public MemberProfile(String memberRef) {
        this.memberRef = memberRef;
    }

    /** Replaces the profile; the known topic codes come from the content-note vocabulary. */
    public void update(Set<OfferedRole> roles, Set<String> interests, Set<String> avoided, int hours,
            ContactChannel channel, Set<String> knownTopics) {
        if (hours < 0 || hours > MAX_HOURS_PER_MONTH) {
            throw new DomainRuleViolation("member.profile.hours.invalid", MAX_HOURS_PER_MONTH);
        }
        if (!knownTopics.containsAll(interests) || !knownTopics.containsAll(avoided)) {
            throw new DomainRuleViolation("member.profile.topic.unknown");
        }
        if (channel == null) {
            throw new DomainRuleViolation("member.profile.channel.required");
        }
        this.rolesOffered = roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.topics = String.join(",", new TreeSet<>(interests));
        this.avoidedTopics = String.join(",", new TreeSet<>(avoided));
        this.hoursPerMonth = hours;
        this.contactChannel = channel;
    }

    public String getMemberRef() {
        return memberRef;
    }

    public Set<OfferedRole> getRolesOffered() {
        EnumSet<OfferedRole> roles = EnumSet.noneOf(OfferedRole.class);
        split(rolesOffered).forEach(r -> roles.add(OfferedRole.valueOf(r)));
        return roles;
    }

    public Set<String> getTopics() {
        return split(topics);
    }

    public Set<String> getAvoidedTopics() {
        return split(avoidedTopics);
    }

    public int getHoursPerMonth() {
        return hoursPerMonth;
    }

    public CommentAttribution getDefaultAttribution() {
        return defaultAttribution;
    }

    public void chooseDefaultAttribution(CommentAttribution attribution) {
        this.defaultAttribution = java.util.Objects.requireNonNull(attribution);
    }

    public ContactChannel getContactChannel() {
        return contactChannel;
    }

    private static Set<String> split(String list) {
        return list.isEmpty() ? new TreeSet<>() : new TreeSet<>(Arrays.asList(list.split(",")));
    }
}
