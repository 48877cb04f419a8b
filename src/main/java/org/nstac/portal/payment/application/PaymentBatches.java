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
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.payment.domain.PayableState;
import org.nstac.portal.payment.infrastructure.PayableRecord;
import org.nstac.portal.platform.SerialLocks;
import org.nstac.portal.platform.report.CsvCells;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.NotFound;
import org.nstac.portal.shared.StatedReason;

/**
 * Finance makes a file for the bank of the approved, unpaid payables. A bank file holds every payee's legal name and
 * account, so it is treated as a reveal of all of them: it needs a written reason and a step-up (password and second
 * factor within the last minutes), the names and accounts are opened through the member feature's reveal service (each
 * member sees the opening in their reveal log), and the file is written straight to the response, never to disk or
 * the database.
 * <p>
 * A new batch can be downloaded once, within {@value #FIRST_DOWNLOAD_MINUTES} minutes of its creation. Any later
 * download is a new reveal with its own reason and step-up. Every refused attempt is audited.
 */
@ApplicationScoped
public class PaymentBatches {

    /** How long after creation the batch's own download stays open. */
    public static final int FIRST_DOWNLOAD_MINUTES = 15;

    /** A batch as listed: when, by whom, how many payables, and whether its own download is used or closed. */
    public record Batch(long id, String createdBy, Instant createdAt, int payables, Instant downloadedAt,
            Instant downloadableUntil) {
    }

    /** One line of the bank file: the payee's name and account in clear, in memory only while the file is written. */
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
    SerialLocks locks;

    @Inject
    PayableQueries queries;

    @Inject
    PaymentChannels channels;

    @Inject
    CouncilClock clock;

    @Inject
    PayeeIdentities payees;

    @Inject
    AuditLog audit;

    @Inject
    BatchRefusals refusals;

    @Inject
    org.nstac.portal.security.StepUp stepUp;

    /**
     * Creates a batch of every approved payable not in an earlier batch, once per idempotency key (the same key gives
     * the same batch again). Nothing is read from the vault yet.
     */
    @Transactional
    public Batch create(String actor, String key, String reason, Instant secondFactorAt) {
        String why = guard(actor, "create", secondFactorAt, reason);
        String scoped = PayableDecisions.scoped(actor, key);
        // One batch at a time: the lock of its own, not the last batch's row, whose gap lock let two deadlock.
        locks.hold(SerialLocks.PAYMENT_BATCHES);
        List<?> existing = em.createNativeQuery("SELECT id FROM payment_batch WHERE idempotency_key = ? FOR UPDATE")
                .setParameter(1, scoped).getResultList();
        if (!existing.isEmpty()) {
            return find(((Number) existing.get(0)).longValue());
        }
        List<Long> inBatches = em.createNativeQuery("SELECT payable_id FROM payment_batch_item FOR UPDATE")
                .getResultList().stream().map(o -> ((Number) o).longValue()).toList();
        List<PayableView> approved = queries.list(null, PayableState.APPROVED, null, null).stream()
                .filter(v -> !inBatches.contains(v.payable().getId())).toList();
        if (approved.isEmpty()) {
            throw new DomainRuleViolation("payment.batch.empty");
        }
        em.createNativeQuery("INSERT INTO payment_batch (created_by, created_at, idempotency_key, reason) "
                        + "VALUES (?, ?, ?, ?)")
                .setParameter(1, actor).setParameter(2, java.sql.Timestamp.from(clock.now()))
                .setParameter(3, scoped).setParameter(4, why).executeUpdate();
        long batchId = ((Number) em.createNativeQuery("SELECT id FROM payment_batch WHERE idempotency_key = ?")
                .setParameter(1, scoped).getSingleResult()).longValue();
        for (PayableView v : approved) {
            em.createNativeQuery("INSERT INTO payment_batch_item (batch_id, payable_id) VALUES (?, ?)")
                    .setParameter(1, batchId).setParameter(2, v.payable().getId()).executeUpdate();
        }
        audit.record(actor, "payment.batch.created", null, "batch=" + batchId + ",payables=" + approved.size());
        return find(batchId);
    }

    /**
     * The batch's own download: once, within {@value #FIRST_DOWNLOAD_MINUTES} minutes of its creation, with a recent
     * step-up; the payees are revealed with the reason the batch was made for.
     */
    @Transactional
    public List<Line> download(long batchId, String actor, Instant secondFactorAt) {
        guard(actor, "download", secondFactorAt, null);
        Batch batch = lockedBatch(batchId);
        if (batch.downloadedAt() != null) {
            refusals.refuse(actor, "download", "alreadyDownloaded");
            throw new DomainRuleViolation("payment.batch.alreadyDownloaded");
        }
        if (clock.now().isAfter(batch.downloadableUntil())) {
            refusals.refuse(actor, "download", "expired");
            throw new DomainRuleViolation("payment.batch.downloadExpired", FIRST_DOWNLOAD_MINUTES);
        }
        em.createNativeQuery("UPDATE payment_batch SET downloaded_at = ? WHERE id = ?")
                .setParameter(1, java.sql.Timestamp.from(clock.now())).setParameter(2, batchId).executeUpdate();
        String reason = (String) em.createNativeQuery("SELECT reason FROM payment_batch WHERE id = ?")
                .setParameter(1, batchId).getSingleResult();
        return lines(batchId, actor, reason, "payment.batch.downloaded");
    }

