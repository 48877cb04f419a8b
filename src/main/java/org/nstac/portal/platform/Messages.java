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

    /** An API error body in the caller's language (Accept-Language). */
    public jakarta.ws.rs.core.Response apiError(jakarta.ws.rs.core.HttpHeaders headers, int status, String code,
            String key, Object... args) {
        Locale locale = Languages.negotiate(
                headers == null ? null : headers.getHeaderString(jakarta.ws.rs.core.HttpHeaders.ACCEPT_LANGUAGE));
        return new ApiError(code, get(locale, key, args)).toResponse(status);
    }

    public String get(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException missing) {
            return key;
        }
    }
}
