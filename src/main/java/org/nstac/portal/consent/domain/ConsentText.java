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

    public ConsentPurpose getPurpose() {
        return purpose;
    }

    public int getVersion() {
        return version;
    }

    public String textIn(Locale locale) {
        return "sr".equals(locale.getLanguage()) ? textSr : textEn;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
