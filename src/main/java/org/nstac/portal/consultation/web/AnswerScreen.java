package org.nstac.portal.consultation.web;

import org.nstac.portal.shared.NotFound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.nstac.portal.consultation.application.Comments;
import org.nstac.portal.consultation.application.Consultations;
import org.nstac.portal.consultation.application.Viewer;
import org.nstac.portal.consultation.application.Viewers;
import org.nstac.portal.consultation.domain.CommentThreads;
import org.nstac.portal.consultation.domain.Disposition;
import org.nstac.portal.consultation.infrastructure.ConsultationRecord;
import org.nstac.portal.consultation.infrastructure.SectionRecord;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.platform.LanguageBean;
import org.nstac.portal.shared.DomainRuleViolation;
import org.primefaces.model.LazyDataModel;

/**
 * The ministry's answer screen: every comment it can see, a page at a time (unanswered first by default), each with
 * the section it is about, and an answer form for the chosen one beside what it answers: the section (its number,
 * heading and the start of its text) and the whole thread (the comment it replies to and the replies to it). The ministry sees "A council member" for Council comments and nothing at all of
 * Internal ones. The consultation, its sections and the count still to answer are read once per view and again
 * after each answer; the table reads one page of comments when it is drawn.
 */
@Named
@ViewScoped
public class AnswerScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Consultations consultations;

    @Inject
    Comments comments;

    @Inject
    Viewers viewers;

    @Inject
    LanguageBean language;

    @Inject
    FacesMessages messages;

    private Long id;
    private boolean missing;
    private boolean unansweredOnly = true;
    private Long selected;
    private String selectedBody;
    private String disposition;
    private String reason;
    private Long changedSectionId;
    private LazyDataModel<Comments.CommentView> model;

    // Read once per view and after each answer; never kept in a replicated or passivated view.
    private transient ConsultationRecord consultation;
    private transient List<SectionRecord> sections;
    private transient Long unanswered;

    public void load() {
        try {
            if (id == null) {
                missing = true;
                return;
            }
            consultation();
        } catch (NotFound notFound) {
            missing = true;
        }
    }

    Viewer viewer() {
        return viewers.current(language.getLocale());
    }

    public ConsultationRecord consultation() {
        if (consultation == null) {
            consultation = consultations.visible(id, viewer());
        }
        return consultation;
    }

    public List<SectionRecord> getSections() {
        if (sections == null) {
            sections = consultations.sections(id, null, viewer());
        }
        return sections;
    }

    public List<String> getDispositions() {
        return java.util.Arrays.stream(Disposition.values()).map(Enum::name).toList();
    }

    public LazyDataModel<Comments.CommentView> getModel() {
        if (model == null) {
            model = new CommentModel(new CommentModel.Source() {
                private static final long serialVersionUID = 1L;

                @Override
                public long count() {
                    return comments.count(consultation(), null, unansweredOnly, viewer());
                }

                @Override
                public List<Comments.CommentView> rows(int first, int size) {
                    return comments.rows(consultation(), null, unansweredOnly, first, size, viewer());
                }
            });
        }
        return model;
    }

    /** The longest part of a section's text shown beside the comment; the whole is a link away. */
    static final int EXCERPT = 600;

    /** The comment being answered with its section and thread, read when it is chosen (three queries). */
    private Comments.Context context;
    private List<CommentThreads.Placed<Comments.CommentView>> thread = List.of();

    public void choose(Comments.CommentView comment) {
        selected = comment.id();
        selectedBody = comment.body();
        context = comments.context(comment.id(), viewer());
        thread = CommentThreads.arrange(context.thread(), Comments.CommentView::id, Comments.CommentView::parentId);
        disposition = comment.answer() == null ? null : comment.answer().disposition().name();
        reason = comment.answer() == null ? null : comment.answer().reason();
    }

    public void save() {
        try {
            Disposition chosen = disposition == null || disposition.isBlank() ? null : Disposition.valueOf(disposition);
            comments.answer(selected, chosen, reason, changedSectionId, viewer());
            messages.info("consultation.answer.saved");
            selected = null;
            context = null;
            thread = List.of();
            reason = null;
            disposition = null;
            changedSectionId = null;
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        consultation = null;
        unanswered = null;
    }

    /** How many comments still wait for an answer. */
    public long getUnanswered() {
        if (unanswered == null) {
            unanswered = consultations.unanswered(id, viewer());
        }
        return unanswered;
    }

    /** The section of the comment being answered, or null for a comment on the whole draft. */
    public Comments.SectionLabel getContextSection() {
        return context == null ? null : context.section();
    }

    /** The section's text, cut at {@value #EXCERPT} characters (at a word where it can be) with an ellipsis. */
    public String getContextExcerpt() {
        return excerpt(context == null ? null : context.sectionText(), EXCERPT);
    }

    static String excerpt(String text, int max) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        if (stripped.length() <= max) {
            return stripped;
        }
        int cut = stripped.lastIndexOf(' ', max);
        return stripped.substring(0, cut > max / 2 ? cut : max).stripTrailing() + " …";
    }

    /** The thread of the comment being answered, each reply under what it answers. */
    public List<CommentThreads.Placed<Comments.CommentView>> getThread() {
        return thread;
    }

    public boolean isMissing() {
        return missing;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isUnansweredOnly() {
        return unansweredOnly;
    }

    public void setUnansweredOnly(boolean unansweredOnly) {
        this.unansweredOnly = unansweredOnly;
    }

    public Long getSelected() {
        return selected;
    }

    public String getSelectedBody() {
        return selectedBody;
    }

    public String getDisposition() {
        return disposition;
    }

    public void setDisposition(String disposition) {
        this.disposition = disposition;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getChangedSectionId() {
        return changedSectionId;
    }

    public void setChangedSectionId(Long changedSectionId) {
        this.changedSectionId = changedSectionId;
    }
}
