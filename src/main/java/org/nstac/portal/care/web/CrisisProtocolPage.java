package org.nstac.portal.care.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.nstac.portal.care.application.CrisisProtocol;
import org.nstac.portal.care.domain.CrisisProtocolText;
import org.nstac.portal.care.infrastructure.CrisisProtocolRecord;

/**
 * The crisis protocol as everyone signed in reads it: the text in the page's language first, paragraph by paragraph
 * (every character escaped by the page), the other language below it, and when and by which account it was last
 * updated. Read once per request.
 */
@Named
@RequestScoped
public class CrisisProtocolPage {

    @Inject
    CrisisProtocol protocol;

    private CrisisProtocolRecord current;
    private boolean read;

    private CrisisProtocolRecord current() {
        if (!read) {
            current = protocol.current().orElse(null);
            read = true;
        }
        return current;
    }

    public boolean isWritten() {
        return current() != null;
    }

    private boolean serbian() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage().equals("sr");
    }

    /** The paragraphs in the page's language. */
    public List<String> getParagraphs() {
        CrisisProtocolRecord p = current();
        return p == null ? List.of() : CrisisProtocolText.paragraphsOf(serbian() ? p.getSr() : p.getEn());
    }

    /** The paragraphs in the other language. */
    public List<String> getOtherParagraphs() {
        CrisisProtocolRecord p = current();
        return p == null ? List.of() : CrisisProtocolText.paragraphsOf(serbian() ? p.getEn() : p.getSr());
    }

    /** The other language's tag, for the {@code lang} attribute of its block. */
    public String getOtherLanguage() {
        return serbian() ? "en" : "sr-Latn";
    }

    public String getUpdatedOn() {
        CrisisProtocolRecord p = current();
        return p == null ? "" : org.nstac.portal.shared.CouncilClock.dayOf(p.getUpdatedAt()).toString();
    }

    public String getUpdatedBy() {
        CrisisProtocolRecord p = current();
        return p == null ? "" : p.getUpdatedBy();
    }

    public boolean isMayEdit() {
        return protocol.mayEdit();
    }
}
