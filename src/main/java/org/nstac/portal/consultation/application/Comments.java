package org.nstac.portal.consultation.application;

import org.nstac.portal.shared.NotFound;
import static org.nstac.portal.platform.SqlValues.instant;
import static org.nstac.portal.platform.SqlValues.truth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.consent.application.Consents;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.consultation.domain.Action;
import org.nstac.portal.consultation.domain.Answer;
import org.nstac.portal.consultation.domain.Attribution;
import org.nstac.portal.consultation.domain.CommentBody;
import org.nstac.portal.consultation.domain.CommentDepth;
import org.nstac.portal.consultation.domain.ConsultationRules;
import org.nstac.portal.consultation.domain.Disposition;
import org.nstac.portal.consultation.domain.Relation;
import org.nstac.portal.consultation.infrastructure.AnswerRecord;
import org.nstac.portal.consultation.infrastructure.CommentRecord;
import org.nstac.portal.consultation.infrastructure.CommentRevisionRecord;
import org.nstac.portal.consultation.infrastructure.ConsultationRecord;
import org.nstac.portal.consultation.infrastructure.SectionRecord;
import org.nstac.portal.notification.Notifications;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.InputRules;

/**
 * Comments on a consultation, their answers, and who sees what of them.
 *
 * <p>Visibility is decided in the query, for the one relation that gives the viewer the widest view: the owning
 * ministry and observers never receive an Internal or hidden comment, nor the pseudonym of a Council comment; the
 * author always sees their own. A page of comments costs two queries however many comments there are (one for the
 * rows with their author and answer, one for the count): no query per comment.
 */
@ApplicationScoped
public class Comments {

    public static final int MAX_PAGE = 200;
    public static final int MAX_HIDE_REASON = 500;

    /**
     * Why the secretariat hides a comment (the author is told): required, stripped, at most
     * {@link #MAX_HIDE_REASON}.
     */
    public record HideReason(
            @NotBlank(message = "consultation.hide.reasonRequired")
            @Size(max = MAX_HIDE_REASON, message = "consultation.hide.reasonTooLong") String reason) {

        public HideReason {
            reason = InputRules.blankAsNone(reason);
        }
    }

    /** What a viewer is shown of one comment; {@code author} is null for "A council member". */
    public record CommentView(long id, Long sectionId, Long parentId, int depth, String body, String author,
            Attribution attribution, Instant postedAt, Instant editedAt, boolean withdrawn, boolean hidden,
            boolean reported, boolean mine, AnswerView answer, SectionLabel section) implements java.io.Serializable {

        public boolean councilMember() {
            return author == null;
        }
    }

    /** The section a comment is about, as its heading shows it; {@code version} is the draft version it belongs to. */
    public record SectionLabel(long id, int number, String heading, int version) implements java.io.Serializable {
    }

    /**
     * A page of whole threads: {@code comments} are the threads' comments in thread and section order (see
     * {@link org.nstac.portal.consultation.domain.CommentThreads}); {@code threads} counts every thread the viewer
     * may see, {@code size} threads to a page.
     */
    public record ThreadPage(List<CommentView> comments, long threads, int page, int size) {
    }

    /** The comment being answered with what it is about: its section (with its text) and its whole thread. */
    public record Context(CommentView comment, SectionLabel section, String sectionText, List<CommentView> thread)
            implements java.io.Serializable {
    }

    public record AnswerView(Disposition disposition, String reason, Long changedSectionId, Instant answeredAt)
            implements java.io.Serializable {
    }

    /** {@code nextAfterId}: the {@code after} of the next page, or null when this page is the last. */
    public record Page(List<CommentView> comments, long total, int page, int size, Long nextAfterId) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    org.nstac.portal.shared.MemberDirectory memberDirectory;

    @Inject
    Consultations consultations;

    @Inject
    Consents consents;

    @Inject
    AuditLog audit;

    @Inject
    Notifications notifications;

    @Inject
    org.nstac.portal.organisation.application.Organisations organisations;

    @Inject
    org.nstac.portal.shared.CouncilClock clock;

