package org.nstac.portal.directory.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The languages a service can be had in, as a small fixed vocabulary of language tags (BCP 47 / ISO 639): the
 * languages of Serbia and its neighbours, of its national minorities, and of the people who most often arrive from
 * elsewhere. A fixed list, rather than whatever the secretariat types, so that a visitor filtering by "Romani" finds
 * every service that speaks it, and so that each language has a name in both bundles ({@code SpokenLanguage.rom}).
 * Add a language here (and its names) when a service offers one that is missing.
 */
public enum SpokenLanguage {
    SR("sr"),
    EN("en"),
    HU("hu"),
    RO("ro"),
    /** Romani (ISO 639-2 {@code rom}: there is no two-letter tag). */
    ROM("rom"),
    SQ("sq"),
    MK("mk"),
    BG("bg"),
    UK("uk"),
    RU("ru"),
    TR("tr"),
    AR("ar"),
    FA("fa"),
    DE("de"),
    FR("fr");

    public static final String UNKNOWN = "directory.language.unknown";

    private final String tag;

    SpokenLanguage(String tag) {
        this.tag = tag;
    }

    /** The language tag as the API and the page's filter carry it, e.g. {@code rom}. */
    public String tag() {
        return tag;
    }

    /** Every tag, in the list's order, for the message that names them. */
    public static String allTags() {
        return Arrays.stream(values()).map(SpokenLanguage::tag).collect(Collectors.joining(", "));
    }

    /**
     * The language a form or the API names by its tag (any case, surrounding space ignored).
     *
     * @throws DomainRuleViolation {@value #UNKNOWN}, with the list of known tags as argument, for anything else
     */
    public static SpokenLanguage fromTag(String tag) {
        if (tag != null) {
            String wanted = tag.strip().toLowerCase(Locale.ROOT);
            for (SpokenLanguage language : values()) {
                if (language.tag.equals(wanted)) {
                    return language;
                }
            }
        }
        throw new DomainRuleViolation(UNKNOWN, allTags());
    }
}