    /** Creates a batch and hands out its own download at once: what the finance page's button does. */
    @Transactional
    public List<Line> createAndDownload(String actor, String key, String reason, Instant secondFactorAt) {
        Batch batch = create(actor, key, reason, secondFactorAt);
        return download(batch.id(), actor, secondFactorAt);
    }

    /** A later download of a batch's file: a new reveal of every payee in it, with its own reason and step-up. */
    @Transactional
    public List<Line> downloadAgain(long batchId, String actor, String reason, Instant secondFactorAt) {
        String why = guard(actor, "downloadAgain", secondFactorAt, reason);
        lockedBatch(batchId);
        return lines(batchId, actor, why, "payment.batch.downloadedAgain");
    }

    /** Step-up and reason first; a refusal of either is audited before it is thrown. */
    private String guard(String actor, String action, Instant secondFactorAt, String reason) {
        if (!stepUp.isRecent(secondFactorAt)) {
            refusals.refuse(actor, action, "stepUp");
            throw new org.nstac.portal.security.StepUp.Required();
        }
        if (action.equals("download")) {
            return null;
        }
        try {
            return StatedReason.require(reason, "payment.batch.reasonRequired", "payment.batch.reasonTooLong");
        } catch (DomainRuleViolation noReason) {
            refusals.refuse(actor, action, "reason");
            throw noReason;
        }
    }

    private Batch lockedBatch(long batchId) {
        if (em.createNativeQuery("SELECT id FROM payment_batch WHERE id = ? FOR UPDATE").setParameter(1, batchId)
                .getResultList().isEmpty()) {
            throw new NotFound();
        }
        return find(batchId);
    }

    /** One batch as listed. */
    public Batch find(long batchId) {
        return all().stream().filter(b -> b.id() == batchId).findFirst().orElseThrow(NotFound::new);
    }

    /** Every batch, newest first. */
    public List<Batch> all() {
        List<Batch> batches = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT b.id, b.created_by, b.created_at, COUNT(i.payable_id), "
                + "b.downloaded_at FROM payment_batch b LEFT JOIN payment_batch_item i ON i.batch_id = b.id "
                + "GROUP BY b.id, b.created_by, b.created_at, b.downloaded_at ORDER BY b.id DESC").getResultList()) {
            Object[] r = (Object[]) row;
            Instant created = toInstant(r[2]);
            batches.add(new Batch(((Number) r[0]).longValue(), (String) r[1], created, ((Number) r[3]).intValue(),
                    r[4] == null ? null : toInstant(r[4]), created.plusSeconds(FIRST_DOWNLOAD_MINUTES * 60L)));
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

    private List<Line> lines(long batchId, String actor, String reason, String auditAction) {
        List<Long> ids = em.createNativeQuery("SELECT payable_id FROM payment_batch_item WHERE batch_id = ? "
                + "ORDER BY payable_id").setParameter(1, batchId).getResultList().stream()
                .map(o -> ((Number) o).longValue()).toList();
        List<PayableRecord> rows = ids.stream().map(id -> queries.find(id).payable()).toList();
        Map<String, PayeeIdentities.Payee> opened = payees.forBankFile(
                rows.stream().map(PayableRecord::getMemberRef).distinct().toList(), actor, reason);
        List<Line> lines = new ArrayList<>();
        for (PayableRecord p : rows) {
            PayeeIdentities.Payee payee = opened.get(p.getMemberRef());
            PaymentChannels.Channel chosen = channels.channelOf(p.getMemberRef());
            String channel;
            if (payee == null) {
                channel = "NO_DETAILS";
            } else if (chosen == PaymentChannels.Channel.PARTNER
                    || (chosen != PaymentChannels.Channel.OWN_ACCOUNT && payee.paidThroughPartner())
                    || payee.iban() == null) {
                channel = "PARTNER";
            } else {
                channel = "OWN_ACCOUNT";
            }
            lines.add(new Line(p.getId(), p.getMemberRef(), payee == null ? "" : payee.accountName(),
                    "OWN_ACCOUNT".equals(channel) ? payee.iban() : "", channel,
                    p.getMoney().amount().toPlainString(), p.getMoney().currency().name(), p.getPeriod().toString()
                            .substring(0, 7), p.getActivity().name()));
        }
        audit.record(actor, auditAction, null, "batch=" + batchId + ",payables=" + ids.size());
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
