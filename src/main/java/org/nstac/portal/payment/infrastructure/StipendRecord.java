package org.nstac.portal.payment.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.nstac.portal.payment.domain.Funder;
import org.nstac.portal.payment.domain.Money;
import org.nstac.portal.payment.domain.StipendRole;
import org.nstac.portal.shared.MemberRef;
import org.nstac.portal.shared.MemberRefConverter;

/** A monthly stipend for a standing role, from its first month to its last (open while {@code toMonth} is null). */
@Entity
@Table(name = "stipend")
public class StipendRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_ref", nullable = false, updatable = false)
    @Convert(converter = MemberRefConverter.class)
    private MemberRef memberRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private StipendRole role;

    @Column(name = "from_month", nullable = false, updatable = false)
    private LocalDate fromMonth;

    @Column(name = "to_month")
    private LocalDate toMonth;

    /** A monthly amount agreed above the card, with its currency; null (both columns) for the card's. */
    @Embedded
    private StoredMoney agreed;

    @Column(updatable = false)
    private String reason;

    @Column(nullable = false, updatable = false)
    private String funder;

    @Column(name = "funder_code", updatable = false)
    private String funderCode;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private int version;

    protected StipendRecord() {
        // for JPA
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    public StipendRecord(String memberRef, StipendRole role, LocalDate fromMonth, LocalDate toMonth, Money agreed,
            String reason, Funder funder, String createdBy, Instant createdAt) {
        this.memberRef = new MemberRef(Objects.requireNonNull(memberRef, "memberRef"));
        this.role = role;
        this.fromMonth = fromMonth;
        this.toMonth = toMonth;
        this.agreed = agreed == null ? null : new StoredMoney(agreed);
        this.reason = reason;
        this.funder = funder.kind().name();
        this.funderCode = funder.code();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Ends the stipend with the month of {@code lastMonth}; the days after {@code at} no longer count. */
    public void end(LocalDate lastMonth, String by, Instant at) {
        this.toMonth = lastMonth;
        this.endedBy = by;
        this.endedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getMemberRef() {
        return memberRef.value();
    }

    public StipendRole getRole() {
        return role;
    }

    public LocalDate getFromMonth() {
        return fromMonth;
    }

    public LocalDate getToMonth() {
        return toMonth;
    }

    /** The monthly amount agreed above the card, or null for the card's. */
    public Money getAgreed() {
        return agreed == null ? null : agreed.toMoney();
    }

    public String getReason() {
        return reason;
    }

    public Funder getFunder() {
        return new Funder(Funder.Kind.valueOf(funder), funderCode);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
