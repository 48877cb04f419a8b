package org.nstac.portal.consultation.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.nstac.portal.consultation.domain.Attribution;

/**
 * A member's comment on a section or on the whole draft, or a reply in a thread. The author is the opaque member
 * reference; who sees which name is decided by the attribution when the comment is read, never stored as a name.
 */
@Entity
@Table(name = "consultation_comment")
public class CommentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id", nullable = false, updatable = false)
    private Long consultationId;

    @Column(name = "section_id", updatable = false)
    private Long sectionId;

    @Column(name = "parent_id", updatable = false)
    private Long parentId;

    @Column(nullable = false, updatable = false)
    private int depth;

    @Column(name = "author_ref", nullable = false, updatable = false)
    private String authorRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Attribution attribution;

    @Column(nullable = false)
    private String body;

    @Column(name = "posted_at", nullable = false, updatable = false)
    private Instant postedAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(nullable = false)
    private boolean withdrawn;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "hidden_reason")
    private String hiddenReason;

    @Column(name = "hidden_by")
    private String hiddenBy;

    @Column(nullable = false)
    private boolean reported;

    /** The thread's top-level comment (this one's own id when it starts a thread); see V27. */
    @Column(name = "thread_id", nullable = false)
    private long threadId;

    /** The thread's section as it sorts: its draft version and number, 0 and 0 for the whole draft. */
    @Column(name = "sort_version", nullable = false, updatable = false)
    private int sortVersion;

    @Column(name = "sort_number", nullable = false, updatable = false)
    private int sortNumber;

    @Version
    private int version;

    protected CommentRecord() {
        // for JPA
    }

    public CommentRecord(Long consultationId, Long sectionId, Long parentId, int depth, String authorRef,
            Attribution attribution, String body, Instant postedAt) {
        this.consultationId = consultationId;
        this.sectionId = sectionId;
        this.parentId = parentId;
        this.depth = depth;
        this.authorRef = authorRef;
        this.attribution = attribution;
        this.body = body;
        this.postedAt = postedAt;
    }

    /**
     * Where this comment sorts among the consultation's threads: a reply takes its parent's thread and place; a
     * top-level comment starts its own thread once it has an id ({@link #startsThread()}) and sorts by its section.
     */
    public void placeIn(long thread, int sectionVersion, int sectionNumber) {
        this.threadId = thread;
        this.sortVersion = sectionVersion;
        this.sortNumber = sectionNumber;
    }

    /** A top-level comment, once stored, is its own thread. */
    public void startsThread() {
        this.threadId = id;
    }

    public long getThreadId() {
        return threadId;
    }

    public int getSortVersion() {
        return sortVersion;
    }

    public int getSortNumber() {
        return sortNumber;
    }

    public void edit(String newBody, Attribution newAttribution, Instant at) {
        this.body = newBody;
        this.attribution = newAttribution;
        this.editedAt = at;
    }

    public void withdraw(Instant at) {
        this.withdrawn = true;
        this.editedAt = at;
    }

    public void hide(String reason, String by) {
        this.hidden = true;
        this.hiddenReason = reason;
        this.hiddenBy = by;
    }

    public void report() {
        this.reported = true;
    }

    public Long getId() {
        return id;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public Long getSectionId() {
        return sectionId;
    }

    public Long getParentId() {
        return parentId;
    }

    public int getDepth() {
        return depth;
    }

    public String getAuthorRef() {
        return authorRef;
    }

    public Attribution getAttribution() {
        return attribution;
    }

    public String getBody() {
        return body;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public boolean isHidden() {
        return hidden;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public boolean isReported() {
        return reported;
    }
}
