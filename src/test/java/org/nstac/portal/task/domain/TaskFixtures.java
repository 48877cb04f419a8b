package org.nstac.portal.task.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.member.domain.MemberProfile.OfferedRole;
import org.nstac.portal.member.domain.Participation.Status;

/** Ordinary terms and an ordinary eligible member, each test changing only what it is about. */
final class TaskFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final Set<String> VOCABULARY = Set.of("exploitation.labour", "exploitation.sexual", "court", "children");

    private TaskFixtures() {
    }

    /** A builder for terms: a 6-hour review at an agreed 2,500.00 RSD an hour, due in two weeks, private, no media. */
    static final class Terms {
        BigDecimal hours = new BigDecimal("6");
        PayBasis basis = PayBasis.HOURLY;
        BigDecimal rate = new BigDecimal("2500");
        String rateReason = "Legal drafting, as the ministry pays its own experts";
        String currency = "RSD";
        LocalDate deadline = TODAY.plusWeeks(2);
        boolean publicFacing;
        boolean mediaPresent;
        Set<OfferedRole> roles = EnumSet.noneOf(OfferedRole.class);
        Set<String> topics = Set.of();

        Terms hours(String value) {
            hours = value == null ? null : new BigDecimal(value);
            return this;
        }

        Terms rate(String value) {
            rate = value == null ? null : new BigDecimal(value);
            return this;
        }

        Terms reason(String value) {
            rateReason = value;
            return this;
        }

        Terms basis(PayBasis value) {
            basis = value;
            return this;
        }

        Terms currency(String value) {
            currency = value;
            return this;
        }

        Terms deadline(LocalDate value) {
            deadline = value;
            return this;
        }

        Terms publicFacing() {
            publicFacing = true;
            return this;
        }

        Terms mediaPresent() {
            mediaPresent = true;
            return this;
        }

        Terms roles(OfferedRole... values) {
            roles = values.length == 0 ? EnumSet.noneOf(OfferedRole.class) : EnumSet.of(values[0], values);
            return this;
        }

        Terms topics(String... values) {
            topics = Set.of(values);
            return this;
        }

        TaskTerms build() {
            return new TaskTerms(hours, basis, rate, rateReason, currency, deadline, publicFacing, mediaPresent, roles, topics);
        }
    }

    static Terms terms() {
        return new Terms();
    }

    /** A builder for an active member who offers every role, 20 hours a month, none used, with every consent. */
    static final class Member {
        String ref = "m-0001";
        Status status = Status.ACTIVE;
        Set<OfferedRole> roles = EnumSet.allOf(OfferedRole.class);
        Set<String> avoided = Set.of();
        int hoursPerMonth = 20;
        BigDecimal committed = BigDecimal.ZERO;
        Set<ConsentPurpose> consents = EnumSet.allOf(ConsentPurpose.class);

        Member ref(String value) {
            ref = value;
            return this;
        }

        Member status(Status value) {
            status = value;
            return this;
        }

        Member roles(OfferedRole... values) {
            roles = values.length == 0 ? EnumSet.noneOf(OfferedRole.class) : EnumSet.of(values[0], values);
            return this;
        }

        Member avoids(String... topics) {
            avoided = Set.of(topics);
            return this;
        }

        Member hours(int perMonth, String committedAlready) {
            hoursPerMonth = perMonth;
            committed = new BigDecimal(committedAlready);
            return this;
        }

        Member without(ConsentPurpose... purposes) {
            consents = EnumSet.allOf(ConsentPurpose.class);
            consents.removeAll(Set.of(purposes));
            return this;
        }

        Candidate build() {
            return new Candidate(ref, status, roles, avoided, hoursPerMonth, committed, consents);
        }
    }

    static Member member() {
        return new Member();
    }
}