    @Transactional
    public CommentRecord post(long consultationId, Long sectionId, Long parentId, String text,
            Attribution attribution, Viewer viewer) {
        ConsultationRecord c = consultations.visible(consultationId, viewer);
        ConsultationRules.require(viewer.relationsTo(c), Action.COMMENT, c.getPhase());
        String me = viewer.memberRef().orElseThrow();
        consents.require(me, ConsentPurpose.COUNCIL_WORK);
        CommentBody body = new CommentBody(text);
        if (attribution == null) {
            throw new DomainRuleViolation("consultation.comment.attributionRequired");
        }
        CommentDepth depth = CommentDepth.TOP_LEVEL;
        Long section = sectionId;
        CommentRecord parent = null;
        SectionRecord s = null;
        if (parentId != null) {
            parent = em.find(CommentRecord.class, parentId);
            if (parent == null || !parent.getConsultationId().equals(c.getId())
                    || !visibleTo(parent, viewer.readingRelation(c), viewer)) {
                throw new DomainRuleViolation("consultation.comment.parentUnknown");
            }
            depth = new CommentDepth(parent.getDepth()).reply();
            section = parent.getSectionId();
        } else if (section != null) {
            s = em.find(SectionRecord.class, section);
            if (s == null || !s.getConsultationId().equals(c.getId())) {
                throw new DomainRuleViolation("consultation.comment.sectionUnknown");
            }
        }
        CommentRecord comment = new CommentRecord(c.getId(), section, parentId, depth.value(), me, attribution,
                body.text(), consultations.now());
        if (parent != null) {
            comment.placeIn(parent.getThreadId(), parent.getSortVersion(), parent.getSortNumber());
        } else if (s != null) {
            comment.placeIn(0, s.getDraftVersion(), s.getNumber());
        }
        em.persist(comment);
        em.flush();
        if (parent == null) {
            comment.startsThread();
        }
        audit.record(viewer.login(), "comment.posted", me, "comment=" + comment.getId() + ",attribution="
                + attribution);
        if (attribution != Attribution.INTERNAL) {
            tellOwnerOfNewComments(c);
        }
        return comment;
    }

    /**
     * The owning organisation's officials hear that new comments arrived, at most once a council day per
     * consultation: the first comment of the day they can read writes the day (its key is the consultation and the
     * day, so a second comment that day, in a concurrent transaction or on another node, tells nobody again) and
     * tells them. An Internal comment, which they never see, tells them nothing.
     */
    private void tellOwnerOfNewComments(ConsultationRecord c) {
        int first = em.createNativeQuery("INSERT IGNORE INTO consultation_comment_notice (consultation_id, notice_day)"
                + " VALUES (?1, ?2)").setParameter(1, c.getId()).setParameter(2, clock.today()).executeUpdate();
        if (first > 0) {
            notifications.send(organisations.officialsOf(c.getOrganisationCode()), "notification.comment.new",
                    "/consultations/view?id=" + c.getId() + "#comments-heading", c.getTitle());
        }
    }

    /** The author edits their comment while the consultation is open; the earlier text is kept. */
    @Transactional
    public CommentRecord edit(long commentId, String text, Attribution attribution, Viewer viewer) {
        CommentRecord comment = own(commentId, viewer);
        CommentBody body = new CommentBody(text);
        em.persist(new CommentRevisionRecord(comment.getId(), comment.getBody(), consultations.now()));
        comment.edit(body.text(), attribution == null ? comment.getAttribution() : attribution, consultations.now());
        audit.record(viewer.login(), "comment.edited", comment.getAuthorRef(), "comment=" + comment.getId());
        return comment;
    }

    /** The author takes the comment back while the consultation is open; the text stays in the history only. */
    @Transactional
    public void withdraw(long commentId, Viewer viewer) {
        CommentRecord comment = own(commentId, viewer);
        if (!comment.isWithdrawn()) {
            em.persist(new CommentRevisionRecord(comment.getId(), comment.getBody(), consultations.now()));
            comment.withdraw(consultations.now());
            audit.record(viewer.login(), "comment.withdrawn", comment.getAuthorRef(), "comment=" + comment.getId());
        }
    }

    /** A member asks the secretariat to look at a comment. */
    @Transactional
    public void report(long commentId, Viewer viewer) {
        CommentRecord comment = findVisible(commentId, viewer);
        ConsultationRecord c = consultations.visible(comment.getConsultationId(), viewer);
        ConsultationRules.require(viewer.relationsTo(c), Action.REPORT_COMMENT, c.getPhase());
        comment.report();
        audit.record(viewer.login(), "comment.reported", null, "comment=" + comment.getId());
        notifications.send(List.of(Notifications.ROLE_PREFIX + "secretariat"), "notification.comment.reported",
                "/consultations/view?id=" + c.getId() + "#comment-" + comment.getId(), c.getTitle());
    }

