package org.nstac.portal.member.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import org.nstac.portal.consent.application.Consents;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.member.domain.MemberProfile;
import org.nstac.portal.member.domain.Participation;
import org.nstac.portal.platform.Languages;
import org.nstac.portal.vault.application.VaultDoor;

/**
 * Decides whether a member gets discreet mail, and if so where and in which language. The address is read from the
 * vault for this one mail and kept only in memory.
 */
@ApplicationScoped
public class MemberMailRecipients implements org.nstac.portal.shared.MailRecipients {

    @Inject
    Members members;

    @Inject
    Consents consents;

    @Inject
    Profiles profiles;

    @Inject
    VaultDoor vaultDoor;

    @Inject
    org.nstac.portal.shared.CouncilClock clock;

    /**
     * The recipient, or empty when the member is to get no mail: unknown login (a role, a former member), withdrawn,
     * paused today, no e-mail-contact consent in force, a contact channel other than e-mail, or no address in the vault.
     * <p>
     * Its own transaction: it runs after the business transaction has committed, and reads what was committed
     * (a consent withdrawn a moment ago counts).
     */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Recipient> find(String memberLogin) {
        Optional<Member> found = members.findByLogin(memberLogin);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Member member = found.get();
        String ref = member.getRef();
        if (!mayMail(member.participation().statusOn(clock.today()),
                consents.hasValidConsent(ref, ConsentPurpose.EMAIL_CONTACT),
                profiles.of(ref).getContactChannel())) {
            return Optional.empty();
        }
        return vaultDoor.mailAddress(ref).map(email -> new Recipient(email, locale(member.getPreferredLanguage())));
    }

    /**
     * Mail only to a member taking part today (neither paused nor withdrawn), who consented to e-mail contact (against
     * the text in force) and chose e-mail as the way to be reached. A pause means nothing is sent, of any kind: the
     * notices wait in the portal, and when the member comes back one mail says that something is waiting
     * ({@link Pausing#resume}).
     */
    static boolean mayMail(Participation.Status status, boolean emailConsent, MemberProfile.ContactChannel channel) {
        return status == Participation.Status.ACTIVE && emailConsent
                && channel == MemberProfile.ContactChannel.EMAIL;
    }

    /** The member's language ({@code en}, {@code sr-Latn}, or a near tag such as {@code sr}), else English. */
    static Locale locale(String preferredLanguage) {
        return Languages.fromTag(preferredLanguage).orElseGet(() -> Languages.negotiate(preferredLanguage));
    }
}
