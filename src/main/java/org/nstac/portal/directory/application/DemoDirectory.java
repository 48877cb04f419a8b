package org.nstac.portal.directory.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nstac.portal.directory.domain.EntryDetails;
import org.nstac.portal.shared.CouncilClock;

/**
 * Demo entries for the directory (dev and test only, with {@code portal.demo-data=true}): six organisations that do
 * not exist, named "(fictional)", with numbers in the unassigned {@code +381 11 000 ...} range, {@code example.org}
 * sites and addresses, so that nobody mistakes them for real help. One was last checked eight months ago, so the
 * stale mark and the secretariat's count show on a fresh run. Seeded once: a run that finds the first of them
 * already listed changes nothing.
 */
@Singleton
@Startup
@DependsOn("AuditStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoDirectory {

    static final String FIRST = "Demo legal aid centre (fictional)";
    private static final String SECRETARIAT = "secretariat";

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    Directory directory;

    @Inject
    CouncilClock clock;

    @PostConstruct
    void seed() {
        if (!demoData || directory.hasListed(FIRST)) {
            return;
        }
        LocalDate today = clock.today();
        entry(FIRST, List.of("LEGAL"), List.of("sr", "en", "rom"), "Belgrade", "+381 11 000 0001",
                "legal@demo-directory.example.org", "https://legal.demo-directory.example.org/",
                "Mon–Fri 09:00–17:00",
                "Free legal advice on residence, compensation and unpaid wages. A fictional entry for the demo.",
                "Besplatni pravni savet o boravku, naknadi štete i neisplaćenim zaradama. Izmišljen unos za demo.",
                today.minusDays(10));
        entry("Demo safe house (fictional)", List.of("SHELTER", "PSYCHOSOCIAL"), List.of("sr", "en", "uk"),
                "Novi Sad", "+381 11 000 0002", null, "https://shelter.demo-directory.example.org/",
                "Open day and night",
                "Safe accommodation and someone to talk to, day and night. A fictional entry for the demo.",
                "Bezbedan smeštaj i neko za razgovor, danju i noću. Izmišljen unos za demo.",
                today.minusMonths(1));
        entry("Demo health clinic (fictional)", List.of("HEALTH"), List.of("sr", "hu", "ro"), "Subotica",
                "+381 11 000 0003", "clinic@demo-directory.example.org", null, "Mon–Sat 08:00–14:00",
                "Medical care without questions about papers. A fictional entry for the demo.",
                "Medicinska pomoć bez pitanja o dokumentima. Izmišljen unos za demo.", today.minusMonths(2));
        entry("Demo counselling line (fictional)", List.of("PSYCHOSOCIAL"), List.of("sr", "en", "ar", "fa"),
                "Belgrade", "+381 11 000 0004", null, "https://counselling.demo-directory.example.org/",
                "Every day 10:00–22:00",
                "Counselling by phone or in person, in several languages. A fictional entry for the demo. "
                        + "Not checked for months: it shows how a stale entry looks.",
                "Savetovanje telefonom ili uživo, na više jezika. Izmišljen unos za demo. "
                        + "Nije proveren mesecima: pokazuje kako izgleda zastareo unos.",
                today.minusMonths(8));
        entry("Demo job centre (fictional)", List.of("EMPLOYMENT"), List.of("sr", "sq"), "Niš",
                "+381 11 000 0005", "jobs@demo-directory.example.org", null, null,
                "Training, job search and help with a first contract. A fictional entry for the demo.",
                "Obuke, traženje posla i pomoć oko prvog ugovora. Izmišljen unos za demo.", today.minusMonths(3));
        entry("Demo workers' union desk (fictional)", List.of("UNION", "LEGAL"), List.of("sr", "en"), "Belgrade",
                "+381 11 000 0006", "desk@demo-directory.example.org", "https://union.demo-directory.example.org/",
                "Tue and Thu 12:00–18:00",
                "Rights at work and unpaid wages, with or without union membership. A fictional entry for the demo.",
                "Prava na radu i neisplaćene zarade, uz članstvo u sindikatu ili bez njega. Izmišljen unos za demo.",
                today.minusWeeks(2));
    }

    @SuppressWarnings("java:S107") // one entry: every field is given here
    private void entry(String organisation, List<String> services, List<String> languages, String area, String phone,
            String email, String website, String hours, String en, String sr, LocalDate checkedOn) {
        directory.seedDemo(EntryDetails.check(new EntryDetails.Draft(organisation, services, languages, area, phone,
                email, website, hours, en, sr)), checkedOn, SECRETARIAT);
    }
}
