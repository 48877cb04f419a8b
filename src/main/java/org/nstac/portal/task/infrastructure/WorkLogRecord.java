package org.nstac.portal.task.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Hours a member worked on a task on one day, with a short note about the work. Never changed once logged. */
@Entity
@Table(name = "work_log")
public class WorkLogRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "offer_id", nullable = false, updatable = false)
    private Long offerId;

    @Column(name = "work_date", nullable = false, updatable = false)
    private LocalDate workDate;

    @Column(nullable = false, updatable = false)
    private BigDecimal hours;

    @Column(updatable = false)
    private String note;

    @Column(name = "logged_at", nullable = false, updatable = false)
    private Instant loggedAt;

    protected WorkLogRecord() {
        // for JPA
    }

    public WorkLogRecord(Long offerId, LocalDate workDate, BigDecimal hours, String note, Instant loggedAt) {
        this.offerId = offerId;
        this.workDate = workDate;
        this.hours = hours;
        this.note = note;
        this.loggedAt = loggedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getOfferId() {
        return offerId;
    }

    public LocalDate getWorkDate() {
        return workDate;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public String getNote() {
        return note;
    }
}
