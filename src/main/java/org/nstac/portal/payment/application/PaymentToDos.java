package org.nstac.portal.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.nstac.portal.payment.domain.PayableState;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.MemberContext;
import org.nstac.portal.shared.MemberRef;
import org.nstac.portal.shared.ToDos;

/**
 * Payments on the dashboards: what a member is owed and where it stands; finance's payables waiting for approval and
 * approved payments that are late ({@code portal.payments.overdue-after}, the ledger's own rule in
 * {@link PayableQueries#isLate}). A payable's state is its latest ledger entry unless one was reversed, counted here
 * in the database: no entries yet is "waiting for approval".
 */
@ApplicationScoped
public class PaymentToDos implements ToDos {

    private static final String[] MEMBER_KEYS = {"todo.member.paymentsAccrued", "todo.member.paymentsApproved",
        "todo.member.paymentsLate"};
    private static final String[] FINANCE_KEYS = {"todo.finance.paymentsAccrued", "todo.finance.paymentsApproved",
        "todo.finance.paymentsLate"};

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    MemberContext member;

    @Inject
    CouncilClock clock;

    @Inject
    PayableQueries queries;

    @Override
    public List<ToDo> on(String area) {
        return switch (area) {
            case "member" -> member.ref().map(ref -> lines(ref, "/member/payments", MEMBER_KEYS, 20, false))
                    .orElse(List.of());
            case "finance" -> lines(null, "/finance/payables", FINANCE_KEYS, 10, true);
            default -> List.of();
        };
    }

    private List<ToDo> lines(String ref, String path, String[] keys, int order, boolean finance) {
        String mine = ref == null ? "" : " and p.memberRef = :m";
        var accrued = em.createQuery("select count(p) from PayableRecord p where not exists "
                + "(select e from LedgerEntryRecord e where e.payableId = p.id)" + mine, Long.class);
        var approved = em.createQuery("select count(e), sum(case when e.bookedAt < :cutoff then 1 else 0 end) "
                + "from LedgerEntryRecord e, PayableRecord p where p.id = e.payableId and e.state = :approved" + mine
                + " and e.id = (select max(x.id) from LedgerEntryRecord x where x.payableId = e.payableId) "
                + "and not exists (select r from LedgerEntryRecord r where r.payableId = e.payableId and r.state = :reversed)",
                Object[].class)
                .setParameter("cutoff", clock.now().minus(queries.overdueAfter()))
                .setParameter("approved", PayableState.APPROVED.name())
                .setParameter("reversed", PayableState.REVERSED.name());
        if (ref != null) {
            accrued.setParameter("m", new MemberRef(ref));
            approved.setParameter("m", new MemberRef(ref));
        }
        long waiting = accrued.getSingleResult();
        Object[] unpaid = approved.getSingleResult();
        return List.of(
                ToDo.of("payments-accrued", order, keys[0], waiting, path, finance),
                ToDo.of("payments-approved", order + 1, keys[1], number(unpaid[0]), path, finance),
                ToDo.of("payments-late", order + 2, keys[2], number(unpaid[1]), path, finance));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
