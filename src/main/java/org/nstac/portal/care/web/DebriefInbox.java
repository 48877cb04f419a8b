package org.nstac.portal.care.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.nstac.portal.care.application.Debriefs;
import org.nstac.portal.care.infrastructure.DebriefRecord;

/** The accepted debriefs that reach the signed-in support person (or the secretariat's duty), read once per view. */
@Named
@ViewScoped
public class DebriefInbox implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One row as the page shows it. */
    public record Row(DebriefRecord debrief, String member) {
    }

    @Inject
    Debriefs debriefs;

    private transient List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            rows = debriefs.acceptedReachingMe().stream().map(d -> new Row(d, debriefs.memberName(d, locale)))
                    .toList();
        }
        return rows;
    }
}