    /** The secretariat hides a comment with a reason: it leaves ministry view and reports; the author is told. */
    @Transactional
    public void hide(long commentId, String reason, Viewer viewer) {
        CommentRecord comment = em.find(CommentRecord.class, commentId, LockModeType.PESSIMISTIC_WRITE);
        if (comment == null) {
            throw new NotFound();
        }
        ConsultationRecord c = consultations.visible(comment.getConsultationId(), viewer);
        ConsultationRules.require(viewer.relationsTo(c), Action.HIDE_COMMENT, c.getPhase());
        comment.hide(InputRules.check(new HideReason(reason)).reason(), viewer.login());
        audit.record(viewer.login(), "comment.hidden", comment.getAuthorRef(), "comment=" + comment.getId());
        notifications.send(loginOf(comment.getAuthorRef()).stream().toList(), "notification.comment.hidden",
                "/consultations/view?id=" + c.getId() + "#comment-" + comment.getId(), c.getTitle());
    }

    /**
     * The owning ministry answers a comment it can see; answering again replaces the answer. The author is told.
     */
    @Transactional
    public AnswerRecord answer(long commentId, Disposition disposition, String reason, Long changedSectionId,
            Viewer viewer) {
        CommentRecord comment = em.find(CommentRecord.class, commentId);
        if (comment == null) {
            throw new NotFound();
        }
        ConsultationRecord c = consultations.visible(comment.getConsultationId(), viewer);
        Relation reading = viewer.readingRelation(c);
        if (!visibleTo(comment, reading, viewer) || comment.isWithdrawn()) {
            throw new NotFound();
        }
        ConsultationRules.require(viewer.relationsTo(c), Action.ANSWER, c.getPhase());
        Answer answer = new Answer(disposition, reason);
        if (changedSectionId != null) {
            SectionRecord s = em.find(SectionRecord.class, changedSectionId);
            if (s == null || !s.getConsultationId().equals(c.getId())) {
                throw new DomainRuleViolation("consultation.answer.sectionUnknown");
            }
            boolean toFinal = c.getFinalVersion().filter(v -> v == s.getDraftVersion()).isPresent();
            if (toFinal && answer.disposition() != Disposition.ACCEPTED
                    && answer.disposition() != Disposition.PARTLY_ACCEPTED) {
                // Only an answer that took the comment up can be said to have led to the final text.
                throw new DomainRuleViolation(Consultations.FINAL_ANSWER_NOT_TAKEN_UP, commentId);
            }
        }
        AnswerRecord record = em.find(AnswerRecord.class, commentId, LockModeType.PESSIMISTIC_WRITE);
        if (record == null) {
            record = new AnswerRecord(commentId);
            em.persist(record);
        }
        record.answer(answer.disposition(), answer.optionalReason().orElse(null), changedSectionId, viewer.login(),
                consultations.now());
        audit.record(viewer.login(), "comment.answered", comment.getAuthorRef(), "comment=" + commentId
                + ",disposition=" + disposition);
        notifications.send(loginOf(comment.getAuthorRef()).stream().toList(), "notification.comment.answered",
                "/consultations/view?id=" + c.getId() + "#comment-" + commentId, c.getTitle());
        return record;
    }

    /**
     * One page of the comments this viewer may see, oldest first, optionally only those on one section or only
     * the unanswered ones (the ministry's answer screen). With {@code after} (a comment's id) the page is the
     * comments after that one, found by seeking in the index rather than by counting off those before: the way to
     * read a long consultation through, at the same cost on every page.
     */
    public Page page(long consultationId, Long sectionId, boolean unansweredOnly, int page, int size, Long after,
            Viewer viewer) {
        ConsultationRecord c = consultations.visible(consultationId, viewer);
        int limit = Math.max(1, Math.min(size, MAX_PAGE));
        int first = after == null ? Math.max(0, page) * limit : 0;
        // One comment more than the page holds says whether another page follows.
        List<CommentView> found = rows(c, sectionId, unansweredOnly, first, limit + 1, after, viewer);
        Long next = null;
        if (found.size() > limit) {
            found = found.subList(0, limit);
            next = found.getLast().id();
        }
        return new Page(found, count(c, sectionId, unansweredOnly, viewer), after == null ? Math.max(0, page) : 0,
                limit, next);
    }

