package org.nstac.portal.care.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.care.domain.QuoteProposal;
import org.nstac.portal.care.domain.QuoteRules;
import org.nstac.portal.care.domain.QuoteState;
import org.nstac.portal.care.infrastructure.QuoteRecord;
import org.nstac.portal.care.infrastructure.QuoteStore;
import org.nstac.portal.payment.receipt.Receipt;
import org.nstac.portal.payment.receipt.ReceiptCheck;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.MemberContext;
import org.nstac.portal.shared.MemberDirectory;
import org.nstac.portal.shared.NotFound;
import org.nstac.portal.shared.Notices;

/**
 * Quotes and photos approved one by one: the secretariat proposes a member's words or photo for a named public
 * output; only that member approves or declines it, and may withdraw an approval until the publication day. Nothing
 * is usable without approval. Each command is one transaction with its audit record (never the words themselves) and
 * its notices; the member's discreet mail goes out after commit.
 */
@ApplicationScoped
@Transactional
public class Quotes {

    /** The member's page where they decide. */
    public static final String MEMBER_PAGE = "/member/quotes";

    /** The secretariat's page where it proposes and follows them. */
    public static final String SECRETARIAT_PAGE = "/secretariat/quotes";

    public static final String MEMBER_NOT_CURRENT = "care.quote.member.notCurrent";
    public static final String PHOTO_INVALID = "care.quote.photo.invalid";
    public static final String PUBLISHED = "care.quote.published";
    public static final String APPROVE_REQUIRED = "care.quote.approve.required";

    /** Largest photo accepted, before cleaning. */
    public static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;
    static final int LIST_SIZE = 500;

    @Inject
    QuoteStore store;

    @Inject
    CurrentUser user;

    @Inject
    MemberContext member;

    @Inject
    MemberDirectory directory;

    @Inject
    Notices notices;


    @Inject
    AuditLog audit;

    @Inject
    CouncilClock clock;

    Set<QuoteRules.Relation> relationsTo(QuoteRecord q) {
        Set<QuoteRules.Relation> r = EnumSet.noneOf(QuoteRules.Relation.class);
        if (!user.isSignedIn()) {
            return r;
        }
        if (user.hasRole(Role.SECRETARIAT)) {
            r.add(QuoteRules.Relation.SECRETARIAT);
        }
        if (q != null && member.ref().filter(q.getMemberRef()::equals).isPresent()) {
            r.add(QuoteRules.Relation.SUBJECT);
        }
        return r;
    }

    private void require(QuoteRules.Action action, QuoteRecord q) {
        if (!QuoteRules.allows(action, relationsTo(q))) {
            throw new NotFound();
        }
    }

    /**
     * The secretariat proposes a member's words, or a photo (base64, JPEG or PNG; stored without any metadata), for a
     * public output; the member is told.
     *
     * @throws NotFound            for anyone but the secretariat
     * @throws DomainRuleViolation for a member who is not (or no longer) on the council, or a bad proposal
     */
    public QuoteRecord propose(String memberRef, String text, String photoBase64, String purpose,
            LocalDate publishOn) {
        require(QuoteRules.Action.PROPOSE, null);
        boolean hasPhoto = photoBase64 != null && !photoBase64.isBlank();
        QuoteProposal proposal = QuoteProposal.of(text, hasPhoto, purpose, publishOn, clock.today());
        String login = memberRef == null || memberRef.isBlank() ? null
                : directory.loginOf(memberRef.strip()).orElse(null);
        if (login == null) {
            throw new DomainRuleViolation(MEMBER_NOT_CURRENT);
        }
        Receipt photo = hasPhoto ? photo(photoBase64) : null;
        QuoteRecord q = new QuoteRecord(memberRef.strip(), proposal, photo == null ? null : photo.content(),
                photo == null ? null : photo.contentType(), user.getName(), clock.now());
        store.add(q);
        audit.record(user.getName(), "care.quote.proposed", q.getMemberRef(), "quote=" + q.getId()
                + (q.isPhoto() ? " photo" : " text"));
        notices.send(List.of(login), "notification.care.quote.proposed", MEMBER_PAGE);
        return q;
    }

    private static Receipt photo(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainRuleViolation(PHOTO_INVALID);
        }
        if (bytes.length == 0 || bytes.length > MAX_PHOTO_BYTES) {
            throw new DomainRuleViolation(PHOTO_INVALID);
        }
        boolean jpeg = bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8
                && (bytes[2] & 0xFF) == 0xFF;
        boolean png = bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N'
                && bytes[3] == 'G';
        if (!jpeg && !png) {
            throw new DomainRuleViolation(PHOTO_INVALID);
        }
        try {
            // Decoded and encoded afresh: no EXIF, no GPS position, nothing but the pixels is kept.
            return ReceiptCheck.check(bytes);
        } catch (DomainRuleViolation unreadable) {
            throw new DomainRuleViolation(PHOTO_INVALID);
        }
    }

    /**
     * The member's answer: yes approves; no declines, or withdraws an approval given before. Before the publication
     * day only; the secretariat is told.
     *
     * @throws NotFound            for anyone but the member whose words or photo it is
     * @throws DomainRuleViolation when the answer is missing, the publication day has come, or the quote was
     *                             already declined or withdrawn
     */
    public QuoteRecord decide(long id, Boolean approve) {
        QuoteRecord q = store.find(id).orElseThrow(NotFound::new);
        require(QuoteRules.Action.DECIDE, q);
        if (approve == null) {
            throw new DomainRuleViolation(APPROVE_REQUIRED);
        }
        q = store.findLocked(id).orElseThrow(NotFound::new);
        if (!clock.today().isBefore(q.getPublishOn())) {
            throw new DomainRuleViolation(PUBLISHED);
        }
        QuoteState before = q.getState();
        q.decide(approve, clock.now());
        if (q.getState() != before) {
            audit.record(user.getName(), "care.quote." + q.getState().name().toLowerCase(java.util.Locale.ROOT),
                    q.getMemberRef(), "quote=" + id);
            notices.send(List.of(Notices.ROLE_PREFIX + "secretariat"), "notification.care.quote.decided",
                    SECRETARIAT_PAGE);
        }
        return q;
    }

    /** The calling member's quotes, the newest first. @throws NotFound when the caller is not a member */
    public List<QuoteRecord> mine() {
        return store.of(member.requireRef());
    }

    /** For the secretariat: every quote, or only the usable ones (approved and not withdrawn). */
    public List<QuoteRecord> list(boolean usableOnly) {
        require(QuoteRules.Action.LIST, null);
        return store.all(usableOnly ? QuoteState.APPROVED : null, LIST_SIZE);
    }

    /** One quote, for the secretariat or the member it is about. */
    public QuoteRecord get(long id) {
        QuoteRecord q = store.find(id).orElseThrow(NotFound::new);
        require(QuoteRules.Action.VIEW, q);
        return q;
    }

    /** Whether a decision can still change this quote today (before its publication day, not final). */
    public boolean open(QuoteRecord q) {
        return clock.today().isBefore(q.getPublishOn())
                && (q.getState() == QuoteState.PROPOSED || q.getState() == QuoteState.APPROVED);
    }

    public String memberName(QuoteRecord q, java.util.Locale locale) {
        return directory.displayName(q.getMemberRef(), locale);
    }
}
