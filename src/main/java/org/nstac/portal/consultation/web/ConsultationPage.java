package org.nstac.portal.consultation.web;

import org.nstac.portal.shared.NotFound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nstac.portal.consultation.application.Comments;
import org.nstac.portal.consultation.application.Consultations;
import org.nstac.portal.consultation.application.Positions;
import org.nstac.portal.consultation.application.Viewer;
import org.nstac.portal.consultation.application.Viewers;
import org.nstac.portal.consultation.domain.Action;
import org.nstac.portal.consultation.domain.Attribution;
import org.nstac.portal.consultation.domain.ConsultationRules;
import org.nstac.portal.consultation.domain.PersonalDetail;
import org.nstac.portal.consultation.domain.PersonalDetailsCheck;
import org.nstac.portal.consultation.domain.Phase;
import org.nstac.portal.consultation.infrastructure.ConsultationRecord;
import org.nstac.portal.consultation.infrastructure.SectionRecord;
import org.nstac.portal.member.application.Profiles;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.platform.LanguageBean;
import org.nstac.portal.shared.DomainRuleViolation;
import org.primefaces.model.LazyDataModel;

/**
 * One consultation's page, for everyone who may see it: the summary, dates and content notes first; then the
 * sections (those touching a topic the member chose to avoid folded behind a notice); the comments a page at a time;
 * and what this person may do here (comment, reply, edit, report, hide, move the phase).
 */
