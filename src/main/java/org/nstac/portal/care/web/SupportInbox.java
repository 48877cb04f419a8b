package org.nstac.portal.care.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.nstac.portal.care.application.SupportRequests;
import org.nstac.portal.care.infrastructure.SupportRequestRecord;
import org.nstac.portal.platform.FacesMessages;

/**
 * The requests that reached the signed-in person (named support person, the secretariat's duty, or the chair once
 * escalated), with "I have it". Read once per view and again after acknowledging; the member's name read with it.
 */
@Named
@ViewScoped
public class SupportInbox implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One row as the page shows it. */
    public record Row(SupportRequestRecord request, String member) {
    }

    @Inject
    SupportRequests requests;

    @Inject
    FacesMessages messages;

    private transient List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            rows = requests.reachingMe().stream().map(r -> new Row(r, requests.memberName(r, locale))).toList();
        }
        return rows;
    }

    public void acknowledge(long id) {
        requests.acknowledge(id);
        messages.info("care.inbox.acknowledged");
        rows = null;
    }
}