    /** Comments from row {@code first}, at most {@code limit}: one query, whatever their number. */
    public List<CommentView> rows(ConsultationRecord c, Long sectionId, boolean unansweredOnly, int first,
            int limit, Viewer viewer) {
        return rows(c, sectionId, unansweredOnly, first, Math.max(1, Math.min(limit, MAX_PAGE)), null, viewer);
    }

    /** At most {@code limit} comments (already capped by the caller) from row {@code first}, or after a comment. */
    @SuppressWarnings("unchecked")
    private List<CommentView> rows(ConsultationRecord c, Long sectionId, boolean unansweredOnly, int first,
            int limit, Long after, Viewer viewer) {
        Relation reading = viewer.readingRelation(c);
        // Oldest first is the order of ix_comment_page (consultation, id). Left to itself, MariaDB may walk the
        // primary key from the table's first comment instead, past every other consultation's comments: the
        // load benchmark found the 10,000-comment list slowing once a second large consultation came before it.
        Filter filter = filter(c, sectionId, unansweredOnly, viewer, new ArrayList<>(),
                " LEFT JOIN consultation_section s ON s.id = c.section_id", " FORCE INDEX (ix_comment_page)");
        String seek = "";
        if (after != null) {
            filter.params().add(after);
            seek = " AND c.id > ?" + filter.params().size();
        }
        var query = em.createNativeQuery(COLUMNS + filter.sql() + seek + " ORDER BY c.id LIMIT " + limit
                + (first > 0 ? " OFFSET " + first : ""));
        filter.bind(query);
        return views((List<Object[]>) query.getResultList(), reading, viewer);
    }

    /** What a page of comments reads of each: the comment, its answer, whether its parent shows, its section. */
    private static final String COLUMNS = "SELECT c.id, c.section_id, c.parent_id, c.depth, c.body, c.author_ref,"
            + " c.attribution, c.posted_at, c.edited_at, c.withdrawn, c.hidden, c.reported, c.author_ref,"
            + " a.disposition, a.reason, a.changed_section_id, a.answered_at, (p.id IS NULL OR (p.hidden = FALSE"
            + " AND p.withdrawn = FALSE AND p.attribution <> 'INTERNAL')), s.number, s.heading, s.draft_version,"
            + " c.sort_version, c.sort_number, c.thread_id";

    private List<CommentView> views(List<Object[]> rows, Relation reading, Viewer viewer) {
        // The authors' names in one more query, whatever the page's size: the member feature owns them.
        Map<String, String> names = memberDirectory.displayNames(
                rows.stream().map(r -> (String) r[12]).collect(java.util.stream.Collectors.toSet()), viewer.locale());
        List<CommentView> views = new ArrayList<>();
        for (Object[] row : rows) {
            row[5] = names.getOrDefault((String) row[12], "");
            views.add(view(row, reading, viewer));
        }
        return views;
    }

    /**
     * One page of whole threads this viewer may see: {@code size} threads (a top-level comment with all its
     * replies), the threads on the whole draft first, then section by section in the text's order, each thread in
     * the order it was started. The replies come with their thread, so a reply is never pages away from what it
     * answers. Three queries whatever the number of comments: the threads' comments, their authors' names, the count
     * of threads.
     */
    public ThreadPage threads(long consultationId, Long sectionId, boolean unansweredOnly, int page, int size,
            Viewer viewer) {
        ConsultationRecord c = consultations.visible(consultationId, viewer);
        int limit = Math.max(1, Math.min(size, MAX_PAGE));
        int current = Math.max(0, page);
        return new ThreadPage(threadRows(c, sectionId, unansweredOnly, current * limit, limit, viewer),
                threadCount(c, sectionId, unansweredOnly, viewer), current, limit);
    }

    /**
     * Where a thread sorts: its section's draft version and number (0 and 0 for the whole draft), then its first
     * comment's id. A page of threads starts after (or, read backwards, before) one of these.
     */
    public record ThreadKey(int version, int number, long thread) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The comments of the threads from thread {@code first} on, at most {@code limit} threads: one query. */
    public List<CommentView> threadRows(ConsultationRecord c, Long sectionId, boolean unansweredOnly, int first,
            int limit, Viewer viewer) {
        return threadRows(c, sectionId, unansweredOnly, null, false, Math.max(0, first), limit, viewer);
    }