@Named
@ViewScoped
public class ConsultationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Consultations consultations;

    @Inject
    Comments comments;

    @Inject
    Positions positions;

    @Inject
    Viewers viewers;

    @Inject
    LanguageBean language;

    @Inject
    Profiles profiles;

    @Inject
    FacesMessages messages;

    @Inject
    org.nstac.portal.consultation.application.Documents documents;

    private transient jakarta.servlet.http.Part upload;

    private Long id;
    private boolean missing;
    private Long sectionFilter;

    // the comment form
    private Long sectionId;
    private Long parentId;
    private String body;
    private String attribution;
    private List<String> warnings = List.of();
    private boolean warned;

    private String editBody;
    private Long editing;
    private Long hiding;
    private String hideReason;
    private String positionText;
    private String dissentReason;

    private LazyDataModel<Comments.CommentView> model;

    // per-request caches, never kept across requests (a phase may have moved meanwhile)
    private transient ConsultationRecord cached;
    private transient Object cachedFor;
    private transient Optional<Positions.PositionView> position;
    private transient Object positionFor;
    private transient List<SectionItem> sectionItems;
    private transient Object sectionsFor;

    public void load() {
        if (id == null) {
            missing = true;
            return;
        }
        try {
            ConsultationRecord c = consultation();
            if (attribution == null) {
                attribution = viewer().memberRef().map(ref -> profiles.of(ref).getDefaultAttribution().name())
                        .orElse(Attribution.COUNCIL.name());
            }
            if (positionText == null) {
                positionText = positions.of(c.getId(), viewer()).map(Positions.PositionView::text).orElse("");
            }
        } catch (NotFound notFound) {
            missing = true;
        }
    }

    public boolean isMissing() {
        return missing;
    }

    Viewer viewer() {
        return viewers.current(language.getLocale());
    }

    /** The consultation, read once per request (the page asks for it often). */
    public ConsultationRecord consultation() {
        if (cachedFor != currentRequest() || cached == null) {
            cached = consultations.visible(id, viewer());
            cachedFor = currentRequest();
        }
        return cached;
    }

    public boolean may(String action) {
        ConsultationRecord c = consultation();
        return ConsultationRules.allowsAny(viewer().relationsTo(c), Action.valueOf(action), c.getPhase());
    }

    public boolean isMember() {
        return viewer().memberRef().isPresent();
    }

    /** The sections of the current version, each with whether it touches a topic this member avoids. */
    public List<SectionItem> getSections() {
        if (sectionsFor == currentRequest() && sectionItems != null) {
            return sectionItems;
        }
        Set<String> avoided = viewer().memberRef().map(ref -> profiles.of(ref).getAvoidedTopics())
                .map(Set::copyOf).orElse(Set.of());
        List<SectionItem> items = new ArrayList<>();
        for (SectionRecord s : consultations.sections(id, null, viewer())) {
            boolean folded = s.getContentNotes().stream().anyMatch(avoided::contains);
            items.add(new SectionItem(s.getId(), s.getNumber(), s.getHeading(), s.getBody(), s.getContentNotes(),
                    folded));
        }
        sectionItems = items;
        sectionsFor = currentRequest();
        return items;
    }

    public record SectionItem(long id, int number, String heading, String text, List<String> contentNotes,
            boolean folded) implements Serializable {
    }

    public Map<String, String> getNoteLabels() {
        return profiles.vocabulary(language.isSerbian() ? "sr" : "en");
    }

    public List<String> getAttributions() {
        return List.of(Attribution.PSEUDONYM.name(), Attribution.COUNCIL.name(), Attribution.INTERNAL.name());
    }

    public LazyDataModel<Comments.CommentView> getModel() {
        if (model == null) {
            model = new CommentModel(new CommentModel.Source() {
                private static final long serialVersionUID = 1L;

                @Override
                public long count() {
                    return comments.count(consultation(), sectionFilter, false, viewer());
                }

                @Override
                public List<Comments.CommentView> rows(int first, int size) {
                    return comments.rows(consultation(), sectionFilter, false, first, size, viewer());
                }
            });
        }
        return model;
    }

    /** First click: the gentle check. If it finds something, the member sees why and may post anyway. */
    public void post() {
        try {
            Set<PersonalDetail> found = PersonalDetailsCheck.findIn(body == null ? "" : body);
            if (!found.isEmpty() && !warned) {
                warnings = found.stream().map(Enum::name).sorted().toList();
                warned = true;
                return;
            }
            comments.post(id, sectionId, parentId, body, Attribution.valueOf(attribution), viewer());
            messages.info("consultation.comment.posted");
            body = null;
            parentId = null;
            warnings = List.of();
            warned = false;
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public void replyTo(long commentId, Long commentSection) {
        parentId = commentId;
        sectionId = commentSection;
    }

    public void cancelReply() {
        parentId = null;
    }

    public void startEdit(Comments.CommentView comment) {
        editing = comment.id();
        editBody = comment.body();
    }

    public void saveEdit() {
        try {
            comments.edit(editing, editBody, null, viewer());
            editing = null;
            messages.info("consultation.comment.edited");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public void withdraw(long commentId) {
        comments.withdraw(commentId, viewer());
        messages.info("consultation.comment.withdrawn");
    }

    public void report(long commentId) {
        comments.report(commentId, viewer());
        messages.info("consultation.comment.reported");
    }

    public void startHide(long commentId) {
        hiding = commentId;
    }

    public void hide() {
        try {
            comments.hide(hiding, hideReason, viewer());
            hiding = null;
            hideReason = null;
            messages.info("consultation.comment.hiddenDone");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public void move(String phase) {
        try {
            consultations.move(id, Phase.valueOf(phase), viewer());
            cached = null;
            messages.info("consultation.phase.moved");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    /** The phase this person could move the consultation to next, if any. */
    public String getNextPhase() {
        ConsultationRecord c = consultation();
        if (!ConsultationRules.allowsAny(viewer().relationsTo(c), Action.MOVE_PHASE, c.getPhase())) {
            return null;
        }
        return c.getPhase().next().map(Enum::name).orElse(null);
    }

    public Optional<Positions.PositionView> getPosition() {
        if (positionFor != currentRequest()) {
            position = positions.of(id, viewer());
            positionFor = currentRequest();
        }
        return position;
    }

    public boolean hasPosition() {
        return getPosition().isPresent();
    }

    public Positions.PositionView getPositionView() {
        return getPosition().orElse(null);
    }

    public boolean isPositionSubmitted() {
        return getPosition().map(Positions.PositionView::submitted).orElse(false);
    }

    private static Object currentRequest() {
        return jakarta.faces.context.FacesContext.getCurrentInstance();
    }

    public void draftPosition() {
        try {
            positions.draft(id, positionText, viewer());
            messages.info("consultation.position.saved");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public void submitPosition() {
        try {
            positions.submit(id, viewer());
            messages.info("consultation.position.submittedDone");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public void endorse() {
        stance(true);
    }

    public void dissent() {
        stance(false);
    }

    private void stance(boolean endorse) {
        try {
            positions.stance(id, endorse, dissentReason, viewer());
            messages.info("consultation.position.stanceSaved");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public List<org.nstac.portal.consultation.infrastructure.DocumentRecord> getDocuments() {
        return documents.of(id, viewer());
    }

    public void attach() {
        if (upload == null || upload.getSize() == 0) {
            messages.error("consultation.document.choose");
            return;
        }
        try (var in = upload.getInputStream()) {
            documents.attach(id, upload.getSubmittedFileName(), in, viewer());
            messages.info("consultation.document.attached");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        } catch (java.io.IOException unreadable) {
            messages.error("consultation.document.notPdf");
        }
    }

    public jakarta.servlet.http.Part getUpload() {
        return upload;
    }

    public void setUpload(jakarta.servlet.http.Part upload) {
        this.upload = upload;
    }

    /** Versions 2 and up, each comparable with the one before. */
    public List<Integer> getLaterVersions() {
        List<Integer> versions = new ArrayList<>();
        for (int v = 2; v <= consultation().getCurrentVersion(); v++) {
            versions.add(v);
        }
        return versions;
    }

    public long getUnanswered() {
        return consultations.unansweredCount(id);
    }

    public Set<String> getPhases() {
        Set<String> all = new LinkedHashSet<>();
        for (Phase p : Phase.values()) {
            all.add(p.name());
        }
        return all;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getSectionFilter() {
        return sectionFilter;
    }

    public void setSectionFilter(Long sectionFilter) {
        this.sectionFilter = sectionFilter;
    }

    public Long getSectionId() {
        return sectionId;
    }

    public void setSectionId(Long sectionId) {
        this.sectionId = sectionId;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        if (body == null || !body.equals(this.body)) {
            warned = false;
        }
        this.body = body;
    }

    public String getAttribution() {
        return attribution;
    }

    public void setAttribution(String attribution) {
        this.attribution = attribution;
    }

    public List<String> getWarnings() {
        return warnings;
    }

    public String getEditBody() {
        return editBody;
    }

    public void setEditBody(String editBody) {
        this.editBody = editBody;
    }

    public Long getEditing() {
        return editing;
    }

    public Long getHiding() {
        return hiding;
    }

    public String getHideReason() {
        return hideReason;
    }

    public void setHideReason(String hideReason) {
        this.hideReason = hideReason;
    }

    public String getPositionText() {
        return positionText;
    }

    public void setPositionText(String positionText) {
        this.positionText = positionText;
    }

    public String getDissentReason() {
        return dissentReason;
    }

    public void setDissentReason(String dissentReason) {
        this.dissentReason = dissentReason;
    }
}
