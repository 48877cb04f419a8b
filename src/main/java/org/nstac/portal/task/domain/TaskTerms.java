package org.nstac.portal.task.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.member.domain.MemberProfile.OfferedRole;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * What the secretariat states about a paid task before anyone is offered it: how long it should take, how and how
 * much it pays, by when, whether it is in public or in front of media, which roles it needs and which topics it
 * touches.
 *
 * <p>Why all of it up front: a member decides whether to accept from these terms alone, and {@link Eligibility}
 * decides from them whom the task may be offered to at all. A task that touches a topic a member avoids, needs a
 * role they do not offer, or puts them in front of a camera they have not agreed to must never reach them, so the
 * flags and sets here are what those checks read. Pay is stated before the work as a quantity of a rate-card line (see
 * {@link PayBasis}), in the card's currency, so that it cannot be haggled down afterwards; the only amount typed here is
 * one agreed <em>above</em> the card, and it needs its written reason (the ledger refuses one below the card).
 *
 * <p>The constructor checks what is true of the terms at any time; {@link #checkedOn(LocalDate, Set)} adds what must
 * hold on the day they are set (the deadline not already past, topics from today's content-note vocabulary). A task
 * read back after its deadline is still the same task, so the constructor does not look at the calendar.
 *
 * @param estimatedHours the secretariat's estimate, more than 0 and at most 400 hours, with at
 *                       most two decimals; stored with exactly two
 * @param payBasis       how the rate is counted
 * @param rate           an amount per unit agreed above the card's, more than 0 and at most 1,000,000, with at
 *                       most two decimals (stored with exactly two); {@code null} for the card's rate of the work day
 * @param rateReason     why the task pays above the card; dropped without a rate
 * @param currency       {@code RSD} or {@code EUR}: the card's currency for the task's activity
 * @param deadline       the last day for the work
 * @param publicFacing   whether the member appears in public (an event, a panel, a training open to outsiders)
 * @param mediaPresent   whether photographers or cameras may be there
 * @param rolesNeeded    the roles the member must offer, all of them; empty when any member may do it
 * @param topics         codes from the content-note vocabulary that the task touches; empty when none
 */
public record TaskTerms(BigDecimal estimatedHours, PayBasis payBasis, BigDecimal rate, String rateReason,
        String currency,
        LocalDate deadline, boolean publicFacing, boolean mediaPresent, Set<OfferedRole> rolesNeeded,
        Set<String> topics) {

    public static final String HOURS_INVALID = "task.hours.invalid";
    public static final String PAY_BASIS_REQUIRED = "task.payBasis.required";
    public static final String RATE_INVALID = "task.rate.invalid";
    public static final String RATE_REASON_REQUIRED = "task.rate.reasonRequired";
    public static final String RATE_REASON_TOO_LONG = "task.rate.reasonTooLong";
    public static final int MAX_RATE_REASON = 500;
    public static final String CURRENCY_UNKNOWN = "task.currency.unknown";
    public static final String DEADLINE_REQUIRED = "task.deadline.required";
    public static final String DEADLINE_PAST = "task.deadline.past";
    public static final String TOPIC_UNKNOWN = "task.topic.unknown";

    /**
     * Ten weeks of full-time work: more is not a task but a job, and an estimate above it is almost always a typing
     * error that would make the task look unpaid per hour.
     */
    public static final BigDecimal MAX_HOURS = new BigDecimal("400");

    /** A ceiling against typing errors (an extra zero or two), far above any rate on the council's rate card. */
    public static final BigDecimal MAX_RATE = new BigDecimal("1000000");

    /** The council pays in dinars or euros; nothing else can be paid out or compared fairly. */
    public static final Set<String> CURRENCIES = Set.of("RSD", "EUR");

    /**
     * @throws DomainRuleViolation {@value #HOURS_INVALID}, with {@link #MAX_HOURS} as argument, for missing, zero,
     *                             negative, too many or too finely divided hours; {@value #PAY_BASIS_REQUIRED}
     *                             without a pay basis; {@value #RATE_INVALID}, with {@link #MAX_RATE} as argument,
     *                             for a zero, negative, too high or sub-cent agreed rate;
     *                             {@value #RATE_REASON_TOO_LONG} for a reason over {@value #MAX_RATE_REASON}
     *                             characters (whether a rate above the card has its reason is the caller's check,
     *                             {@value #RATE_REASON_REQUIRED}: only the caller knows the card);
     *                             {@value #CURRENCY_UNKNOWN}
     *                             for anything but {@code RSD} or {@code EUR}; {@value #DEADLINE_REQUIRED} without a
     *                             deadline; {@value #TOPIC_UNKNOWN} for a blank topic code
     */
    public TaskTerms {
        if (!Decimals.positiveAtMost(estimatedHours, MAX_HOURS)) {
            throw new DomainRuleViolation(HOURS_INVALID, MAX_HOURS);
        }
        if (payBasis == null) {
            throw new DomainRuleViolation(PAY_BASIS_REQUIRED);
        }
        if (rate != null && !Decimals.positiveAtMost(rate, MAX_RATE)) {
            throw new DomainRuleViolation(RATE_INVALID, MAX_RATE);
        }
        if (rate == null || rateReason == null || rateReason.isBlank()) {
            rateReason = null;
        } else if (rateReason.strip().length() > MAX_RATE_REASON) {
            throw new DomainRuleViolation(RATE_REASON_TOO_LONG, MAX_RATE_REASON);
        } else {
            rateReason = rateReason.strip();
        }
        if (currency == null || !CURRENCIES.contains(currency)) {
            throw new DomainRuleViolation(CURRENCY_UNKNOWN);
        }
        if (deadline == null) {
            throw new DomainRuleViolation(DEADLINE_REQUIRED);
        }
        estimatedHours = Decimals.scaled(estimatedHours);
        rate = rate == null ? null : Decimals.scaled(rate);
        rolesNeeded = rolesNeeded == null || rolesNeeded.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(OfferedRole.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(rolesNeeded));
        Set<String> codes = new TreeSet<>();
        if (topics != null) {
            for (String topic : topics) {
                if (topic == null || topic.isBlank()) {
                    throw new DomainRuleViolation(TOPIC_UNKNOWN);
                }
                codes.add(topic);
            }
        }
        topics = Collections.unmodifiableSet(codes);
    }

    /**
     * Checks what must hold on the day the secretariat sets or changes the terms, and returns them, so the caller
     * writes {@code terms = new TaskTerms(...).checkedOn(today, vocabulary)}.
     *
     * <p>Why the vocabulary: a topic code with a typing error would match no member's avoided topics, and the task
     * would then be offered to exactly the members who asked not to meet that topic.
     *
     * @param today       the secretariat's today
     * @param knownTopics the codes of the content-note vocabulary
     * @throws DomainRuleViolation {@value #DEADLINE_PAST} for a deadline before today (today itself is allowed);
     *                             {@value #TOPIC_UNKNOWN} for a topic not in the vocabulary
     */
    public TaskTerms checkedOn(LocalDate today, Set<String> knownTopics) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(knownTopics, "knownTopics");
        if (deadline.isBefore(today)) {
            throw new DomainRuleViolation(DEADLINE_PAST);
        }
        if (!knownTopics.containsAll(topics)) {
            throw new DomainRuleViolation(TOPIC_UNKNOWN);
        }
        return this;
    }

    /**
     * The consents a member must currently hold to be offered this task: council work always, appearing in public
     * when the task is public-facing, photographs when media are present. Mirrors
     * {@link org.nstac.portal.member.domain.MemberProfile#consentsNeeded}: the terms never invite what the member
     * has not agreed to.
     */
    public Set<ConsentPurpose> consentsNeeded() {
        Set<ConsentPurpose> needed = EnumSet.of(ConsentPurpose.COUNCIL_WORK);
        if (publicFacing) {
            needed.add(ConsentPurpose.PUBLIC_APPEARANCE);
        }
        if (mediaPresent) {
            needed.add(ConsentPurpose.PHOTOGRAPHS);
        }
        return Collections.unmodifiableSet(needed);
    }
}