    /**
     * The comments of at most {@code limit} threads just after {@code after} (the first threads when it is null),
     * or, {@code backwards}, just before it; in thread order either way. One query that seeks in the thread index
     * (V27) instead of counting off the threads before: its cost does not grow with the number of comments.
     */
    public ThreadSlice threadSlice(ConsultationRecord c, ThreadKey after, boolean backwards, int limit,
            Viewer viewer) {
        List<Object[]> rows = threadQuery(c, null, false, after, backwards, 0, limit, viewer);
        return new ThreadSlice(views(rows, viewer.readingRelation(c), viewer),
                rows.isEmpty() ? null : key(rows.getFirst()), rows.isEmpty() ? null : key(rows.getLast()));
    }

    /** Threads' comments in thread order, with the keys of the first thread and the last (null when none). */
    public record ThreadSlice(List<CommentView> comments, ThreadKey first, ThreadKey last) {
    }

    private static ThreadKey key(Object[] row) {
        return new ThreadKey(((Number) row[21]).intValue(), ((Number) row[22]).intValue(),
                ((Number) row[23]).longValue());
    }

    private List<CommentView> threadRows(ConsultationRecord c, Long sectionId, boolean unansweredOnly,
            ThreadKey after, boolean backwards, int first, int limit, Viewer viewer) {
        return views(threadQuery(c, sectionId, unansweredOnly, after, backwards, first, limit, viewer),
                viewer.readingRelation(c), viewer);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> threadQuery(ConsultationRecord c, Long sectionId, boolean unansweredOnly,
            ThreadKey after, boolean backwards, int first, int limit, Viewer viewer) {
        List<Object> params = new ArrayList<>();
        Filter threads = filter(c, sectionId, unansweredOnly, viewer, params, null);
        StringBuilder pick = new StringBuilder("SELECT DISTINCT c.sort_version AS v, c.sort_number AS n,"
                + " c.thread_id AS thread").append(threads.sql());
        if (after != null) {
            pick.append(seek(after, backwards ? "<" : ">", params));
        }
        String direction = backwards ? " DESC" : "";
        pick.append(" ORDER BY v").append(direction).append(", n").append(direction).append(", thread")
                .append(direction).append(" LIMIT ").append(Math.max(1, Math.min(limit, MAX_PAGE)));
        if (first > 0) {
            pick.append(" OFFSET ").append(first);
        }
        Filter comments = filter(c, sectionId, unansweredOnly, viewer, params,
                " LEFT JOIN consultation_section s ON s.id = c.section_id JOIN (" + pick + ") t"
                        + " ON t.thread = c.thread_id");
        var query = em.createNativeQuery(COLUMNS + comments.sql() + " ORDER BY t.v, t.n, t.thread, c.id");
        comments.bind(query);
        return (List<Object[]>) query.getResultList();
    }

    /** How many threads this viewer may see (with the same filters): one query, answered from the thread index. */
    public long threadCount(ConsultationRecord c, Long sectionId, boolean unansweredOnly, Viewer viewer) {
        Filter filter = filter(c, sectionId, unansweredOnly, viewer, new ArrayList<>(), null);
        var query = em.createNativeQuery("SELECT COUNT(DISTINCT c.thread_id)" + filter.sql());
        filter.bind(query);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** How many threads this viewer may see before {@code key}'s: the number of the page that starts there. */
    public long threadsBefore(ConsultationRecord c, ThreadKey key, Viewer viewer) {
        List<Object> params = new ArrayList<>();
        Filter filter = filter(c, null, false, viewer, params, null);
        var query = em.createNativeQuery("SELECT COUNT(DISTINCT c.thread_id)" + filter.sql() + seek(key, "<", params));
        filter.bind(query);
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * The condition "the comment's thread sorts before ({@code <}) or after ({@code >}) {@code key}", spelled out
     * column by column so that the database seeks to it in the thread index; its parameters go on {@code params}.
     */
    private static String seek(ThreadKey key, String op, List<Object> params) {
        params.add(key.version());
        int v = params.size();
        params.add(key.number());
        int n = params.size();
        params.add(key.thread());
        int t = params.size();
        return " AND (c.sort_version " + op + " ?" + v + " OR (c.sort_version = ?" + v + " AND (c.sort_number " + op
                + " ?" + n + " OR (c.sort_number = ?" + n + " AND c.thread_id " + op + " ?" + t + "))))";
    }

    /**
     * A comment this viewer may see with what it is about, for the answer screen: its section with the section's
     * text, and its whole thread as the viewer may see it (the comment answered among them). Three queries.
     */
    @SuppressWarnings("unchecked")
    public Context context(long commentId, Viewer viewer) {
        CommentRecord comment = findVisible(commentId, viewer);
        ConsultationRecord c = consultations.visible(comment.getConsultationId(), viewer);
        Relation reading = viewer.readingRelation(c);
        List<Object> params = new ArrayList<>();
        Filter filter = filter(c, null, false, viewer, params,
                " LEFT JOIN consultation_section s ON s.id = c.section_id");
        params.add(comment.getThreadId());
        var query = em.createNativeQuery(COLUMNS + filter.sql() + " AND c.thread_id = ?" + params.size()
                + " ORDER BY c.id");
        filter.bind(query);
        List<CommentView> thread = org.nstac.portal.consultation.domain.CommentThreads.arrange(
                views((List<Object[]>) query.getResultList(), reading, viewer), CommentView::id, CommentView::parentId)
                .stream().map(org.nstac.portal.consultation.domain.CommentThreads.Placed::comment).toList();
        CommentView answered = thread.stream().filter(v -> v.id() == commentId).findFirst()
                .orElseThrow(NotFound::new);
        SectionRecord section = comment.getSectionId() == null ? null
                : em.find(SectionRecord.class, comment.getSectionId());
        return new Context(answered, answered.section(), section == null ? null : section.getBody(), thread);
    }

    /** How many comments this viewer may see (with the same filters): one query. */
    public long count(ConsultationRecord c, Long sectionId, boolean unansweredOnly, Viewer viewer) {
        Filter filter = filter(c, sectionId, unansweredOnly, viewer);
        var query = em.createNativeQuery("SELECT COUNT(*)" + filter.sql());
        filter.bind(query);
        return ((Number) query.getSingleResult()).longValue();
    }

    private record Filter(String sql, List<Object> params) {
        void bind(jakarta.persistence.Query query) {
            for (int i = 0; i < params.size(); i++) {
                query.setParameter(i + 1, params.get(i));
            }
        }
    }

    private Filter filter(ConsultationRecord c, Long sectionId, boolean unansweredOnly, Viewer viewer) {
        return filter(c, sectionId, unansweredOnly, viewer, new ArrayList<>(),
                " LEFT JOIN consultation_section s ON s.id = c.section_id");
    }

    /**
     * The FROM and WHERE of a query for the comments this viewer may see, with {@code joins} after the comment, its
     * answer and its parent; its parameters are added to {@code params}, numbered on from those already there (two
     * filters of one query share the list).
     */
    private Filter filter(ConsultationRecord c, Long sectionId, boolean unansweredOnly, Viewer viewer,
            List<Object> params, String joins) {
        return filter(c, sectionId, unansweredOnly, viewer, params, joins, "");
    }

    /** As above, with an index hint on the comment table ({@code hint}, empty for none). */
    private Filter filter(ConsultationRecord c, Long sectionId, boolean unansweredOnly, Viewer viewer,
            List<Object> params, String joins, String hint) {
        Relation reading = viewer.readingRelation(c);
        params.add(c.getId());
        // joins == null: the comment alone (and its answer when only unanswered ones count), so that a count or a
        // choice of threads reads the thread index and nothing else.
        String answer = " LEFT JOIN comment_answer a ON a.comment_id = c.id";
        String from = joins == null ? " FROM consultation_comment c" + hint + (unansweredOnly ? answer : "")
                : " FROM consultation_comment c" + hint + answer
                        + " LEFT JOIN consultation_comment p ON p.id = c.parent_id" + joins;
        StringBuilder sql = new StringBuilder(from + " WHERE c.consultation_id = ?" + params.size());
        if (!ConsultationRules.allows(reading, Action.READ_COMMENTS, c.getPhase())) {
            sql.append(" AND FALSE");
        }
        switch (reading) {
            case SECRETARIAT -> { }
            case MEMBER, CHAIR -> {
                params.add(viewer.memberRef().orElse(""));
                sql.append(" AND (c.hidden = FALSE OR c.author_ref = ?").append(params.size()).append(")");
            }
            case OWNING_MINISTRY, OBSERVER ->
                sql.append(" AND c.hidden = FALSE AND c.withdrawn = FALSE AND c.attribution <> 'INTERNAL'");
            default -> sql.append(" AND FALSE");
        }
        if (sectionId != null) {
            params.add(sectionId);
            sql.append(" AND c.section_id = ?").append(params.size());
        }
        if (unansweredOnly) {
            sql.append(" AND a.comment_id IS NULL AND c.withdrawn = FALSE");
        }
        return new Filter(sql.toString(), params);
    }

    private CommentView view(Object[] row, Relation reading, Viewer viewer) {
        Attribution attribution = Attribution.valueOf((String) row[6]);
        String authorRef = (String) row[12];
        boolean mine = viewer.isAuthor(authorRef);
        boolean withdrawn = truth(row[9]);
        boolean outside = reading == Relation.OWNING_MINISTRY || reading == Relation.OBSERVER;
        boolean neutral = !mine && attribution == Attribution.COUNCIL && outside;
        // A reply to a comment the reader cannot see (Internal, hidden, withdrawn) stands on its own for them: no
        // parent to point at, and no depth that would show there is one.
        boolean parentShown = !outside || truth(row[17]);
        AnswerView answer = row[13] == null ? null : new AnswerView(Disposition.valueOf((String) row[13]),
                (String) row[14], row[15] == null ? null : ((Number) row[15]).longValue(), instant(row[16]));
        SectionLabel section = row[1] == null || row[18] == null ? null : new SectionLabel(
                ((Number) row[1]).longValue(), ((Number) row[18]).intValue(), (String) row[19],
                ((Number) row[20]).intValue());
        return new CommentView(((Number) row[0]).longValue(), row[1] == null ? null : ((Number) row[1]).longValue(),
                row[2] == null || !parentShown ? null : ((Number) row[2]).longValue(),
                parentShown ? ((Number) row[3]).intValue() : 1,
                withdrawn && !mine ? "" : (String) row[4], neutral ? null : (String) row[5], attribution,
                instant(row[7]), instant(row[8]), withdrawn, truth(row[10]),
                reading == Relation.SECRETARIAT && truth(row[11]), mine, answer, section);
    }

    /** A comment this viewer may see, or "not found". */
    public CommentRecord findVisible(long commentId, Viewer viewer) {
        CommentRecord comment = em.find(CommentRecord.class, commentId);
        if (comment == null) {
            throw new NotFound();
        }
        ConsultationRecord c = consultations.visible(comment.getConsultationId(), viewer);
        Relation reading = viewer.readingRelation(c);
        if (!visibleTo(comment, reading, viewer) || (!viewer.isAuthor(comment.getAuthorRef())
                && !ConsultationRules.allows(reading, Action.READ_COMMENTS, c.getPhase()))) {
            throw new NotFound();
        }
        return comment;
    }

    private static boolean visibleTo(CommentRecord comment, Relation reading, Viewer viewer) {
        if (viewer.isAuthor(comment.getAuthorRef())) {
            return true;
        }
        return switch (reading) {
            case SECRETARIAT -> true;
            case MEMBER, CHAIR -> !comment.isHidden();
            case OWNING_MINISTRY, OBSERVER -> !comment.isHidden() && !comment.isWithdrawn()
                    && comment.getAttribution() != Attribution.INTERNAL;
            default -> false;
        };
    }

    private CommentRecord own(long commentId, Viewer viewer) {
        CommentRecord comment = em.find(CommentRecord.class, commentId, LockModeType.PESSIMISTIC_WRITE);
        if (comment == null || !viewer.isAuthor(comment.getAuthorRef())) {
            throw new NotFound();
        }
        ConsultationRecord c = consultations.visible(comment.getConsultationId(), viewer);
        ConsultationRules.require(viewer.relationsTo(c), Action.EDIT_OWN_COMMENT, c.getPhase());
        return comment;
    }

    Optional<String> loginOf(String memberRef) {
        return memberDirectory.loginOf(memberRef);
    }
}
