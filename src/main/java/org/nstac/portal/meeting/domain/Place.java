package org.nstac.portal.meeting.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Locale;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Where a meeting happens: in a room ({@link InPerson}) or online ({@link Online}). The safety plan asks for a quiet
 * room in the one case and a way to step out in the other ({@link SafetyPlan#checkedFor(Place)}).
 *
 * <p>Why the online link is checked so strictly: the link is shown to members on the meeting page and clicked. A
 * link that is not a plain web address ({@code javascript:}, {@code data:}, {@code file:}, {@code ftp:}) could run
 * code in the portal's page or fetch something other than a meeting, and a link with a user part
 * ({@code https://portal.example@elsewhere.example/}) is a known way of disguising where it really goes. Only
 * {@code http} and {@code https} with a host are accepted. When the link may be seen is a separate rule
 * ({@link MeetingTimes#linkVisible(InvitationState, java.time.Instant, java.time.ZoneId)}).
 */
public sealed interface Place permits Place.InPerson, Place.Online {

    String VENUE_REQUIRED = "meeting.venue.required";
    String VENUE_TOO_LONG = "meeting.venue.tooLong";
    String LINK_INVALID = "meeting.link.invalid";

    /** Characters (code points): an address with directions fits in it. */
    int MAX_VENUE_LENGTH = 300;

    /** Characters: longer than any meeting service's link, short enough to show. */
    int MAX_LINK_LENGTH = 2000;

    /** Whether the meeting happens online. */
    boolean isOnline();

    /**
     * A place as the secretariat's form gives it: online when {@code online}, else in person.
     *
     * @throws DomainRuleViolation as {@link InPerson} or {@link Online}
     */
    static Place of(boolean online, String venueOrLink) {
        return online ? new Online(venueOrLink) : new InPerson(venueOrLink);
    }

    /**
     * A meeting in a room.
     *
     * @param venue where, in words (the address, the building, the room); surrounding white space removed, Unicode
     *              NFC
     */
    record InPerson(String venue) implements Place {

        /**
         * @throws DomainRuleViolation {@value Place#VENUE_REQUIRED} for a missing or blank venue; {@value
         *                             Place#VENUE_TOO_LONG}, with {@value Place#MAX_VENUE_LENGTH} as argument, for a
         *                             longer one
         */
        public InPerson {
            if (venue == null || venue.isBlank()) {
                throw new DomainRuleViolation(VENUE_REQUIRED);
            }
            venue = Normalizer.normalize(venue.strip(), Normalizer.Form.NFC);
            if (venue.codePointCount(0, venue.length()) > MAX_VENUE_LENGTH) {
                throw new DomainRuleViolation(VENUE_TOO_LONG, MAX_VENUE_LENGTH);
            }
        }

        @Override
        public boolean isOnline() {
            return false;
        }
    }

    /**
     * A meeting online.
     *
     * @param link the meeting's web address, surrounding white space removed: {@code http} or {@code https}
     *             (in any case), with a host, without a user part, at most {@value Place#MAX_LINK_LENGTH}
     *             characters, and a valid URI as {@link URI} reads it
     */
    record Online(String link) implements Place {

        /** @throws DomainRuleViolation {@value Place#LINK_INVALID}, without arguments, for any other link */
        public Online {
            link = checkedLink(link);
        }

        @Override
        public boolean isOnline() {
            return true;
        }

        /** The link as a URI, for a page to render as an anchor. */
        public URI uri() {
            return URI.create(link);
        }

        /**
         * @throws DomainRuleViolation {@value Place#LINK_INVALID}, without arguments (the link itself is not
         *                             repeated, since it may carry a meeting password)
         */
        private static String checkedLink(String text) {
            if (text == null || text.isBlank() || text.strip().length() > MAX_LINK_LENGTH) {
                throw new DomainRuleViolation(LINK_INVALID);
            }
            String link = text.strip();
            URI uri;
            try {
                uri = new URI(link);
            } catch (URISyntaxException notAUri) {
                throw new DomainRuleViolation(LINK_INVALID);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new DomainRuleViolation(LINK_INVALID);
            }
            if (uri.isOpaque() || uri.getHost() == null || uri.getHost().isBlank() || uri.getRawUserInfo() != null) {
                throw new DomainRuleViolation(LINK_INVALID);
            }
            return link;
        }
    }
}
