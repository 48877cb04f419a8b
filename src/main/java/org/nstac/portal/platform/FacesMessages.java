package org.nstac.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.nstac.portal.shared.DomainRuleViolation;

/** Puts a bundle message on the current page, in the page's language. */
@ApplicationScoped
public class FacesMessages {

    @Inject
    Messages messages;

    public void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, null, key, args);
    }

    public void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, null, key, args);
    }

    /** A broken rule, shown at the top of the form; what was typed stays in the fields. */
    public void violation(DomainRuleViolation violation) {
        add(FacesMessage.SEVERITY_ERROR, null, violation.key(), violation.argsArray());
    }

    /**
     * A broken rule shown next to the field it concerns (its {@code p:message}), the field marked invalid so that it is
     * announced as such and listed, linked, in the form's error summary; what was typed stays. Without such a field on
     * the page, the message goes to the top of the form as {@link #violation(DomainRuleViolation)} does.
     */
    public void violationOn(String fieldClientId, DomainRuleViolation violation) {
        FacesContext faces = FacesContext.getCurrentInstance();
        jakarta.faces.component.UIComponent field = fieldClientId == null ? null
                : faces.getViewRoot().findComponent(fieldClientId);
        if (!(field instanceof jakarta.faces.component.UIInput input)) {
            violation(violation);
            return;
        }
        input.setValid(false);
        add(FacesMessage.SEVERITY_ERROR, fieldClientId, violation.key(), violation.argsArray());
        faces.validationFailed();
    }

    /** A bundle text in the page's language, for a value the page fills in (not a message). */
    public String text(String key, Object... args) {
        return messages.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, args);
    }

    private void add(FacesMessage.Severity severity, String clientId, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = messages.get(faces.getViewRoot().getLocale(), key, args);
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
