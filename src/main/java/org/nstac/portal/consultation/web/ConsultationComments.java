package org.nstac.portal.consultation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.nstac.portal.consultation.application.Comments;
import org.nstac.portal.consultation.domain.Attribution;
import org.nstac.portal.consultation.domain.PersonalDetail;
import org.nstac.portal.consultation.domain.PersonalDetailsCheck;
import org.nstac.portal.member.application.Profiles;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.shared.DomainRuleViolation;
import org.primefaces.model.LazyDataModel;

/**
 * The comments on a consultation's page: a page of them at a time (with the ministry's answers beside them), replies,
 * editing and withdrawing one's own, reporting one to the secretariat, hiding one (secretariat), and the new comment
 * with its gentle check for personal details. The table reads one page of comments when it is drawn; the rest of
 * the page is read again after each change.
 */
@Named
@ViewScoped
public class ConsultationComments implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final List<String> ATTRIBUTIONS = List.of(Attribution.PSEUDONYM.name(), Attribution.COUNCIL.name(),
            Attribution.INTERNAL.name());

    @Inject
    ConsultationPage page;

    @Inject
    Comments comments;

    @Inject
    Profiles profiles;

    @Inject
    FacesMessages messages;

    // the comment form
    private Long sectionId;
    private Long parentId;
    private String body;
    private String attribution;
    private boolean attributionChosen;
    private List<String> warnings = List.of();
    private boolean warned;

    private String editBody;
    private Long editing;
    private Long hiding;
    private String hideReason;

    private LazyDataModel<Comments.CommentView> model;

    public LazyDataModel<Comments.CommentView> getModel() {
        if (model == null) {
            model = new CommentModel(new CommentModel.Source() {
                private static final long serialVersionUID = 1L;

                @Override
                public long count() {
                    return comments.count(page.consultation(), null, false, page.viewer());
                }

                @Override
                public List<Comments.CommentView> rows(int first, int size) {
                    return comments.rows(page.consultation(), null, false, first, size, page.viewer());
                }
            });
        }
        return model;
    }

    public List<String> getAttributions() {
        return ATTRIBUTIONS;
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
            comments.post(page.getId(), sectionId, parentId, body, Attribution.valueOf(getAttribution()),
                    page.viewer());
            messages.info("consultation.comment.posted");
            body = null;
            parentId = null;
            warnings = List.of();
            warned = false;
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        page.reread();
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
            comments.edit(editing, editBody, null, page.viewer());
            editing = null;
            messages.info("consultation.comment.edited");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        page.reread();
    }

    public void withdraw(long commentId) {
        comments.withdraw(commentId, page.viewer());
        messages.info("consultation.comment.withdrawn");
        page.reread();
    }

    public void report(long commentId) {
        comments.report(commentId, page.viewer());
        messages.info("consultation.comment.reported");
        page.reread();
    }

    public void startHide(long commentId) {
        hiding = commentId;
    }

    public void hide() {
        try {
            comments.hide(hiding, hideReason, page.viewer());
            hiding = null;
            hideReason = null;
            messages.info("consultation.comment.hiddenDone");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        page.reread();
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

    /** How the comment is signed: the member's default from their profile until they choose otherwise. */
    public String getAttribution() {
        if (!attributionChosen) {
            attribution = page.viewer().memberRef()
                    .map(ref -> profiles.of(ref).getDefaultAttribution().name())
                    .orElse(Attribution.COUNCIL.name());
            attributionChosen = true;
        }
        return attribution;
    }

    public void setAttribution(String attribution) {
        this.attribution = attribution;
        attributionChosen = true;
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
}
