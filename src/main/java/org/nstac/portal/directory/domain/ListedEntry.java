package org.nstac.portal.directory.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry as pages and the API show it: its details, the day the secretariat last confirmed them, and whether that
 * was too long ago ({@link Freshness}).
 */
public record ListedEntry(long id, EntryDetails details, LocalDate lastChecked, boolean stale)
        implements java.io.Serializable {

    /** The services in the list's own order (as the filter shows them). */
    public List<Service> services() {
        return details.services().stream().sorted().toList();
    }

    /** The languages in the vocabulary's order. */
    public List<SpokenLanguage> languages() {
        return details.languages().stream().sorted().toList();
    }

    public String organisation() {
        return details.organisation();
    }

    public String area() {
        return details.area();
    }

    public String phone() {
        return details.phone();
    }

    public String email() {
        return details.email();
    }

    public String website() {
        return details.website();
    }

    public String hours() {
        return details.hours();
    }

    /** The link a page may put behind the phone number ({@code tel:}), or none. */
    public String phoneHref() {
        return EntryLinks.phoneHref(details.phone());
    }

    /** The link a page may put behind the e-mail address ({@code mailto:}), or none. */
    public String emailHref() {
        return EntryLinks.emailHref(details.email());
    }

    /** The link a page may put behind the website ({@code http(s)} only), or none. */
    public String websiteHref() {
        return EntryLinks.websiteHref(details.website());
    }
}
