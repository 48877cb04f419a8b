package org.nstac.portal.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * A training, course or retraining the council offers members: what, by whom, when, in which language, how many
 * places, how many hours of it are paid time, and which content notes it carries (so that it is not offered to a
 * member who chose not to meet a topic). Nothing about a member is kept here.
 */
@Entity
@Table(name = "learning_opportunity")
public class LearningOpportunity implements java.io.Serializable {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 1000;
    public static final int MAX_PLACES = 500;
    public static final BigDecimal MAX_PAID_HOURS = new BigDecimal("200");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z]{2,4})?");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, length = MAX_TITLE)
    private String provider;

    @Column(nullable = false, length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(nullable = false, length = 10)
    private String language;

    @Column(nullable = false)
    private int places;

    @Column(name = "paid_hours", nullable = false, precision = 6, scale = 2)
    private BigDecimal paidHours;

    @Column(name = "content_notes", nullable = false, length = 1000)
    private String contentNotes;

    @Column(name = "role_prepared", length = 30)
    private String rolePrepared;

    @Column(name = "created_by", nullable = false, updatable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected LearningOpportunity() {
        // for JPA
    }

    /**
     * What the secretariat typed, checked.
     *
     * @param rolePrepared a role name the member may add once they complete it (checked by the caller against the
     *                     member feature's roles), or null
     * @throws DomainRuleViolation one key per broken rule ({@code learning.*}), with the limit where there is one
     */
    public LearningOpportunity(String title, String provider, String description, LocalDate start, LocalDate end,
            String language, Integer places, BigDecimal paidHours, Set<String> contentNotes, String rolePrepared,
            String by, Instant at) {
        this.title = required(title, "learning.title.required", "learning.title.tooLong", MAX_TITLE);
        this.provider = required(provider, "learning.provider.required", "learning.provider.tooLong", MAX_TITLE);
        String text = description == null ? "" : description.strip();
        if (text.length() > MAX_DESCRIPTION) {
            throw new DomainRuleViolation("learning.description.tooLong", MAX_DESCRIPTION);
        }
        this.description = text;
        if (start == null || end == null) {
            throw new DomainRuleViolation("learning.dates.required");
        }
        if (end.isBefore(start)) {
            throw new DomainRuleViolation("learning.dates.order");
        }
        this.startDate = start;
        this.endDate = end;
        String lang = language == null ? "" : language.strip();
        if (!LANGUAGE.matcher(lang).matches()) {
            throw new DomainRuleViolation("learning.language.invalid");
        }
        this.language = lang;
        if (places == null || places < 1 || places > MAX_PLACES) {
            throw new DomainRuleViolation("learning.places.invalid", MAX_PLACES);
        }
        this.places = places;
        BigDecimal hours = paidHours == null ? BigDecimal.ZERO : paidHours.stripTrailingZeros();
        if (hours.signum() < 0 || hours.compareTo(MAX_PAID_HOURS) > 0 || hours.scale() > 2) {
            throw new DomainRuleViolation("learning.paidHours.invalid", MAX_PAID_HOURS);
        }
        this.paidHours = hours.setScale(2);
        this.contentNotes = String.join(",", new LinkedHashSet<>(contentNotes == null ? Set.of() : contentNotes));
        if (this.contentNotes.length() > 1000) {
            throw new DomainRuleViolation("learning.contentNote.unknown");
        }
        this.rolePrepared = rolePrepared == null || rolePrepared.isBlank() ? null : rolePrepared.strip();
        this.createdBy = Objects.requireNonNull(by, "by");
        this.createdAt = Objects.requireNonNull(at, "at");
    }

    private static String required(String value, String missing, String tooLong, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new DomainRuleViolation(missing);
        }
        if (v.length() > max) {
            throw new DomainRuleViolation(tooLong, max);
        }
        return v;
    }

    /** Whether the time is paid: hours above 0. */
    public boolean isPaid() {
        return paidHours.signum() > 0;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getProvider() {
        return provider;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getLanguage() {
        return language;
    }

    public int getPlaces() {
        return places;
    }

    public BigDecimal getPaidHours() {
        return paidHours;
    }

    public Set<String> getContentNotes() {
        return contentNotes.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(contentNotes.split(",")));
    }

    public String getRolePrepared() {
        return rolePrepared;
    }
}
