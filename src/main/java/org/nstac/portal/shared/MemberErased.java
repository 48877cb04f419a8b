package org.nstac.portal.shared;

/**
 * A member withdrew fully and their identity was erased (their data key deleted). Fired in the erasure's transaction;
 * features that keep files or copies tied to the member clean them up after it commits.
 */
public record MemberErased(String memberRef) {
}
