package org.nstac.portal.consultation.domain;

import static org.nstac.portal.consultation.domain.Action.ANSWER;
import static org.nstac.portal.consultation.domain.Action.ATTACH_DOCUMENT;
import static org.nstac.portal.consultation.domain.Action.CLAIM_DRAFTING;
import static org.nstac.portal.consultation.domain.Action.CLAIM_PREPARATION;
import static org.nstac.portal.consultation.domain.Action.COMMENT;
import static org.nstac.portal.consultation.domain.Action.CREATE;
import static org.nstac.portal.consultation.domain.Action.DRAFT_POSITION;
import static org.nstac.portal.consultation.domain.Action.EDIT_DRAFT;
import static org.nstac.portal.consultation.domain.Action.EDIT_OWN_COMMENT;
import static org.nstac.portal.consultation.domain.Action.ENDORSE_POSITION;
import static org.nstac.portal.consultation.domain.Action.HIDE_COMMENT;
import static org.nstac.portal.consultation.domain.Action.MOVE_PHASE;
import static org.nstac.portal.consultation.domain.Action.PUBLISH_FINAL;
import static org.nstac.portal.consultation.domain.Action.PUBLISH_VERSION;
import static org.nstac.portal.consultation.domain.Action.READ_REPORT;
import static org.nstac.portal.consultation.domain.Action.RECORD_OUTCOME;
import static org.nstac.portal.consultation.domain.Action.REPORT_COMMENT;
import static org.nstac.portal.consultation.domain.Action.READ_COMMENTS;
import static org.nstac.portal.consultation.domain.Action.TRACK_ANSWERS;
import static org.nstac.portal.consultation.domain.Action.VIEW;
import static org.nstac.portal.consultation.domain.Phase.ANSWERED;
import static org.nstac.portal.consultation.domain.Phase.CLOSED;
import static org.nstac.portal.consultation.domain.Phase.DECLINED;
import static org.nstac.portal.consultation.domain.Phase.DRAFT;
import static org.nstac.portal.consultation.domain.Phase.OPEN;
import static org.nstac.portal.consultation.domain.Phase.REPORT_PUBLISHED;
import static org.nstac.portal.consultation.domain.Phase.REQUESTED;
import static org.nstac.portal.consultation.domain.Relation.CHAIR;
import static org.nstac.portal.consultation.domain.Relation.MEMBER;
import static org.nstac.portal.consultation.domain.Relation.OBSERVER;
import static org.nstac.portal.consultation.domain.Relation.OWNING_MINISTRY;
import static org.nstac.portal.consultation.domain.Relation.SECRETARIAT;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The phase truth table: who may do what to a consultation in each phase. The feature's policy class, its pages,
 * its API and its jobs all ask here, so a button a page hides is also refused by the API.
 *
 * <p>Why these grants:
 * <ul>
 *   <li>A draft is the ministry's work in progress: only the owning ministry and the secretariat (which prepares
 *       the council for it) may see it. From {@code OPEN} on, members, the chair, observers, the secretariat and
 *       the owning ministry may read it. Another ministry sees nothing, in any phase: officials read only their
 *       own ministry's consultations. The administrator has no part in consultations and sees nothing.</li>
 *   <li>Members comment, and change their own comments, only while the consultation is {@code OPEN}, so the
 *       ministry answers a fixed set of comments. The ministry may answer from {@code OPEN} until the
 *       consultation is {@code ANSWERED}, and publish new versions of the draft until the report is out.</li>
 *   <li>The chair drafts the council's joint position, and members endorse it, while the consultation is
 *       {@code OPEN} or {@code CLOSED}; once the position is submitted neither may change it
 *       ({@link #requireForPosition}).</li>
 *   <li>The secretariat moderates (hides comments) in every phase that has comments; members may report a
 *       comment to it in the same phases.</li>
 *   <li>The report is read by everyone who took part, and by observers, once published; the owning ministry and
 *       the secretariat may preview it from {@code ANSWERED}.</li>
 *   <li>Comments are read by the council, the secretariat and the owning ministry from {@code OPEN} on; observers
 *       (NGOs, donors, unions) read them only in the published report's phase, when the ministry's answers stand
 *       beside them, not while the council is still working.</li>
 *   <li>A member who took part claims the consultation's paid preparation hours, and the chair the drafting hours,
 *       from the opening on: the work was done, whenever it is claimed.</li>
 *   <li>Phase moves are for the owning ministry and the secretariat; {@link Phase#moveTo(Phase, int)} says which
 *       move. Nothing moves after {@code REPORT_PUBLISHED}.</li>
 *   <li>Only a ministry official opens a consultation, and only for their own ministry: {@code CREATE} is asked as
 *       the {@code OWNING_MINISTRY} of the {@code DRAFT} about to exist (see {@code Viewer.relationsToNewDraft}).
 *       The secretariat prepares the council for a consultation but does not write the state's drafts.</li>
 *   <li>Supporting documents go with the text: the owning ministry attaches them while it may change the draft or
 *       publish a new version of it, not once the report is out.</li>
 *   <li>The owning ministry and the secretariat follow the answers (how many comments still wait, which
 *       consultations are overdue) in every phase: it is the ministry's duty and the secretariat's to remind it.</li>
 *   <li>An NGO or a trade union asks the council for advice: its official ({@code OWNING_MINISTRY} of their own
 *       organisation's consultations, see {@link Relation}) creates it {@code REQUESTED} (the phase
 *       {@code Viewer.startingPhase} gives a partner), may amend the request and attach documents to it while it
 *       waits, and sees it declined. Only the secretariat moves a request on (accepts it as a {@code DRAFT} or
 *       declines it): the council's time is not the partner's to take. Members, the chair and observers see nothing
 *       of a request; once accepted, the partner's organisation stands where a ministry stands, in every row of this
 *       table.</li>
 *   <li>After the report is published the owning ministry (or partner) records what became of the law, and may
 *       correct it as the law moves on; before the report there is nothing to say what the advice led to.</li>
 *   <li>The owning ministry (or partner) publishes the final version only once the consultation is {@code CLOSED}:
 *       the final text answers what members said, so it cannot come while they are still saying it. After it, no
 *       version follows (the service refuses {@code PUBLISH_VERSION} once a final version exists).</li>
 * </ul>
 * A person may hold several {@link Relation}s (the chair is also a member); the "any" methods allow what any of
 * them allows. Anything not granted here is refused.
 */
public final class ConsultationRules {

    public static final String ACTION_NOT_ALLOWED = "consultation.action.notAllowed";
    public static final String COMMENT_NOT_OPEN = "consultation.comment.notOpen";
    public static final String POSITION_SUBMITTED = "consultation.position.submitted";

    private static final Set<Phase> AFTER_DRAFT = EnumSet.of(OPEN, CLOSED, ANSWERED, REPORT_PUBLISHED);
    private static final Set<Phase> RUNNING = EnumSet.of(OPEN, CLOSED);

    private static final Map<Action, Map<Phase, Set<Relation>>> GRANTS = new EnumMap<>(Action.class);

    static {
        grant(VIEW, EnumSet.of(REQUESTED, DRAFT, DECLINED), OWNING_MINISTRY, SECRETARIAT);
        grant(EDIT_DRAFT, EnumSet.of(REQUESTED), OWNING_MINISTRY);
        grant(MOVE_PHASE, EnumSet.of(REQUESTED), SECRETARIAT);
        grant(CREATE, EnumSet.of(REQUESTED), OWNING_MINISTRY);
        grant(ATTACH_DOCUMENT, EnumSet.of(REQUESTED), OWNING_MINISTRY);
        grant(VIEW, AFTER_DRAFT, OWNING_MINISTRY, SECRETARIAT, CHAIR, MEMBER, OBSERVER);
        grant(EDIT_DRAFT, EnumSet.of(DRAFT), OWNING_MINISTRY);
        grant(MOVE_PHASE, EnumSet.of(DRAFT, OPEN, CLOSED, ANSWERED), OWNING_MINISTRY, SECRETARIAT);
        grant(COMMENT, EnumSet.of(OPEN), MEMBER);
        grant(EDIT_OWN_COMMENT, EnumSet.of(OPEN), MEMBER);
        grant(ANSWER, RUNNING, OWNING_MINISTRY);
        grant(PUBLISH_VERSION, EnumSet.of(OPEN, CLOSED, ANSWERED), OWNING_MINISTRY);
        grant(DRAFT_POSITION, RUNNING, CHAIR);
        grant(ENDORSE_POSITION, RUNNING, MEMBER);
        grant(HIDE_COMMENT, AFTER_DRAFT, SECRETARIAT);
        grant(REPORT_COMMENT, AFTER_DRAFT, MEMBER);
        grant(READ_REPORT, EnumSet.of(ANSWERED), OWNING_MINISTRY, SECRETARIAT);
        grant(READ_REPORT, EnumSet.of(REPORT_PUBLISHED), OWNING_MINISTRY, SECRETARIAT, CHAIR, MEMBER, OBSERVER);
        grant(READ_COMMENTS, AFTER_DRAFT, OWNING_MINISTRY, SECRETARIAT, CHAIR, MEMBER);
        grant(READ_COMMENTS, EnumSet.of(REPORT_PUBLISHED), OBSERVER);
        grant(CLAIM_PREPARATION, AFTER_DRAFT, MEMBER);
        grant(CLAIM_DRAFTING, AFTER_DRAFT, CHAIR);
        grant(CREATE, EnumSet.of(DRAFT), OWNING_MINISTRY);
        grant(ATTACH_DOCUMENT, EnumSet.of(DRAFT, OPEN, CLOSED, ANSWERED), OWNING_MINISTRY);
        grant(RECORD_OUTCOME, EnumSet.of(REPORT_PUBLISHED), OWNING_MINISTRY);
        grant(PUBLISH_FINAL, EnumSet.of(CLOSED), OWNING_MINISTRY);
        grant(TRACK_ANSWERS, EnumSet.complementOf(EnumSet.of(REQUESTED, DECLINED)), OWNING_MINISTRY, SECRETARIAT);
    }

    private ConsultationRules() {
    }

    private static void grant(Action action, Set<Phase> phases, Relation... relations) {
        Map<Phase, Set<Relation>> byPhase = GRANTS.computeIfAbsent(action, a -> new EnumMap<>(Phase.class));
        for (Phase phase : phases) {
            byPhase.computeIfAbsent(phase, p -> EnumSet.noneOf(Relation.class)).addAll(Set.of(relations));
        }
    }

    /** Whether someone in this relation to the consultation may do this in this phase. */
    public static boolean allows(Relation relation, Action action, Phase phase) {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(phase, "phase");
        return GRANTS.getOrDefault(action, Map.of()).getOrDefault(phase, Set.of()).contains(relation);
    }

    /** Whether any of a person's relations to the consultation allows this in this phase. */
    public static boolean allowsAny(Collection<Relation> relations, Action action, Phase phase) {
        Objects.requireNonNull(relations, "relations");
        return relations.stream().anyMatch(relation -> allows(relation, action, phase));
    }

    /** Everything a person may do in this phase, for a page to show only the buttons that will work. */
    public static Set<Action> allowedActions(Collection<Relation> relations, Phase phase) {
        Set<Action> allowed = EnumSet.noneOf(Action.class);
        for (Action action : Action.values()) {
            if (allowsAny(relations, action, phase)) {
                allowed.add(action);
            }
        }
        return Collections.unmodifiableSet(allowed);
    }

    /**
     * Refuses what the table does not allow.
     *
     * @throws DomainRuleViolation {@value #COMMENT_NOT_OPEN} when a member comments or changes a comment outside
     *                             {@code OPEN} (a message the member can act on); {@value #ACTION_NOT_ALLOWED} for
     *                             anything else not allowed. Pages and API turn the latter into "not found" where
     *                             the consultation itself may not be seen.
     */
    public static void require(Relation relation, Action action, Phase phase) {
        require(EnumSet.of(relation), action, phase);
    }

    /** As {@link #require(Relation, Action, Phase)}, for a person holding several relations. */
    public static void require(Collection<Relation> relations, Action action, Phase phase) {
        if (allowsAny(relations, action, phase)) {
            return;
        }
        if ((action == COMMENT || action == EDIT_OWN_COMMENT) && allowsAny(relations, action, OPEN)) {
            throw new DomainRuleViolation(COMMENT_NOT_OPEN);
        }
        throw new DomainRuleViolation(ACTION_NOT_ALLOWED);
    }

    /**
     * As {@link #require(Collection, Action, Phase)} for work on the council's joint position, which also ends
     * when the chair submits the position: after that nobody drafts or endorses it.
     *
     * @param action            {@code DRAFT_POSITION} or {@code ENDORSE_POSITION}
     * @param positionSubmitted whether the chair has submitted the position to the ministry
     * @throws DomainRuleViolation as {@link #require(Collection, Action, Phase)}, then {@value #POSITION_SUBMITTED}
     */
    public static void requireForPosition(Collection<Relation> relations, Action action, Phase phase,
            boolean positionSubmitted) {
        if (action != DRAFT_POSITION && action != ENDORSE_POSITION) {
            throw new IllegalArgumentException("Not an action on the joint position: " + action);
        }
        require(relations, action, phase);
        if (positionSubmitted) {
            throw new DomainRuleViolation(POSITION_SUBMITTED);
        }
    }
}
