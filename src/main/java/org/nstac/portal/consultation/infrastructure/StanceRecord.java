package org.nstac.portal.consultation.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A member's endorsement of, or dissent from, the council position (with a short reason for a dissent). */
@Entity
@Table(name = "position_stance")
@IdClass(StanceRecord.Key.class)
public class StanceRecord {

    /** The composite key: one stance per member and position. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long consultationId;
        private String memberRef;

        public Key() {
            // for JPA
        }

        public Key(Long consultationId, String memberRef) {
            this.consultationId = consultationId;
            this.memberRef = memberRef;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(consultationId, key.consultationId)
                    && java.util.Objects.equals(memberRef, key.memberRef);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(consultationId, memberRef);
        }
    }

    @Id
    @Column(name = "consultation_id")
    private Long consultationId;

    @Id
    @Column(name = "member_ref")
    private String memberRef;

    @Column(nullable = false)
    private boolean endorsed;

    private String reason;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected StanceRecord() {
        // for JPA
    }

    public StanceRecord(Long consultationId, String memberRef) {
        this.consultationId = consultationId;
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
