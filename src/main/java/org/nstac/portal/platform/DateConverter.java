package org.nstac.portal.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;

/**
 * A date field that takes what people type ({@link TypedDates}) and shows ISO back. A plain text field, not a picker:
 * a picker that takes the focus lost what was typed. The message names the forms it accepts, never the input.
 */
@FacesConverter("portal.date")
public class DateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return TypedDates.parse(value).orElseThrow(() -> new ConverterException(new FacesMessage(
                FacesMessage.SEVERITY_ERROR, new Messages().get(context.getViewRoot().getLocale(), "general.date.format"), null)));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : value.toString();
    }
}
