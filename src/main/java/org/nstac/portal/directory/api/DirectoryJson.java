package org.nstac.portal.directory.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.nstac.portal.directory.domain.EntryDetails;
import org.nstac.portal.directory.domain.ListedEntry;
import org.nstac.portal.directory.domain.SpokenLanguage;

/** The directory's JSON: one shape for what is sent and what comes back (the contract of issue 19). */
public final class DirectoryJson {

    private DirectoryJson() {
    }

    /** The short description, in English and in Serbian. */
    public record Description(String en, String sr) {
    }

    /**
     * An entry as sent to {@code POST} and {@code PUT}: services by name ({@code LEGAL}, ...), languages by tag
     * ({@code sr}, {@code rom}, ...). Any {@code id}, {@code lastChecked} or {@code stale} sent along is ignored:
     * the portal keeps those.
     */
    public record Input(String organisation, List<String> services, List<String> languages, String area,
            String phone, String email, String website, String hours, Description description) {

        EntryDetails.Draft draft() {
            return new EntryDetails.Draft(organisation, services, languages, area, phone, email, website, hours,
                    description == null ? null : description.en(), description == null ? null : description.sr());
        }
    }

    /**
     * An entry as the API gives it; absent details are {@code null}. {@code lastChecked} is the council's day (ISO,
     * {@code 2026-12-21}); {@code stale} says it was more than six months ago.
     */
    @JsonbNillable
    @JsonbPropertyOrder({"id", "organisation", "services", "languages", "area", "phone", "email", "website", "hours",
        "description", "lastChecked", "stale"})
    public record Entry(long id, String organisation, List<String> services, List<String> languages, String area,
            String phone, String email, String website, String hours, Description description, String lastChecked,
            boolean stale) {

        static Entry of(ListedEntry e) {
            EntryDetails d = e.details();
            return new Entry(e.id(), d.organisation(), e.services().stream().map(Enum::name).toList(),
                    e.languages().stream().map(SpokenLanguage::tag).toList(), d.area(), d.phone(), d.email(),
                    d.website(), d.hours(), new Description(d.descriptionEn(), d.descriptionSr()),
                    e.lastChecked().toString(), e.stale());
        }
    }
}
