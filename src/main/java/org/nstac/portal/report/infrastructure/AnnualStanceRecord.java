package org.nstac.portal.report.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A member's endorsement of, or dissent from, a year's report (a dissent with a short reason), by opaque reference. */
@Entity
@Table(name = "annual_report_stance")
@IdClass(AnnualStanceRecord.Key.class)
public class AnnualStanceRecord {

    /** One stance per member and year. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Integer year;
        private String memberRef;

        public Key() {
            // for JPA
        }

        public Key(Integer year, String memberRef) {
            this.year = year;
            this.memberRef = memberRef;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(year, key.year)
                    && Objects.equals(memberRef, key.memberRef);
        }

        @Override
        public int hashCode() {
            return Objects.hash(year, memberRef);
        }
    }

    @Id
    @Column(name = "report_year")
    private Integer year;

    @Id
    @Column(name = "member_ref")
    private String memberRef;

    @Column(nullable = false)
    private boolean endorsed;

    private String reason;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected AnnualStanceRecord() {
        // for JPA
    }

    public AnnualStanceRecord(int year, String memberRef) {
        this.year = year;
        this.memberRef = memberRef;
    }

    public void take(boolean endorse, String why, Instant at) {
        this.endorsed = endorse;
        this.reason = endorse ? null : why;
        this.recordedAt = at;
    }

    public String getMemberRef() {
        return memberRef;
    }

    public boolean isEndorsed() {
        return endorsed;
    }

    public String getReason() {
        return reason;
    }
}
