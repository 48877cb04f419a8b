package org.nstac.portal.directory.domain;

import java.text.Normalizer;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * What one directory entry says, checked: who (organisation), what (services), in which languages, where (area), how
 * to reach them (phone, e-mail, website, opening hours) and a short description in English and Serbian. Made only by
 * {@link #check(Draft)}, so an entry that exists is one a visitor can rely on the shape of.
 *
 * <p>Text is kept as typed, only tidied (surrounding space removed, Unicode NFC, control characters dropped, line
 * breaks kept only where a text may have several lines): it is data, shown escaped, never markup. The rules, in the
 * order a form shows its fields (the first broken one is reported, by its key, with the limit as argument, never the
 * value):
 * <ul>
 *   <li>organisation: required, at most {@value #MAX_ORGANISATION} characters;</li>
 *   <li>services: at least one, each one of {@link Service};</li>
 *   <li>languages: at least one, each a tag of {@link SpokenLanguage} (a visitor filters by language);</li>
 *   <li>area: required, at most {@value #MAX_AREA} characters;</li>
 *   <li>phone, e-mail, website: each optional, each in the one form {@link EntryLinks} accepts; at least one of the
 *       three, or nobody could reach the service;</li>
 *   <li>opening hours: optional, at most {@value #MAX_HOURS} characters;</li>
 *   <li>description in English and in Serbian: both required, each at most {@value #MAX_DESCRIPTION}
 *       characters.</li>
 * </ul>
 */
public record EntryDetails(String organisation, Set<Service> services, Set<SpokenLanguage> languages, String area,
        String phone, String email, String website, String hours, String descriptionEn, String descriptionSr)
        implements java.io.Serializable {

    public static final int MAX_ORGANISATION = 200;
    public static final int MAX_AREA = 100;
    public static final int MAX_HOURS = 300;
    public static final int MAX_DESCRIPTION = 1000;

    public static final String ORGANISATION_REQUIRED = "directory.organisation.required";
    public static final String ORGANISATION_TOO_LONG = "directory.organisation.tooLong";
    public static final String SERVICES_REQUIRED = "directory.services.required";
    public static final String LANGUAGES_REQUIRED = "directory.languages.required";
    public static final String AREA_REQUIRED = "directory.area.required";
    public static final String AREA_TOO_LONG = "directory.area.tooLong";
    public static final String PHONE_INVALID = "directory.phone.invalid";
    public static final String EMAIL_INVALID = "directory.email.invalid";
    public static final String WEBSITE_INVALID = "directory.website.invalid";
    public static final String CONTACT_REQUIRED = "directory.contact.required";
    public static final String HOURS_TOO_LONG = "directory.hours.tooLong";
    public static final String DESCRIPTION_EN_REQUIRED = "directory.description.en.required";
    public static final String DESCRIPTION_SR_REQUIRED = "directory.description.sr.required";
    public static final String DESCRIPTION_TOO_LONG = "directory.description.tooLong";

    /** Every key {@link #check(Draft)} can raise, for the bundle test. */
    public static final List<String> RULE_KEYS = List.of(ORGANISATION_REQUIRED, ORGANISATION_TOO_LONG,
            SERVICES_REQUIRED, Service.UNKNOWN, LANGUAGES_REQUIRED, SpokenLanguage.UNKNOWN, AREA_REQUIRED,
            AREA_TOO_LONG, PHONE_INVALID, EMAIL_INVALID, WEBSITE_INVALID, CONTACT_REQUIRED, HOURS_TOO_LONG,
            DESCRIPTION_EN_REQUIRED, DESCRIPTION_SR_REQUIRED, DESCRIPTION_TOO_LONG);

    /** An entry as a form or the API gives it: services by name, languages by tag, everything else as typed. */
    public record Draft(String organisation, Collection<String> services, Collection<String> languages, String area,
            String phone, String email, String website, String hours, String descriptionEn, String descriptionSr) {
    }

    public EntryDetails {
        services = Set.copyOf(services);
        languages = Set.copyOf(languages);
    }

    /**
     * The entry a draft describes, tidied.
     *
     * @throws DomainRuleViolation the first rule the draft breaks (see the class comment)
     */
    public static EntryDetails check(Draft d) {
        String organisation = required(line(d.organisation()), ORGANISATION_REQUIRED);
        limit(organisation, MAX_ORGANISATION, ORGANISATION_TOO_LONG);

        Set<Service> services = EnumSet.noneOf(Service.class);
        if (d.services() != null) {
            for (String name : d.services()) {
                services.add(Service.parse(name));
            }
        }
        if (services.isEmpty()) {
            throw new DomainRuleViolation(SERVICES_REQUIRED);
        }
        Set<SpokenLanguage> languages = EnumSet.noneOf(SpokenLanguage.class);
        if (d.languages() != null) {
            for (String tag : d.languages()) {
                languages.add(SpokenLanguage.fromTag(tag));
            }
        }
        if (languages.isEmpty()) {
            throw new DomainRuleViolation(LANGUAGES_REQUIRED);
        }

        String area = required(line(d.area()), AREA_REQUIRED);
        limit(area, MAX_AREA, AREA_TOO_LONG);

        String phone = line(d.phone());
        if (phone != null && !EntryLinks.isPhone(phone)) {
            throw new DomainRuleViolation(PHONE_INVALID);
        }
        String email = line(d.email());
        if (email != null && !EntryLinks.isEmail(email)) {
            throw new DomainRuleViolation(EMAIL_INVALID);
        }
        // The address exactly as typed (only the surrounding space removed): an address with anything else in it is
        // refused, never quietly repaired into another one.
        String website = d.website() == null || d.website().isBlank() ? null : d.website().strip();
        if (website != null && !EntryLinks.isWebAddress(website)) {
            throw new DomainRuleViolation(WEBSITE_INVALID);
        }
        if (phone == null && email == null && website == null) {
            throw new DomainRuleViolation(CONTACT_REQUIRED);
        }

        String hours = text(d.hours());
        limit(hours, MAX_HOURS, HOURS_TOO_LONG);
        String en = required(text(d.descriptionEn()), DESCRIPTION_EN_REQUIRED);
        limit(en, MAX_DESCRIPTION, DESCRIPTION_TOO_LONG);
        String sr = required(text(d.descriptionSr()), DESCRIPTION_SR_REQUIRED);
        limit(sr, MAX_DESCRIPTION, DESCRIPTION_TOO_LONG);
        return new EntryDetails(organisation, services, languages, area, phone, email, website, hours, en, sr);
    }

    /** The description in a language: Serbian for {@code sr}, English otherwise. */
    public String description(boolean serbian) {
        return serbian ? descriptionSr : descriptionEn;
    }

    private static String required(String value, String key) {
        if (value == null) {
            throw new DomainRuleViolation(key);
        }
        return value;
    }

    private static void limit(String value, int max, String key) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            throw new DomainRuleViolation(key, max);
        }
    }

    /** One line: every run of white space (line breaks too) becomes one space; control characters go. */
    static String line(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else if (!Character.isISOControl(c)) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.isEmpty() ? null : Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** A text of several lines: line breaks kept (as {@code \n}), other control characters dropped, ends trimmed. */
    static String text(String raw) {
        if (raw == null) {
            return null;
        }
        String unified = raw.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(unified.length());
        for (int i = 0; i < unified.length(); i++) {
            char c = unified.charAt(i);
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                out.append(c);
            }
        }
        String stripped = out.toString().strip();
        return stripped.isEmpty() ? null : Normalizer.normalize(stripped, Normalizer.Form.NFC);
    }
}
