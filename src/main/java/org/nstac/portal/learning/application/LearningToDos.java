package org.nstac.portal.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.nstac.portal.learning.domain.LearningOfferState;
import org.nstac.portal.shared.MemberContext;
import org.nstac.portal.shared.ToDos;
import org.nstac.portal.shared.MemberRef;

/** A member's learning offers waiting for an answer, on their dashboard. */
@ApplicationScoped
public class LearningToDos implements ToDos {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    MemberContext member;

    @Override
    public List<ToDo> on(String area) {
        if (!"member".equals(area)) {
            return List.of();
        }
        return member.ref().map(ref -> List.of(ToDo.of("learning-offers", 15, "todo.member.learningOffers",
                em.createQuery("select count(o) from LearningOffer o where o.memberRef = :m and o.state = :offered",
                        Long.class).setParameter("m", new MemberRef(ref)).setParameter("offered", LearningOfferState.OFFERED)
                        .getSingleResult(), "/member/learning", true))).orElse(List.of());
    }
}
