package org.nstac.portal.load;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One measured step of a run: what is requested, by whom, on a consultation of how many comments. The keys are what
 * {@code -Dload.phases=} takes.
 */
enum Phase {
    LANDING("landing", Kind.LANDING, 0, null),
    PAGE100("page100", Kind.PAGE, 100, "secretariat"),
    PAGE1000("page1000", Kind.PAGE, 1_000, "secretariat"),
    PAGE10000("page10000", Kind.PAGE, 10_000, "secretariat"),
    API100("api100", Kind.API, 100, "secretariat"),
    API1000("api1000", Kind.API, 1_000, "secretariat"),
    API10000("api10000", Kind.API, 10_000, "secretariat"),
    // The issue wants the other roles' views at least as fast as the secretariat's, who sees every comment.
    MEMBER1000("member1000", Kind.PAGE, 1_000, "sunflower"),
    MINISTRY1000("ministry1000", Kind.PAGE, 1_000, "justice"),
    OBSERVER1000("observer1000", Kind.PAGE, 1_000, "observer");

    /** What a phase requests. */
    enum Kind {
        /** {@code /}, anonymous: a trivial Faces page, the stack's ceiling. */
        LANDING,
        /** {@code /consultations/view?id=}, in a signed-in page session. */
        PAGE,
        /** {@code GET /api/consultations/{id}/comments?size=50} with a bearer token. */
        API
    }

    final String key;
    final Kind kind;
    final int comments;
    /** The demo user (password = user name); none for the anonymous landing page. */
    final String user;

    Phase(String key, Kind kind, int comments, String user) {
        this.key = key;
        this.kind = kind;
        this.comments = comments;
        this.user = user;
    }

    static Phase byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No phase '" + key + "'; the phases are "
                        + Arrays.stream(values()).map(p -> p.key).collect(Collectors.joining(","))));
    }
}
