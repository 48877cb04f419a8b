package org.nstac.portal.consultation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nstac.portal.consultation.application.Comments;
import org.nstac.portal.consultation.domain.Attribution;
import org.nstac.portal.consultation.domain.CommentThreads;
import org.nstac.portal.consultation.domain.PersonalDetail;
import org.nstac.portal.consultation.domain.PersonalDetailsCheck;
import org.nstac.portal.member.application.Profiles;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.shared.DomainRuleViolation;
import org.omnifaces.util.Faces;

/**
 * The comments on a consultation's page: a page of whole threads at a time, grouped by the section they are about
 * (a heading per section), each reply directly under what it answers (with the ministry's answers beside them);
 * replies, editing and withdrawing one's own, reporting one to the secretariat, hiding one (secretariat), and the new
 * comment with its gentle check for personal details. "Comment on this section" under a section of the text opens
 * the form with that section chosen. The page of threads is read once (three queries, whatever the number of
 * comments) and again after each change or move to another page.
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

    /** Threads (a comment with all its replies) to a page. */
    static final int THREADS_PER_PAGE = 20;

    @Inject
    ConsultationText text;

    // What the form is about, for its heading: the section's number and heading (none: the whole draft).
    private Integer targetNumber;
    private String targetHeading;
    private int opened;

    // The page of threads shown, kept for the actions on it (their rows must be the ones drawn); read again after a
    // change. Pages are read by seeking in the thread index from the thread before the page (none: the first page),
    // not by counting off the threads before it, so a late page costs what the first one does.
    private int threadPage;
    private Comments.ThreadKey after;
    private Comments.ThreadKey firstShown;
    private Comments.ThreadKey lastShown;
    private List<CommentThreads.Group<Comments.SectionLabel, Comments.CommentView>> groups;
    private long threads;

    /** The comments of this page of threads, grouped by section, each reply under what it answers. */
    public List<CommentThreads.Group<Comments.SectionLabel, Comments.CommentView>> getGroups() {
        if (groups == null) {
            var c = page.consultation();
            threads = comments.threadCount(c, null, false, page.viewer());
            Comments.ThreadSlice slice = comments.threadSlice(c, after, false, THREADS_PER_PAGE, page.viewer());
            if (slice.comments().isEmpty() && after != null) {
                // The threads of this page went (hidden, withdrawn): the last page there is.
                slice = comments.threadSlice(c, new Comments.ThreadKey(Integer.MAX_VALUE, Integer.MAX_VALUE,
                        Long.MAX_VALUE), true, THREADS_PER_PAGE, page.viewer());
                long before = slice.first() == null ? 0 : comments.threadsBefore(c, slice.first(), page.viewer());
                threadPage = (int) ((before + THREADS_PER_PAGE - 1) / THREADS_PER_PAGE);
                after = before == 0 ? null : justBefore(slice.first());
            }
            firstShown = slice.first();
            lastShown = slice.last();
            groups = CommentThreads.bySection(CommentThreads.arrange(slice.comments(), Comments.CommentView::id,
                    Comments.CommentView::parentId), Comments.CommentView::section);
        }
        return groups;
    }

    /** The key just before {@code key}'s thread: a page read after it starts with that thread. */
    private static Comments.ThreadKey justBefore(Comments.ThreadKey key) {
        return new Comments.ThreadKey(key.version(), key.number(), key.thread() - 1);
    }

    /** Something changed: the comments are read again when next drawn. */
    void reread() {
        groups = null;
        page.reread();
    }

    public int getThreadPage() {
        return threadPage + 1;
    }

    public int getThreadPages() {
        getGroups();
        return (int) Math.max(1, (threads + THREADS_PER_PAGE - 1) / THREADS_PER_PAGE);
    }

    public boolean isFirstPage() {
        return threadPage == 0;
    }

    public boolean isLastPage() {
        return getThreadPage() >= getThreadPages();
    }

    public void nextPage() {
        getGroups();
        if (lastShown != null && !isLastPage()) {
            after = lastShown;
            threadPage++;
        }
        groups = null;
    }

    public void previousPage() {
        getGroups();
        if (threadPage <= 1 || firstShown == null) {
            after = null;
            threadPage = 0;
        } else {
            Comments.ThreadSlice before = comments.threadSlice(page.consultation(), firstShown, true,
                    THREADS_PER_PAGE, page.viewer());
            after = before.first() == null ? null : justBefore(before.first());
            threadPage = after == null ? 0 : threadPage - 1;
        }
        groups = null;
    }

    /** "Comment on this section": the form, with this section chosen; not a reply any more. */
    public void commentOn(ConsultationText.SectionItem section) {
        parentId = null;
        sectionId = section.id();
        targetNumber = section.number();
        targetHeading = section.heading();
        warnings = List.of();
        warned = false;
        opened++;
    }

    /** The section chosen in the form's list: the form's heading follows it. */
    public void sectionChosen() {
        targetNumber = null;
        targetHeading = null;
        for (ConsultationText.SectionItem s : text.getSections()) {
            if (sectionId != null && s.id() == sectionId) {
                targetNumber = s.number();
                targetHeading = s.heading();
            }
        }
    }

    /** The bundle key of the form's heading: a reply, a comment on a section, or on the whole draft. */
    public String getTargetKey() {
        if (parentId != null) {
            return targetNumber == null ? "consultation.comment.form.replyDraft" : "consultation.comment.form.reply";
        }
        return targetNumber == null ? "consultation.comment.form.draft" : "consultation.comment.form.section";
    }

    public Integer getTargetNumber() {
        return targetNumber;
    }

    public String getTargetHeading() {
        return targetHeading;
    }

    /** How many times the form was opened on something: a new opening moves focus to it even on the same section. */
    public int getOpened() {
        return opened;
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
        reread();
    }

    /** A reply: on the section of the comment it answers, which the form's heading names. */
    public void replyTo(Comments.CommentView comment) {
        parentId = comment.id();
        sectionId = comment.sectionId();
        targetNumber = comment.section() == null ? null : comment.section().number();
        targetHeading = comment.section() == null ? null : comment.section().heading();
        opened++;
    }

    /*
     * The actions under each comment are plain buttons naming the comment (data-comment); the page's script sends
     * that id as "commentId" with one command per action (p:remoteCommand), so a page of comments renders a few
     * commands, not a command link per action per comment (docs/performance.md). Only a comment shown on this page
     * can be acted on; the application service checks the viewer's rights again.
     */

    /** The comment the button named: one on the page of threads shown, else none. */
    Optional<Comments.CommentView> chosen() {
        return idParameter("commentId").flatMap(id -> getGroups().stream().flatMap(g -> g.comments().stream())
                .map(t -> t.comment()).filter(c -> c.id() == id).findFirst());
    }

    /** "Comment on this section" under a section: the section the button named ({@code sectionId}). */
    public void commentOnChosen() {
        idParameter("sectionId").flatMap(id -> text.getSections().stream().filter(s -> s.id() == id).findFirst())
                .ifPresent(this::commentOn);
    }

    /** An id the page's script sent: digits only, else none (a hand-made request gets nothing done). */
    private static Optional<Long> idParameter(String name) {
        String value = Faces.getRequestParameter(name);
        return value != null && value.matches("\\d{1,18}") ? Optional.of(Long.parseLong(value)) : Optional.empty();
    }

    public void replyToChosen() {
        chosen().ifPresent(this::replyTo);
    }

    public void startEditChosen() {
        chosen().filter(Comments.CommentView::mine).ifPresent(this::startEdit);
    }

    public void withdrawChosen() {
        chosen().ifPresent(c -> withdraw(c.id()));
    }

    public void reportChosen() {
        chosen().ifPresent(c -> report(c.id()));
    }

    public void startHideChosen() {
        chosen().ifPresent(c -> startHide(c.id()));
    }

    public void cancelReply() {
        parentId = null;
        sectionChosen();
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
        reread();
    }

    public void withdraw(long commentId) {
        comments.withdraw(commentId, page.viewer());
        messages.info("consultation.comment.withdrawn");
        reread();
    }

    public void report(long commentId) {
        comments.report(commentId, page.viewer());
        messages.info("consultation.comment.reported");
        reread();
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
        reread();
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
