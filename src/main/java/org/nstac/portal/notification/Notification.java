package org.nstac.portal.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An in-portal notification: a message key (translated when shown), a link inside the portal and the title of the
 * item it is about (a consultation, a task, a meeting), so that the person knows which one without opening it. Never
 * a person's name, a place or the text of a comment, so that a glance over someone's shoulder gives nothing away.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(name = "message_key", nullable = false, updatable = false)
    private String messageKey;

    @Column(nullable = false, updatable = false)
    private String link;

    /** The title of the item, or null for a notice about no named item (and every notice from before issue 17). */
    @Column(updatable = false)
    private String subject;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
        // for JPA
    }

    /** The longest title kept (the column's size); a longer one is cut with an ellipsis. */
    static final int MAX_SUBJECT = 300;

    public Notification(String recipient, String messageKey, String link, Instant createdAt) {
        this(recipient, messageKey, link, null, createdAt);
    }

    public Notification(String recipient, String messageKey, String link, String subject, Instant createdAt) {
        this.recipient = recipient;
        this.messageKey = messageKey;
        this.link = link;
        this.subject = subject(subject);
        this.createdAt = createdAt;
    }

    /** A title as kept: stripped, null when blank, cut to {@value #MAX_SUBJECT} characters. */
    static String subject(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String stripped = title.strip();
        return stripped.length() <= MAX_SUBJECT ? stripped : stripped.substring(0, MAX_SUBJECT - 1) + "…";
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getLink() {
        return link;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
