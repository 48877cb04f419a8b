package org.nstac.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The message bundle for code outside Faces pages (API errors, mail). Pages use {@code #{i18n[...]}}. */
@ApplicationScoped
public class Messages {

    public static final String BUNDLE = "org.nstac.portal.i18n.messages";

    public String get(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException missing) {
            return key;
        }
    }
}
