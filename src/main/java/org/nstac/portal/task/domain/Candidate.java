package org.nstac.portal.task.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.member.domain.MemberProfile;
import org.nstac.portal.member.domain.MemberProfile.OfferedRole;
import org.nstac.portal.member.domain.Participation;
import org.nstac.portal.member.domain.Participation.Status;

/**
 * A member as {@link Eligibility} sees them on one day: whether they are taking part, what they offer, what they
 * would rather not meet, how many hours they have left this month and which consents hold today. Everything here is
 * the member's own choice; nothing asks about their lived experience.
 *
 * <p>Why a snapshot and not the member: eligibility is decided for today, so the caller passes the participation
 * status that holds today (a dated pause that has ended counts as active, see {@link Participation#statusOn}) and
 * only consents given against the current consent text. {@link #of} does that from the member's records.
 *
 * <p>The topics a member avoids may say something about what they went through, so {@link #toString()} prints only
 * how many there are: a candidate logged by mistake does not disclose them.
 *
 * @param memberRef               the member's reference (never a name)
 * @param statusToday             the participation status that holds today
 * @param rolesOffered            the roles the member offers
 * @param avoidedTopics           content-note codes the member chose not to meet
 * @param hoursPerMonth           the hours a month the member offers; 0 means none
 * @param hoursCommittedThisMonth hours of accepted tasks already counted against this month
 * @param validConsents           the consents that hold today
 */
public record Candidate(String memberRef, Status statusToday, Set<OfferedRole> rolesOffered,
        Set<String> avoidedTopics, int hoursPerMonth, BigDecimal hoursCommittedThisMonth,
        Set<ConsentPurpose> validConsents) {

    /** @throws IllegalArgumentException for a blank reference, or negative hours (the caller's error, not a rule) */
    public Candidate {
        if (memberRef == null || memberRef.isBlank()) {
            throw new IllegalArgumentException("A candidate needs a member reference");
        }
        Objects.requireNonNull(statusToday, "statusToday");
        if (hoursPerMonth < 0) {
            throw new IllegalArgumentException("Hours a month cannot be negative");
        }
        hoursCommittedThisMonth = hoursCommittedThisMonth == null ? BigDecimal.ZERO : hoursCommittedThisMonth;
        if (hoursCommittedThisMonth.signum() < 0) {
            throw new IllegalArgumentException("Committed hours cannot be negative");
        }
        rolesOffered = rolesOffered == null || rolesOffered.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(OfferedRole.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(rolesOffered));
        avoidedTopics = avoidedTopics == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(avoidedTopics));
        validConsents = validConsents == null || validConsents.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(ConsentPurpose.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(validConsents));
    }

    /**
     * The candidate a member is today, from their profile and participation.
     *
     * @param today                   the day the task would be offered
     * @param hoursCommittedThisMonth hours of accepted tasks already counted against this month
     * @param validConsents           consents given against the current text and not withdrawn
     */
    public static Candidate of(MemberProfile profile, Participation participation, LocalDate today,
            BigDecimal hoursCommittedThisMonth, Set<ConsentPurpose> validConsents) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(participation, "participation");
        return new Candidate(profile.getMemberRef(), participation.statusOn(today), profile.getRolesOffered(),
                profile.getAvoidedTopics(), profile.getHoursPerMonth(), hoursCommittedThisMonth, validConsents);
    }

    /** The hours the member still offers this month; never negative. */
    public BigDecimal hoursLeftThisMonth() {
        return BigDecimal.valueOf(hoursPerMonth).subtract(hoursCommittedThisMonth).max(BigDecimal.ZERO);
    }

    /** Without the avoided topics themselves: they can say more about a member than the member chose to tell. */
    @Override
    public String toString() {
        return "Candidate[" + memberRef + ", " + statusToday + ", roles=" + rolesOffered + ", "
                + avoidedTopics.size() + " avoided topics, " + hoursCommittedThisMonth + " of " + hoursPerMonth
                + " hours, consents=" + validConsents + "]";
    }
}
