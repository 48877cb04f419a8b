package org.nstac.portal.terms.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * One published version of the engagement terms, in both working languages. Never edited once published: a change is
 * the next version, and every member accepts it again before their next offer or invitation.
 */
@Entity
@Table(name = "terms_version")
public class TermsVersion implements java.io.Serializable {

    /** The shortest text that can say role, pay, hours, stopping and support. */
    public static final int MIN_LENGTH = 200;
    public static final int MAX_LENGTH = 12_000;
    public static final String TEXT_TOO_SHORT = "terms.text.tooShort";
    public static final String TEXT_TOO_LONG = "terms.text.tooLong";
    public static final String VERSION_ORDER = "terms.version.order";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(name = "text_en", nullable = false, updatable = false, length = MAX_LENGTH)
    private String textEn;

    @Column(name = "text_sr", nullable = false, updatable = false, length = MAX_LENGTH)
    private String textSr;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, updatable = false, length = 60)
    private String publishedBy;

    protected TermsVersion() {
        // for JPA
    }

    /**
     * The version after {@code current}.
     *
     * @param current   the version in force (0 when there is none)
     * @param requested the version the administrator means to publish, or null for the next one
     * @throws DomainRuleViolation {@value #VERSION_ORDER} when {@code requested} is not the one after {@code current}
     *                             (with the expected number); {@value #TEXT_TOO_SHORT} or {@value #TEXT_TOO_LONG} for a
     *                             text outside the limits (with the limit)
     */
    public static TermsVersion next(int current, Integer requested, String english, String serbian, Instant at,
            String by) {
        int next = current + 1;
        if (requested != null && requested != next) {
            throw new DomainRuleViolation(VERSION_ORDER, next);
        }
        return new TermsVersion(next, english, serbian, at, by);
    }

    TermsVersion(int version, String english, String serbian, Instant at, String by) {
        this.version = version;
        this.textEn = requireText(english);
        this.textSr = requireText(serbian);
        this.publishedAt = Objects.requireNonNull(at, "at");
        this.publishedBy = Objects.requireNonNull(by, "by");
    }

    /** Line ends kept (the text is read as paragraphs), surrounding white space dropped. */
    static String requireText(String text) {
        String stripped = text == null ? "" : text.replace("\r\n", "\n").strip();
        if (stripped.length() < MIN_LENGTH) {
            throw new DomainRuleViolation(TEXT_TOO_SHORT, MIN_LENGTH);
        }
        if (stripped.length() > MAX_LENGTH) {
            throw new DomainRuleViolation(TEXT_TOO_LONG, MAX_LENGTH);
        }
        return stripped;
    }

    public int getVersion() {
        return version;
    }

    public String getTextEn() {
        return textEn;
    }

    public String getTextSr() {
        return textSr;
    }

    /** The text in the reader's language (Serbian for any Serbian locale, else English). */
    public String textIn(Locale locale) {
        return "sr".equals(locale.getLanguage()) ? textSr : textEn;
    }

    /** The text in the reader's language, one paragraph per item (blank lines separate paragraphs). */
    public java.util.List<String> paragraphsIn(Locale locale) {
        return java.util.Arrays.stream(textIn(locale).split("\\n\\s*\\n")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
