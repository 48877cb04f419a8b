package org.nstac.portal.consultation.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a comment said before an edit or a withdrawal: the history is kept. */
@Entity
@Table(name = "comment_revision")
public class CommentRevisionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "comment_id", nullable = false, updatable = false)
    private Long commentId;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "replaced_at", nullable = false, updatable = false)
    private Instant replacedAt;

    protected CommentRevisionRecord() {
        // for JPA
    }

    public CommentRevisionRecord(Long commentId, String body, Instant replacedAt) {
        this.commentId = commentId;
        this.body = body;
        this.replacedAt = replacedAt;
    }

    public String getBody() {
        return body;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }
}
