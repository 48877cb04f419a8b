package org.nstac.portal.member.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.member.domain.ContentNote;
import org.nstac.portal.member.domain.VocabularyRules;
import org.nstac.portal.member.domain.VocabularyRules.VocabularyAction;
import org.nstac.portal.platform.SerialLocks;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.NotFound;

/**
 * The content-note vocabulary as the administrator keeps it: the list, a new topic, a corrected label. Codes are
 * written once and never change ({@link ContentNote}); each change is audited in its transaction. Everyone signed in
 * reads it ({@link VocabularyRules}); keeping it is "not found" to anyone but the administrator.
 */
@ApplicationScoped
public class ContentNotes {

    public static final String CODE_TAKEN = "contentNote.code.taken";
    public static final String LABEL_TAKEN = "contentNote.label.taken";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    SerialLocks locks;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    /** The whole vocabulary, ordered by code. */
    @SuppressWarnings("unchecked")
    public List<ContentNote> list() {
        require(VocabularyAction.READ);
        List<Object[]> rows = em.createNativeQuery("SELECT code, label_en, label_sr FROM content_note ORDER BY code")
                .getResultList();
        return rows.stream().map(r -> new ContentNote((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    /** Whether the caller may keep the vocabulary (for a page to show its form). */
    public boolean mayKeep() {
        return VocabularyRules.allows(user.getRoles(), VocabularyAction.KEEP);
    }

    /**
     * Adds a topic.
     *
     * @throws NotFound           for anyone but the administrator
     * @throws DomainRuleViolation the {@link ContentNote} rules; {@value #CODE_TAKEN} for a code already there;
     *                             {@value #LABEL_TAKEN} for a label another topic has in the same language
     */
    @Transactional
    public ContentNote add(String code, String labelEn, String labelSr) {
        require(VocabularyAction.KEEP);
        ContentNote note = new ContentNote(code, labelEn, labelSr);
        // Writers line up on the lock. The list is this transaction's first read, made after the lock, so it holds what
        // the writer before committed (a read before the lock would fix an older snapshot).
        locks.hold(SerialLocks.CONTENT_NOTES);
        List<ContentNote> all = list();
        if (all.stream().anyMatch(n -> n.code().equals(note.code()))) {
            throw new DomainRuleViolation(CODE_TAKEN);
        }
        if (all.stream().anyMatch(note::clashesWith)) {
            throw new DomainRuleViolation(LABEL_TAKEN);
        }
        em.createNativeQuery("INSERT INTO content_note (code, label_en, label_sr) VALUES (?1, ?2, ?3)")
                .setParameter(1, note.code()).setParameter(2, note.labelEn()).setParameter(3, note.labelSr())
                .executeUpdate();
        audit.record(user.getName(), "contentNote.added", "content-note:" + note.code(), null);
        return note;
    }

    /**
     * Corrects a topic's labels; its code stays.
     *
     * @throws NotFound           for anyone but the administrator, and for a code that is not there
     * @throws DomainRuleViolation as {@link #add}
     */
    @Transactional
    public ContentNote relabel(String code, String labelEn, String labelSr) {
        require(VocabularyAction.KEEP);
        locks.hold(SerialLocks.CONTENT_NOTES);
        List<ContentNote> all = list();
        ContentNote existing = all.stream().filter(n -> n.code().equals(code)).findFirst().orElseThrow(NotFound::new);
        ContentNote note = new ContentNote(existing.code(), labelEn, labelSr);
        if (all.stream().filter(n -> !n.code().equals(code)).anyMatch(note::clashesWith)) {
            throw new DomainRuleViolation(LABEL_TAKEN);
        }
        em.createNativeQuery("UPDATE content_note SET label_en = ?2, label_sr = ?3 WHERE code = ?1")
                .setParameter(1, note.code()).setParameter(2, note.labelEn()).setParameter(3, note.labelSr())
                .executeUpdate();
        audit.record(user.getName(), "contentNote.relabelled", "content-note:" + note.code(), null);
        return note;
    }

    private void require(VocabularyAction action) {
        if (!user.isSignedIn() || !VocabularyRules.allows(user.getRoles(), action)) {
            throw new NotFound();
        }
    }
}
