package org.nstac.portal.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.consultation.report.CsvCells;
import org.nstac.portal.member.infrastructure.IdentityRevealRecord;
import org.nstac.portal.payment.domain.PayableState;
import org.nstac.portal.payment.infrastructure.PayableRecord;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.vault.application.IdentityVault;

/**
 * Finance exports the approved, unpaid payables as a file for the bank. Names and account numbers come from the vault
 * for this export only: each member whose identity is read gets an entry in their reveal log with the purpose
 * "payment" (they can see it, as they see every reveal), the audit chain records it, and the file is written straight
 * to the response, never to disk or the database.
 */
@ApplicationScoped
public class PaymentBatches {

    /** The reason written to the reveal log of every member in a batch. */
    public static final String PURPOSE = "payment";

    /** A batch as listed: when, by whom, how many payables. */
    public record Batch(long id, String createdBy, Instant createdAt, int payables) {
    }

    /** One line of the bank file: identity in clear, in memory only while the file is written. */
    public record Line(long payableId, String memberRef, String payeeName, String iban, String channel,
            String amount, String currency, String period, String activity) {
        @Override
        public String toString() {
            return "Line[payable=" + payableId + "]";
        }
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Payables payables;

    @Inject
    IdentityVault vault;

    @Inject
    AuditLog audit;

    /**
     * Creates a batch of every approved payable not in an earlier batch, once per idempotency key (the same key gives
     * the same batch again), and reads the identities for its file.
     */
    @Transactional
    public List<Line> export(String actor, String key) {
        String scoped = Payables.scoped(actor, key);
        em.createNativeQuery("SELECT id FROM payment_batch ORDER BY id DESC LIMIT 1 FOR UPDATE").getResultList();
        List<?> existing = em.createNativeQuery("SELECT id FROM payment_batch WHERE idempotency_key = ? FOR UPDATE")
                .setParameter(1, scoped).getResultList();
        long batchId;
        if (existing.isEmpty()) {
            List<Long> inBatches = em.createNativeQuery("SELECT payable_id FROM payment_batch_item FOR UPDATE")
                    .getResultList().stream().map(o -> ((Number) o).longValue()).toList();
            List<PayableView> approved = payables.list(null, PayableState.APPROVED, null, null).stream()
                    .filter(v -> !inBatches.contains(v.payable().getId())).toList();
            if (approved.isEmpty()) {
                throw new DomainRuleViolation("payment.batch.empty");
            }
            em.createNativeQuery("INSERT INTO payment_batch (created_by, created_at, idempotency_key) VALUES (?, ?, ?)")
                    .setParameter(1, actor).setParameter(2, java.sql.Timestamp.from(payables.now()))
                    .setParameter(3, scoped).executeUpdate();
            batchId = ((Number) em.createNativeQuery("SELECT id FROM payment_batch WHERE idempotency_key = ?")
                    .setParameter(1, scoped).getSingleResult()).longValue();
            for (PayableView v : approved) {
                em.createNativeQuery("INSERT INTO payment_batch_item (batch_id, payable_id) VALUES (?, ?)")
                        .setParameter(1, batchId).setParameter(2, v.payable().getId()).executeUpdate();
            }
            audit.record(actor, "payment.batch.created", null, "batch=" + batchId + ",payables=" + approved.size());
        } else {
            batchId = ((Number) existing.get(0)).longValue();
        }
        return lines(batchId, actor);
    }

    /** The file of an earlier batch again; a new reveal for each member in it. */
    @Transactional
    public List<Line> again(long batchId, String actor) {
        if (em.createNativeQuery("SELECT id FROM payment_batch WHERE id = ?").setParameter(1, batchId).getResultList()
                .isEmpty()) {
            throw new Payables.NotFound();
        }
        return lines(batchId, actor);
    }

    /** Every batch, newest first. */
    public List<Batch> all() {
        List<Batch> batches = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT b.id, b.created_by, b.created_at, COUNT(i.payable_id) "
                + "FROM payment_batch b LEFT JOIN payment_batch_item i ON i.batch_id = b.id "
                + "GROUP BY b.id, b.created_by, b.created_at ORDER BY b.id DESC").getResultList()) {
            Object[] r = (Object[]) row;
            batches.add(new Batch(((Number) r[0]).longValue(), (String) r[1], toInstant(r[2]),
                    ((Number) r[3]).intValue()));
        }
        return batches;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.toInstant(java.time.ZoneOffset.UTC);
        }
        return (Instant) value;
    }

    private List<Line> lines(long batchId, String actor) {
        List<Long> ids = em.createNativeQuery("SELECT payable_id FROM payment_batch_item WHERE batch_id = ? "
                + "ORDER BY payable_id").setParameter(1, batchId).getResultList().stream()
                .map(o -> ((Number) o).longValue()).toList();
        Map<String, Optional<IdentityVault.Identity>> identities = new LinkedHashMap<>();
        List<Line> lines = new ArrayList<>();
        Instant now = payables.now();
        for (long id : ids) {
            PayableRecord p = payables.find(id).payable();
            Optional<IdentityVault.Identity> identity = identities.computeIfAbsent(p.getMemberRef(), ref -> {
                Optional<IdentityVault.Identity> opened = vault.open(ref);
                if (opened.isPresent()) {
                    em.persist(new IdentityRevealRecord(ref, actor, "iban,legal_name", PURPOSE, now));
                    audit.record(actor, "identity.revealed", ref, "fields=iban,legal_name,purpose=" + PURPOSE);
                }
                return opened;
            });
            Payables.Channel chosen = payables.channelOf(p.getMemberRef());
            String channel;
            if (identity.isEmpty()) {
                channel = "NO_DETAILS";
            } else if (chosen == Payables.Channel.PARTNER
                    || (chosen != Payables.Channel.OWN_ACCOUNT && identity.get().paidThroughPartner())
                    || identity.get().iban() == null) {
                channel = "PARTNER";
            } else {
                channel = "OWN_ACCOUNT";
            }
            lines.add(new Line(id, p.getMemberRef(), identity.map(IdentityVault.Identity::legalName).orElse(""),
                    "OWN_ACCOUNT".equals(channel) ? identity.get().iban() : "", channel,
                    p.getMoney().amount().toPlainString(), p.getMoney().currency().name(), p.getPeriod().toString()
                            .substring(0, 7), p.getActivity().name()));
        }
        audit.record(actor, "payment.batch.exported", null, "batch=" + batchId + ",payables=" + ids.size());
        return lines;
    }

    /** Writes the bank file: one row per payable, the payment reference first. Leaves {@code out} open. */
    public static void write(List<Line> lines, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("reference", "member_ref",
                "payee_name", "iban", "channel", "amount", "currency", "period", "activity").get());
        for (Line l : lines) {
            csv.printRecord("NSTAC-P" + l.payableId(), l.memberRef(), CsvCells.neutralise(l.payeeName()), l.iban(),
                    l.channel(), l.amount(), l.currency(), l.period(), l.activity());
        }
        csv.flush();
    }
}
