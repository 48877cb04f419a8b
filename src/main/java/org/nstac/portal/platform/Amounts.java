package org.nstac.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Money on pages, one form per language and always with its currency: {@code 8,250.00 RSD} in English,
 * {@code 8.250,00 RSD} in Serbian, the same digits the message bundles print with {@code {0,number,#,##0.00}}.
 * Exports (CSV, bank files) keep the plain machine form; this is for people reading a page.
 */
@Named
@ApplicationScoped
public class Amounts {

    /** An amount and its currency (an enum or a code), as the page's language writes it. */
    public String sum(BigDecimal amount, Object currency) {
        return of(amount, currency, locale());
    }

    /** An amount and its currency as the given language writes them; no currency, the number alone. */
    public static String of(BigDecimal amount, Object currency, Locale locale) {
        if (amount == null) {
            return "";
        }
        String number = format(amount, locale);
        return currency == null || currency.toString().isBlank() ? number : number + " " + currency;
    }

    /** The number alone, two decimals, grouped as the language groups thousands. */
    public static String format(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(true);
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null && faces.getViewRoot().getLocale() != null) {
            return faces.getViewRoot().getLocale();
        }
        return Locale.ENGLISH;
    }
}
