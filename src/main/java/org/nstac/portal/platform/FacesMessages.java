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
