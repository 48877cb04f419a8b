package org.nstac.portal.consultation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.nstac.portal.platform.JsonRows;
import org.nstac.portal.shared.MemberDataSection;

/**
 * "Download my data": every comment the member wrote (withdrawn and hidden ones too), the answer each got, and the
 * earlier wordings of edited comments.
 */
@ApplicationScoped
public class CommentsDataSection implements MemberDataSection {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public String name() {
        return "comments";
    }

    @Override
    public JsonValue sectionFor(String memberRef) {
        var comments = em.createNativeQuery("SELECT c.id, c.consultation_id, k.title, c.section_id, c.parent_id,"
                + " c.attribution, c.body, c.posted_at, c.edited_at, c.withdrawn, c.hidden, c.hidden_reason,"
                + " a.disposition, a.reason, a.answered_at FROM consultation_comment c"
                + " JOIN consultation k ON k.id = c.consultation_id"
                + " LEFT JOIN comment_answer a ON a.comment_id = c.id WHERE c.author_ref = ? ORDER BY c.id")
                .setParameter(1, memberRef).getResultList();
        var revisions = em.createNativeQuery("SELECT r.comment_id, r.body, r.replaced_at FROM comment_revision r"
                + " JOIN consultation_comment c ON c.id = r.comment_id WHERE c.author_ref = ? ORDER BY r.id")
                .setParameter(1, memberRef).getResultList();
        return Json.createObjectBuilder()
                .add("comments", JsonRows.of(comments, "id", "consultationId", "consultation", "sectionId",
                        "replyTo", "attribution", "text", "postedAt", "editedAt", "withdrawn", "hidden",
                        "hiddenReason", "answer", "answerReason", "answeredAt"))
                .add("earlierWordings", JsonRows.of(revisions, "commentId", "text", "replacedAt"))
                .build();
    }
}
