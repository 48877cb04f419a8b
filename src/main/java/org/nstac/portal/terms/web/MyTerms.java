package org.nstac.portal.terms.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.platform.LanguageBean;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.terms.application.TermsRegister;
import org.nstac.portal.terms.application.TermsRegister.Reading;
import org.nstac.portal.terms.report.TermsPdf;
import org.omnifaces.util.Faces;

/** The member's terms page: the text in force in their language, the rate card inside it, one click to accept. */
@Named
@ViewScoped
public class MyTerms implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TermsRegister terms;

    @Inject
    LanguageBean language;

    @Inject
    FacesMessages messages;

    private Reading reading;

    @PostConstruct
    void load() {
        reading = terms.mine();
    }

    public Reading getReading() {
        return reading;
    }

    public List<String> getParagraphs() {
        return reading.version().paragraphsIn(language.getLocale());
    }

    /** Accepts the version shown (not whatever is current by now: a newer version is shown, not accepted). */
    public void accept() {
        try {
            reading = terms.accept(reading.version().getVersion());
            messages.info("terms.mine.acceptedNow", reading.version().getVersion());
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
            reading = terms.mine();
        }
    }

    /** The PDF of the version the member accepted last. */
    public void downloadPdf() {
        if (reading.acceptedVersion() == null) {
            return;
        }
        int version = reading.acceptedVersion();
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            TermsPdf.write(terms.pdfOf(version, language.getLocale()), messages::text, language.getLocale(), buffer);
            Faces.sendFile(buffer.toByteArray(), "engagement-terms-v" + version + ".pdf", true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
