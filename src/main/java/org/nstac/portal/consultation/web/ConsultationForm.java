package org.nstac.portal.consultation.web;

import org.nstac.portal.shared.NotFound;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nstac.portal.consultation.application.Consultations;
import org.nstac.portal.consultation.application.Viewers;
import org.nstac.portal.consultation.infrastructure.ConsultationRecord;
import org.nstac.portal.consultation.infrastructure.SectionRecord;
import org.nstac.portal.consultation.text.DraftImport;
import org.nstac.portal.consultation.text.DraftSection;
import org.nstac.portal.member.application.Profiles;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.platform.LanguageBean;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * A ministry official writes a consultation: title, summary, policy area, content notes, dates, and the draft split
 * into sections, typed in or imported from a DOCX or Markdown file (headings become sections). Saving keeps it a
 * DRAFT, which only the ministry and the secretariat can preview. Nothing typed is lost when a rule refuses it.
 */
@Named
@ViewScoped
public class ConsultationForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The dates are typed and shown in the council's zone, as meetings are. */
    private static final java.time.ZoneId ZONE = org.nstac.portal.platform.Dates.COUNCIL_ZONE;

    @Inject
    Consultations consultations;

    @Inject
    Viewers viewers;

    @Inject
    LanguageBean language;

    @Inject
    Profiles profiles;

    @Inject
    FacesMessages messages;

    private Long id;
    private String title;
    private String summary;
    private String policyArea;
    private List<String> contentNotes = new ArrayList<>();
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private LocalDateTime answersDueAt;
    private List<SectionInput> sections = new ArrayList<>();
    private transient Part upload;
    private transient Map<String, String> noteLabels;
    private boolean loaded;
    private boolean openAutomatically;
    private boolean mayPublishFinal;
    private boolean finalVersion;
    private List<Consultations.TakenUp> takenUp = List.of();

    /** One section as the form holds it. */
    public static class SectionInput implements Serializable {
        private static final long serialVersionUID = 1L;
        private String heading;
        private String text;
        private List<String> contentNotes = new ArrayList<>();
        private List<Long> ledBy = new ArrayList<>();

        public SectionInput() {
        }

        SectionInput(String heading, String text, List<String> notes) {
            this.heading = heading;
            this.text = text;
            this.contentNotes = new ArrayList<>(notes);
        }

        public String getHeading() {
            return heading;
        }

        public void setHeading(String heading) {
            this.heading = heading;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public List<String> getContentNotes() {
            return contentNotes;
        }

        public void setContentNotes(List<String> contentNotes) {
            this.contentNotes = contentNotes == null ? new ArrayList<>() : contentNotes;
        }

        /** The comments whose answers led to this section's change (the final version only). */
        public List<Long> getLedBy() {
            return ledBy;
        }

        public void setLedBy(List<Long> ledBy) {
            this.ledBy = ledBy == null ? new ArrayList<>() : new ArrayList<>(ledBy);
        }
    }

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            sections.add(new SectionInput());
            return;
        }
        try {
            var viewer = viewers.current(language.getLocale());
            ConsultationRecord c = consultations.visible(id, viewer);
            title = c.getTitle();
            summary = c.getSummary();
            policyArea = c.getPolicyArea();
            contentNotes = new ArrayList<>(c.getContentNotes());
            opensAt = LocalDateTime.ofInstant(c.getOpensAt(), ZONE);
            closesAt = LocalDateTime.ofInstant(c.getClosesAt(), ZONE);
            answersDueAt = LocalDateTime.ofInstant(c.getAnswersDueAt(), ZONE);
            openAutomatically = c.isOpeningScheduled();
            mayPublishFinal = viewer.may(org.nstac.portal.consultation.domain.Action.PUBLISH_FINAL, c)
                    && c.getFinalVersion().isEmpty();
            if (mayPublishFinal) {
                takenUp = new ArrayList<>(consultations.takenUp(id, viewer));
            }
            for (SectionRecord s : consultations.sections(id, null, viewer)) {
                sections.add(new SectionInput(s.getHeading(), s.getBody(), s.getContentNotes()));
            }
        } catch (NotFound notFound) {
            id = null;
            sections.add(new SectionInput());
        }
    }

    public void addSection() {
        sections.add(new SectionInput());
    }

    public void removeSection(int index) {
        if (index >= 0 && index < sections.size() && sections.size() > 1) {
            sections.remove(index);
        }
    }

    /** Replaces the sections with those read from the uploaded file; the other fields stay as typed. */
    public void importFile() {
        if (upload == null || upload.getSize() == 0) {
            messages.error("consultation.import.chooseFile");
            return;
        }
        var format = DraftImport.Format.ofFileName(upload.getSubmittedFileName());
        if (format.isEmpty()) {
            messages.error("consultation.import.unreadable");
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            List<DraftSection> read = DraftImport.read(format.get(), in);
            sections.clear();
            for (DraftSection s : read) {
                sections.add(new SectionInput(s.isPreamble() ? messages.text("consultation.import.preamble")
                        : s.heading(), s.text(), List.of()));
            }
            messages.info("consultation.import.done", read.size());
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        } catch (IOException unreadable) {
            messages.error("consultation.import.unreadable");
        }
    }

    public String save() {
        var viewer = viewers.current(language.getLocale());
        var draft = new Consultations.Draft(title, summary, policyArea, instant(opensAt), instant(closesAt),
                instant(answersDueAt), contentNotes, sections.stream()
                        .map(s -> new Consultations.SectionText(s.getHeading(), s.getText(), s.getContentNotes()))
                        .toList(), openAutomatically);
        try {
            ConsultationRecord saved;
            var phase = id == null ? null : consultations.visible(id, viewer).getPhase();
            if (phase != null && phase != org.nstac.portal.consultation.domain.Phase.DRAFT && !phase.isRequest()) {
                // Once open, the text changes only as a new version, which members can compare with the last one.
                if (finalVersion && mayPublishFinal) {
                    List<Consultations.FinalSection> finals = new ArrayList<>();
                    for (int i = 0; i < sections.size(); i++) {
                        finals.add(new Consultations.FinalSection(draft.sections().get(i),
                                List.copyOf(sections.get(i).getLedBy())));
                    }
                    consultations.publishFinal(id, finals, viewer);
                } else {
                    consultations.publishVersion(id, draft.sections(), viewer);
                }
                saved = consultations.visible(id, viewer);
            } else {
                saved = id == null ? consultations.create(draft, viewer) : consultations.edit(id, draft, viewer);
            }
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            messages.info("consultation.saved");
            return "/consultations/view?faces-redirect=true&id=" + saved.getId();
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
            return null;
        } catch (NotFound notFound) {
            messages.error("consultation.page.missing");
            return null;
        }
    }

    private static java.time.Instant instant(LocalDateTime at) {
        return at == null ? null : at.atZone(ZONE).toInstant();
    }

    /** Content-note codes with their labels in the reader's language: read once per view. */
    public Map<String, String> getNoteLabels() {
        if (noteLabels == null) {
            noteLabels = profiles.vocabulary(language.isSerbian() ? "sr" : "en");
        }
        return noteLabels;
    }

    public Long getId() {
        return id;
    }

    /** Whether this form may publish the final version (a closed consultation without one, its owner writing). */
    public boolean isMayPublishFinal() {
        return mayPublishFinal;
    }

    /** The answers that took a comment up, which the final version's sections may name as having led to a change. */
    public List<Consultations.TakenUp> getTakenUp() {
        return takenUp;
    }

    /** Each taken-up answer's comment id with its label ("Comment 41 (Accepted): ..."), in the reader's language. */
    public Map<Long, String> getTakenUpLabels() {
        Map<Long, String> labels = new java.util.LinkedHashMap<>();
        for (Consultations.TakenUp t : takenUp) {
            labels.put(t.commentId(), messages.text("consultation.final.ledBy.item", t.commentId(),
                    messages.text("consultation.answer." + t.disposition().name()), t.excerpt()));
        }
        return labels;
    }

    public boolean isFinalVersion() {
        return finalVersion;
    }

    public void setFinalVersion(boolean finalVersion) {
        this.finalVersion = finalVersion;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getPolicyArea() {
        return policyArea;
    }

    public void setPolicyArea(String policyArea) {
        this.policyArea = policyArea;
    }

    public List<String> getContentNotes() {
        return contentNotes;
    }

    public void setContentNotes(List<String> contentNotes) {
        this.contentNotes = contentNotes == null ? new ArrayList<>() : contentNotes;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public LocalDateTime getAnswersDueAt() {
        return answersDueAt;
    }

    public void setAnswersDueAt(LocalDateTime answersDueAt) {
        this.answersDueAt = answersDueAt;
    }

    public boolean isOpenAutomatically() {
        return openAutomatically;
    }

    public void setOpenAutomatically(boolean openAutomatically) {
        this.openAutomatically = openAutomatically;
    }

    public List<SectionInput> getSections() {
        return sections;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
