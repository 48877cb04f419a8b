package org.nstac.portal.consent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/** One published version of a purpose's consent text, in both working languages. Never edited once published. */
@Entity
@Table(name = "consent_text")
public class ConsentText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private ConsentPurpose purpose;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(name = "text_en", nullable = false, updatable = false, length = 4000)
    private String textEn;

    @Column(name = "text_sr", nullable = false, updatable = false, length = 4000)
    private String textSr;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, updatable = false, length = 60)
    private String publishedBy;

    protected ConsentText() {
        // for JPA
    }

    /** The next version of a purpose's text; both languages are required, and nothing published is ever edited. */
    public ConsentText(ConsentPurpose purpose, int version, String english, String serbian, Instant at, String by) {
        this.purpose = java.util.Objects.requireNonNull(purpose);
        this.version = version;
        this.textEn = requireText(english);
        this.textSr = requireText(serbian);
        this.publishedAt = at;
        this.publishedBy = by;
    }

    private static String requireText(String text) {
        if (text == null || text.strip().length() < 20 || text.strip().length() > 4000) {
            throw new org.nstac.portal.shared.DomainRuleViolation("consent.text.invalid", 20, 4000);
        }
        return text.strip();
    }
    public ConsentPurpose getPurpose() {
        return purpose;
    }

    public int getVersion() {
        return version;
    }

    public String textIn(Locale locale) {
        return "sr".equals(locale.getLanguage()) ? textSr : textEn;
    }

    public String getTextEn() {
        return textEn;
    }

    public String getTextSr() {
        return textSr;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
