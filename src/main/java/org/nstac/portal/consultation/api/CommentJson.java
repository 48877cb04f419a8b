package org.nstac.portal.consultation.api;

import java.time.Instant;
import java.util.List;
import org.nstac.portal.consultation.application.Comments;
import org.nstac.portal.consultation.application.Viewer;
import org.nstac.portal.consultation.domain.PersonalDetailsCheck;
import org.nstac.portal.consultation.infrastructure.CommentRecord;
import org.nstac.portal.platform.Messages;

/**
 * A comment as the API shows it: {@code author} is what the caller may see (a pseudonym, or "A council member" in
 * the caller's language), {@code answer} is null until the ministry answers.
 */
public record CommentJson(long id, Long sectionId, Long parentId, int depth, String body, String author,
        String attribution, Instant postedAt, Instant editedAt, boolean withdrawn, boolean hidden, boolean reported,
        boolean mine, Comments.AnswerView answer, List<String> personalDetails) {

    /**
     * A page of comments and how many there are in all; {@code nextAfterId}, when more follow, is the value of
     * {@code afterId} that asks for the next page (oldest-first pages only).
     */
    public record Page(List<CommentJson> comments, long total, int page, int size, Long nextAfterId) {
    }

    static CommentJson label(Comments.CommentView c, Viewer viewer, Messages messages) {
        String author = c.councilMember() ? messages.get(viewer.locale(), "consultation.author.councilMember")
                : c.author();
        return new CommentJson(c.id(), c.sectionId(), c.parentId(), c.depth(), c.body(), author,
                c.attribution().name(), c.postedAt(), c.editedAt(), c.withdrawn(), c.hidden(), c.reported(),
                c.mine(), c.answer(), null);
    }

    /** The comment just posted, with what the gentle check found in it (the member posted anyway). */
    static CommentJson created(CommentRecord c, Viewer viewer) {
        return new CommentJson(c.getId(), c.getSectionId(), c.getParentId(), c.getDepth(), c.getBody(), null,
                c.getAttribution().name(), c.getPostedAt(), c.getEditedAt(), false, false, false, true, null,
                PersonalDetailsCheck.findIn(c.getBody()).stream().map(Enum::name).sorted().toList());
    }
}
