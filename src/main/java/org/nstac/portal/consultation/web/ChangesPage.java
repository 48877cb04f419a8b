package org.nstac.portal.consultation.web;

import org.nstac.portal.shared.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.nstac.portal.consultation.application.Consultations;
import org.nstac.portal.consultation.application.Viewers;
import org.nstac.portal.platform.LanguageBean;
import org.nstac.portal.shared.DomainRuleViolation;

/** "You said, we did": what a new version of the draft changed, section by section; each read once per request. */
@Named
@RequestScoped
public class ChangesPage {

    @Inject
    Consultations consultations;

    @Inject
    Viewers viewers;

    @Inject
    LanguageBean language;

    private Long id;
    private Integer version;
    private boolean finalView;
    private Consultations.FinalVersion finalVersion;
    private List<Consultations.Change> changes;
    private List<Consultations.Version> versions;

    public List<Consultations.Change> getChanges() {
        if (changes == null && finalView) {
            changes = getFinalVersion() == null ? List.of() : finalVersion.changes();
        }
        if (changes == null) {
            try {
                changes = id == null || version == null ? List.of()
                        : consultations.changes(id, version, viewers.current(language.getLocale()));
            } catch (NotFound | DomainRuleViolation missing) {
                changes = List.of();
            }
        }
        return changes;
    }

    public List<Consultations.Version> getVersions() {
        if (versions == null) {
            try {
                versions = id == null ? List.of() : consultations.versions(id, viewers.current(language.getLocale()));
            } catch (NotFound missing) {
                versions = List.of();
            }
        }
        return versions;
    }

    /** The final version and what changed since the consulted text, when the page shows it ({@code final=true}). */
    public Consultations.FinalVersion getFinalVersion() {
        if (finalVersion == null && finalView && id != null) {
            try {
                finalVersion = consultations.finalVersion(id, viewers.current(language.getLocale()));
            } catch (NotFound | DomainRuleViolation missing) {
                finalVersion = null;
            }
        }
        return finalVersion;
    }

    public boolean isFinalView() {
        return finalView;
    }

    public void setFinalView(boolean finalView) {
        this.finalView = finalView;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
