package org.nstac.portal.consultation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import org.nstac.portal.consultation.application.Consultations;
import org.nstac.portal.consultation.application.Viewer;
import org.nstac.portal.consultation.application.Viewers;
import org.nstac.portal.consultation.domain.Action;
import org.nstac.portal.consultation.infrastructure.ConsultationRecord;
import org.nstac.portal.platform.LanguageBean;
import org.nstac.portal.shared.NotFound;

/**
 * One consultation's page, for everyone who may see it. This bean holds what the whole page shares: which
 * consultation, whether this person may see it at all, and what {@code ConsultationRules} lets them do in its
 * present phase. The parts of the page are view beans of their own, each included with {@code ui:include}:
 * <ul>
 *   <li>{@link ConsultationText}: the documents, the versions and the sections (folded where the member avoids a
 *       topic);</li>
 *   <li>{@link ConsultationActions}: moving the phase, and the ways to the draft form, the ministry's answers and the
 *       report;</li>
 *   <li>{@link ConsultationComments}: the comments a page at a time, replies, editing, reporting, hiding, and the
 *       new comment with its gentle check;</li>
 *   <li>{@link ConsultationPosition}: the council's joint position, its endorsements and the ministry's answer.</li>
 * </ul>
 * Everything is read once per view and again after an action that changes something, never per expression: the
 * buttons a page shows come from the set of allowed actions read with the consultation.
 */
@Named
@ViewScoped
public class ConsultationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Consultations consultations;

    @Inject
    Viewers viewers;

    @Inject
    LanguageBean language;

    private Long id;
    private boolean missing;

    // Read once per view and after each action; never kept in a replicated or passivated view (read again there).
    private transient ConsultationRecord consultation;
    private transient Set<Action> allowed;

    public void load() {
        if (id == null) {
            missing = true;
            return;
        }
        try {
            consultation();
        } catch (NotFound notFound) {
            missing = true;
        }
    }

    public boolean isMissing() {
        return missing;
    }

    /** Who is asking, for the application services (looked up once per request). */
    Viewer viewer() {
        return viewers.current(language.getLocale());
    }

    /** The consultation, with what this person may do in its phase. */
    public ConsultationRecord consultation() {
        if (consultation == null) {
            ConsultationRecord read = consultations.visible(id, viewer());
            allowed = viewer().allowedOn(read);
            consultation = read;
        }
        return consultation;
    }

    /**
     * The area of the owning organisation's own pages (the draft form, the answer screen): {@code partner} for an
     * official of an NGO or a union, {@code ministry} otherwise.
     */
    public String getOwnerArea() {
        return viewer().isPartner() ? "partner" : "ministry";
    }

    /** Whether this person may do {@code action} (an {@link Action} name) now; asks no query of its own. */
    public boolean may(String action) {
        return may(Action.valueOf(action));
    }

    boolean may(Action action) {
        consultation();
        return allowed.contains(action);
    }

    /** Something changed (or may have: a phase moved meanwhile): the consultation is read again when next asked. */
    void reread() {
        consultation = null;
        allowed = null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
