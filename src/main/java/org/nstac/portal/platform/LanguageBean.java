package org.nstac.portal.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;

/**
 * The language of this request: the one the person chose (remembered in a cookie), else the browser's preference.
 * Pages bind {@code <f:view locale>} and {@code <html lang>} to it.
 */
@Named("language")
@RequestScoped
public class LanguageBean {

    public static final String COOKIE = "portal-lang";

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = resolve(request);
        }
        return locale;
    }

    public String getTag() {
        return getLocale().toLanguageTag();
    }

    public boolean isSerbian() {
        return Languages.SERBIAN_LATIN.equals(getLocale());
    }

    /** Where the language links send the browser back to: the current page, never another site. */
    public String getReturnPath() {
        String uri = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
        if (uri == null) {
            uri = request.getRequestURI();
        }
        return LanguageServlet.safeReturnPath(uri.substring(request.getContextPath().length()));
    }

    /** The language of a request outside Faces (the sign-in redirect passes it to Keycloak). */
    public static Locale resolveFor(HttpServletRequest request) {
        return resolve(request);
    }

    static Locale resolve(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            var chosen = Arrays.stream(cookies)
                    .filter(c -> COOKIE.equals(c.getName()))
                    .map(c -> Languages.fromTag(c.getValue()))
                    .flatMap(java.util.Optional::stream)
                    .findFirst();
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        return Languages.negotiate(request.getHeader("Accept-Language"));
    }
}
