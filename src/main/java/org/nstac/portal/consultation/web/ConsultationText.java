package org.nstac.portal.consultation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nstac.portal.consultation.application.Consultations;
import org.nstac.portal.consultation.application.Documents;
import org.nstac.portal.consultation.infrastructure.DocumentRecord;
import org.nstac.portal.consultation.infrastructure.SectionRecord;
import org.nstac.portal.member.application.Profiles;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.platform.LanguageBean;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The text of a consultation on its page: the supporting documents (and attaching one), the later versions to
 * compare, and the sections of the current version, those touching a topic this member chose to avoid folded
 * behind a notice. Read once per view; the documents again after a document is attached.
 */
@Named
@ViewScoped
public class ConsultationText implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsultationPage page;

    @Inject
    Consultations consultations;

    @Inject
    Documents documents;

    @Inject
    Profiles profiles;

    @Inject
    LanguageBean language;

    @Inject
    FacesMessages messages;

    private transient Part upload;
    private transient List<SectionItem> sections;
    private transient List<DocumentRecord> documentList;
    private transient Map<String, String> noteLabels;

    /** One section of the current version, and whether it touches a topic this member avoids. */
    public record SectionItem(long id, int number, String heading, String text, List<String> contentNotes,
            boolean folded) implements Serializable {
    }

    /** The sections of the current version, in order. */
    public List<SectionItem> getSections() {
        if (sections == null) {
            var viewer = page.viewer();
            Set<String> avoided = viewer.memberRef().map(ref -> profiles.of(ref).getAvoidedTopics())
                    .map(Set::copyOf).orElse(Set.of());
            List<SectionItem> items = new ArrayList<>();
            for (SectionRecord s : consultations.sections(page.getId(), null, viewer)) {
                boolean folded = s.getContentNotes().stream().anyMatch(avoided::contains);
                items.add(new SectionItem(s.getId(), s.getNumber(), s.getHeading(), s.getBody(), s.getContentNotes(),
                        folded));
            }
            sections = items;
        }
        return sections;
    }

    /** Content-note codes with their labels in the reader's language. */
    public Map<String, String> getNoteLabels() {
        if (noteLabels == null) {
            noteLabels = profiles.vocabulary(language.isSerbian() ? "sr" : "en");
        }
        return noteLabels;
    }

    /** Versions 2 and up, each comparable with the one before. */
    public List<Integer> getLaterVersions() {
        List<Integer> versions = new ArrayList<>();
        for (int v = 2; v <= page.consultation().getCurrentVersion(); v++) {
            versions.add(v);
        }
        return versions;
    }

    public List<DocumentRecord> getDocuments() {
        if (documentList == null) {
            documentList = documents.of(page.getId(), page.viewer());
        }
        return documentList;
    }

    public void attach() {
        if (upload == null || upload.getSize() == 0) {
            messages.error("consultation.document.choose");
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            documents.attach(page.getId(), upload.getSubmittedFileName(), in, page.viewer());
            messages.info("consultation.document.attached");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        } catch (IOException unreadable) {
            messages.error("consultation.document.notPdf");
        }
        documentList = null;
        page.reread();
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
