package org.nstac.portal.shared;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Interests members declared (an organisation and their relation to it), as the people who must weigh them see them:
 * the secretariat when it offers a task, the chair on a council position. The care feature provides it and answers
 * nothing (empty) to anyone else. An organisation is what the member typed: show it beside the pseudonym, never beside
 * anything from the identity vault, and never write it to a log.
 */
public interface DeclaredInterests {

    /** One declared interest; relation is EMPLOYED, VOLUNTEER, BOARD, FUNDED_BY, FAMILY or OTHER. */
    record Interest(String organisation, String relation) implements java.io.Serializable {
    }

    /** A member stepped aside from a consultation because of an interest (as declared at that moment). */
    record StepAside(String memberRef, String organisation, String relation) implements java.io.Serializable {
    }

    /** The interests of each of these members who declared any; empty unless the caller is secretariat or chair. */
    Map<String, List<Interest>> ofMembers(Collection<String> memberRefs);

    /** Who stepped aside from a consultation; empty unless the caller is secretariat or chair. */
    List<StepAside> stepAsidesOn(long consultationId);
}
