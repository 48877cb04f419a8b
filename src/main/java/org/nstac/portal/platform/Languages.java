package org.nstac.portal.platform;

import java.util.List;
import java.util.Locale;

/** The languages the council works in: English and Serbian (Latin script). */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SERBIAN_LATIN = Locale.forLanguageTag("sr-Latn");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, SERBIAN_LATIN);

    private Languages() {
    }

    /** The supported locale for a language tag such as {@code en} or {@code sr-Latn}, if it is one. */
    public static java.util.Optional<Locale> fromTag(String tag) {
        if (tag == null) {
            return java.util.Optional.empty();
        }
        return SUPPORTED.stream().filter(l -> l.toLanguageTag().equalsIgnoreCase(tag.trim())).findFirst();
    }

    /**
     * Picks the best supported locale for an Accept-Language header. Serbian in any script, and the closely related
     * Bosnian, Croatian and Montenegrin, are served Serbian Latin; everything else English.
     */
    public static Locale negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ENGLISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String lang = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                switch (lang) {
                    case "sr", "bs", "hr", "cnr", "sh" -> {
                        return SERBIAN_LATIN;
                    }
                    case "en" -> {
                        return ENGLISH;
                    }
                    default -> {
                        // try the next range
                    }
                }
            }
        } catch (IllegalArgumentException malformed) {
            return ENGLISH;
        }
        return ENGLISH;
    }
}
