package org.nstac.portal.member.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.nstac.portal.member.domain.Pseudonym;
import org.nstac.portal.platform.Messages;
import org.nstac.portal.shared.MemberDirectory;

/**
 * Members as other features see them: a reference, the name a page shows (the pseudonym, or "Former member N" in the
 * reader's language; the database keeps one neutral English form), a login for notices.
 */
@ApplicationScoped
public class MemberDirectoryService implements MemberDirectory {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Messages messages;

    @Override
    public String displayName(String memberRef, Locale locale) {
        return displayNames(List.of(memberRef), locale).getOrDefault(memberRef, "");
    }

    @Override
    public Map<String, String> displayNames(Collection<String> memberRefs, Locale locale) {
        Map<String, String> names = new HashMap<>();
        if (memberRefs.isEmpty()) {
            return names;
        }
        for (Object[] row : em.createQuery("select m.ref, m.pseudonym from Member m where m.ref in :refs",
                Object[].class).setParameter("refs", memberRefs).getResultList()) {
            names.put((String) row[0], display((String) row[1], locale, messages));
        }
        return names;
    }

    @Override
    public Optional<String> loginOf(String memberRef) {
        return loginsOf(List.of(memberRef)).stream().findFirst();
    }

    @Override
    public List<String> loginsOf(Collection<String> memberRefs) {
        if (memberRefs.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m.login from Member m where m.ref in :refs and m.status <> :withdrawn",
                String.class).setParameter("refs", memberRefs)
                .setParameter("withdrawn", org.nstac.portal.member.domain.Participation.Status.WITHDRAWN)
                .getResultList();
    }

    @Override
    public List<String> activeLogins(java.time.LocalDate day) {
        return em.createQuery("select m from Member m where m.status <> :withdrawn",
                        org.nstac.portal.member.domain.Member.class)
                .setParameter("withdrawn", org.nstac.portal.member.domain.Participation.Status.WITHDRAWN)
                .getResultList().stream()
                .filter(m -> m.participation().statusOn(day) == org.nstac.portal.member.domain.Participation.Status.ACTIVE)
                .map(org.nstac.portal.member.domain.Member::getLogin).toList();
    }

    @Override
    public List<String> activeRefs(java.time.LocalDate day) {
        return em.createQuery("select m from Member m where m.status <> :withdrawn order by m.pseudonym",
                        org.nstac.portal.member.domain.Member.class)
                .setParameter("withdrawn", org.nstac.portal.member.domain.Participation.Status.WITHDRAWN)
                .getResultList().stream()
                .filter(m -> m.participation().statusOn(day) == org.nstac.portal.member.domain.Participation.Status.ACTIVE)
                .map(org.nstac.portal.member.domain.Member::getRef).toList();
    }

    @Override
    public Optional<String> refOfLogin(String login) {
        return em.createQuery("select m.ref from Member m where m.login = :login", String.class)
                .setParameter("login", login).getResultStream().findFirst();
    }

    /** The stored pseudonym as a page shows it in {@code locale}. */
    public static String display(String storedPseudonym, Locale locale, Messages messages) {
        if (storedPseudonym == null) {
            return "";
        }
        OptionalLong former = Pseudonym.formerMemberNumberOf(storedPseudonym);
        return former.isPresent() ? messages.get(locale, "member.formerMember", former.getAsLong()) : storedPseudonym;
    }
}
