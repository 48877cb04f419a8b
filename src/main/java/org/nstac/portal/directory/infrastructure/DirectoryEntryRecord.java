package org.nstac.portal.directory.infrastructure;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.nstac.portal.directory.domain.EntryDetails;
import org.nstac.portal.directory.domain.Freshness;
import org.nstac.portal.directory.domain.ListedEntry;
import org.nstac.portal.directory.domain.Service;
import org.nstac.portal.directory.domain.SpokenLanguage;

/**
 * A directory entry as stored. Its details change only as a whole, checked ({@link #change}); "checked" moves only
 * forward to the day the secretariat confirmed them ({@link #markChecked}); removal keeps the row (for the audit
 * trail) and takes the entry off the page and the API for good ({@link #remove}).
 */
@Entity
@Table(name = "directory_entry")
public class DirectoryEntryRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String organisation;

    /** Service names ({@link Service}). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "directory_entry_service", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "service", nullable = false)
    private Set<String> services = new HashSet<>();

    /** Language tags ({@link SpokenLanguage#tag()}). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "directory_entry_language", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "language", nullable = false)
    private Set<String> languages = new HashSet<>();

    @Column(nullable = false)
    private String area;

    private String phone;

    private String email;

    private String website;

    private String hours;

    @Column(name = "description_en", nullable = false)
    private String descriptionEn;

    @Column(name = "description_sr", nullable = false)
    private String descriptionSr;

    @Column(name = "last_checked", nullable = false)
    private LocalDate lastChecked;

    @Column(name = "checked_by", nullable = false)
    private String checkedBy;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "removed_by")
    private String removedBy;

    @Version
    private int version;

    protected DirectoryEntryRecord() {
        // for JPA
    }

    /** A new entry, its details confirmed by {@code actor} on {@code checkedOn}. */
    public DirectoryEntryRecord(EntryDetails details, LocalDate checkedOn, String actor, Instant now) {
        this.createdBy = Objects.requireNonNull(actor, "actor");
        this.createdAt = now;
        this.lastChecked = Objects.requireNonNull(checkedOn, "checkedOn");
        this.checkedBy = actor;
        change(details, now);
    }

    /** Replaces the details as a whole. The last check stays: changing a detail is not confirming the others. */
    public final void change(EntryDetails details, Instant now) {
        this.organisation = details.organisation();
        this.services.clear();
        this.services.addAll(details.services().stream().map(Enum::name).toList());
        this.languages.clear();
        this.languages.addAll(details.languages().stream().map(SpokenLanguage::tag).toList());
        this.area = details.area();
        this.phone = details.phone();
        this.email = details.email();
        this.website = details.website();
        this.hours = details.hours();
        this.descriptionEn = details.descriptionEn();
        this.descriptionSr = details.descriptionSr();
        this.changedAt = now;
    }

    /** The secretariat confirmed the details on {@code today}; an earlier day never replaces a later one. */
    public void markChecked(LocalDate today, String actor) {
        if (!today.isBefore(lastChecked)) {
            this.lastChecked = today;
            this.checkedBy = actor;
        }
    }

    /** Takes the entry off the directory. */
    public void remove(String actor, Instant now) {
        if (removedAt == null) {
            this.removedAt = now;
            this.removedBy = actor;
        }
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getLastChecked() {
        return lastChecked;
    }

    /** The details as stored (checked when they were written). */
    public EntryDetails details() {
        Set<Service> byName = services.stream().map(Service::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Service.class)));
        Set<SpokenLanguage> byTag = languages.stream().map(SpokenLanguage::fromTag)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SpokenLanguage.class)));
        return new EntryDetails(organisation, byName, byTag, area, phone, email, website, hours, descriptionEn,
                descriptionSr);
    }

    /** The entry as pages and the API show it on {@code today}. */
    public ListedEntry listed(LocalDate today) {
        return new ListedEntry(id, details(), lastChecked, Freshness.isStale(lastChecked, today));
    }
}
