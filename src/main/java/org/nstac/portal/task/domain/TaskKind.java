package org.nstac.portal.task.domain;

/**
 * What a paid task asks of a member. The kinds are the forms of council work that the research on survivor
 * involvement names, and each is paid work, never a favour: reviewing a draft law, preparing a briefing, speaking
 * at an event, co-facilitating a training for professionals, supporting a peer, translating. {@code OTHER} keeps
 * the list from forcing real work into the wrong box.
 *
 * <p>The kind only names the work. What a member must offer and agree to for it (roles, topics, public appearance,
 * media) is stated in the task's {@link TaskTerms}, so eligibility never guesses from a label.
 */
public enum TaskKind {
    REVIEW_DRAFT,
    PREPARE_BRIEFING,
    SPEAK_AT_EVENT,
    CO_FACILITATE_TRAINING,
    PEER_SUPPORT,
    TRANSLATION,
    OTHER
}
