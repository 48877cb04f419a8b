package org.nstac.portal.report.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * One year's report: the figures as drafted (a JSON snapshot, so a published report never moves), the chair's foreword,
 * and when it was published. A published report changes no more.
 */
@Entity
@Table(name = "annual_report")
public class AnnualReportRecord {

    public static final String PUBLISHED = "report.published";

    @Id
    @Column(name = "report_year")
    private Integer year;

    @Column(nullable = false)
    private String figures;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "drafted_by", nullable = false)
    private String draftedBy;

    private String foreword;

    @Column(name = "foreword_by")
    private String forewordBy;

    @Column(name = "foreword_at")
    private Instant forewordAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by")
    private String publishedBy;

    @Version
    private int version;

    protected AnnualReportRecord() {
        // for JPA
    }

    public AnnualReportRecord(int year) {
        this.year = year;
    }

    /** The figures drafted (again) from the portal's data; refused once published. */
    public void draft(String figuresJson, String by, Instant at) {
        requireDraft();
        this.figures = figuresJson;
        this.draftedBy = by;
        this.draftedAt = at;
    }

    public void writeForeword(String text, String by, Instant at) {
        requireDraft();
        this.foreword = text;
        this.forewordBy = by;
        this.forewordAt = at;
    }

    public void publish(String by, Instant at) {
        requireDraft();
        if (foreword == null) {
            throw new DomainRuleViolation("report.publication.noForeword");
        }
        this.publishedBy = by;
        this.publishedAt = at;
    }

    public void requireDraft() {
        if (isPublished()) {
            throw new DomainRuleViolation(PUBLISHED, String.valueOf(year));
        }
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public int getYear() {
        return year;
    }

    public String getFigures() {
        return figures;
    }

    public Instant getDraftedAt() {
        return draftedAt;
    }

    public String getForeword() {
        return foreword;
    }

    public Instant getForewordAt() {
        return forewordAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
