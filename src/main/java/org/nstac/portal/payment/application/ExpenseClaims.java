package org.nstac.portal.payment.application;

import org.nstac.portal.platform.SerialLocks;
import org.nstac.portal.shared.MemberRef;
import org.nstac.portal.shared.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nstac.portal.shared.Notices;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.payment.domain.Money;
import org.nstac.portal.payment.infrastructure.PayableRecord;
import org.nstac.portal.payment.infrastructure.ReceiptRecord;
import org.nstac.portal.payment.receipt.Receipt;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * A member claims back what they spent for the council: a ticket, childcare or a carer, meals, or kilometres driven
 * (paid at the card's rate per kilometre). The claim accrues a payable at once; finance approves it. A receipt is
 * checked for its real content and stored without its metadata (a phone photo's location must never be kept).
 */
@ApplicationScoped
@Transactional
public class ExpenseClaims {

    /** What a member can claim. */
    public enum Kind {
        TRAVEL, TRAVEL_KM, CARE, MEALS, OTHER, LOST_EARNINGS
    }

    /** The longest description a claim keeps. */
    public static final int MAX_DESCRIPTION = 300;

    /** A claim as typed: amounts as text, read by {@link Money#parse}. */
    public record Claim(String kind, java.time.LocalDate date, String amount, String currency, String kilometres,
            @jakarta.validation.constraints.Size(max = MAX_DESCRIPTION, message = "payment.claim.descriptionTooLong")
            String description,
            String days, Boolean attested) {

        /** A claim of spent money or kilometres (no days, nothing to attest). */
        public Claim(String kind, java.time.LocalDate date, String amount, String currency, String kilometres,
                String description) {
            this(kind, date, amount, currency, kilometres, description, null, null);
        }
    }

    /** Lost earnings are claimed by the half day, up to this many days in one claim. */
    public static final BigDecimal MAX_LOST_DAYS = new BigDecimal("5");

    private static final BigDecimal MAX_KM = new BigDecimal("5000");

    @Inject
    org.nstac.portal.shared.SealedFiles sealedFiles;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    SerialLocks locks;

    @Inject
    Payables payables;

    @Inject
    PayableQueries queries;

    @Inject
    CouncilClock clock;

    @Inject
    RateCards rates;

    @Inject
    Notices notifications;

    @Inject
    org.nstac.portal.shared.EngagementTerms terms;

    @Inject
    @ConfigProperty(name = "portal.documents.dir", defaultValue = "portal-documents")
    String directory;

    private final SecureRandom random = new SecureRandom();

    /**
     * Records a claim once per idempotency key (the member's lock row is locked, so two tabs sending the same key wait for
     * each other and the second finds the first).
     */
    @Transactional
    public PayableView claim(String memberRef, Claim c, Receipt receipt, String key) {
        return claim(memberRef, c, receipt, key, true);
    }

    /**
     * Demo data only (dev and test): a claim of a demo member, booked while the demo is seeded, before the demo's
     * terms acceptances are (the terms feature seeds them after the ledger).
     */
    @Transactional
    public PayableView seedDemoClaim(String memberRef, Claim c, String key) {
        return claim(memberRef, c, null, key, false);
    }

    /**
     * A claim is a payable: like an offer or an invitation, it needs the engagement terms in force accepted first
     * ({@code terms.required}), checked after the idempotency look-up so a retry of a booked claim still answers.
     */
    private PayableView claim(String memberRef, Claim c, Receipt receipt, String key, boolean underTerms) {
        String scoped = PayableDecisions.scoped(memberRef, key);
        // One claim per member at a time, on a lock of the member's own, never the member table.
        locks.hold(SerialLocks.paymentMember(memberRef));
        String sourceKey = "claim:" + scoped;
        Optional<PayableRecord> existing = payables.bySourceKey(sourceKey);
        if (existing.isPresent()) {
            return queries.find(existing.get().getId());
        }
        if (underTerms) {
            terms.require(memberRef);
        }
        Kind kind = kindOf(c == null ? null : c.kind());
        if (c.date() == null) {
            throw new DomainRuleViolation("payment.claim.dateRequired");
        }
        if (c.date().isAfter(clock.today())) {
            throw new DomainRuleViolation("payment.claim.dateFuture");
        }
        if (c.date().isBefore(clock.today().minusYears(1))) {
            throw new DomainRuleViolation("payment.claim.dateTooOld");
        }
        org.nstac.portal.shared.InputRules.check(c);
        String description = c.description() == null || c.description().isBlank() ? null : c.description().strip();
        PayableRecord payable;
        if (kind == Kind.LOST_EARNINGS) {
            payable = lostEarnings(memberRef, c, sourceKey, description);
        } else if (kind == Kind.TRAVEL_KM) {
            BigDecimal km = kilometres(c.kilometres());
            payable = payables.accrueAtRate(new Payables.Accrual(memberRef, PayableRecord.Source.EXPENSE, sourceKey,
                    Activity.TRAVEL_PER_KM, null, km, c.date(), description, memberRef));
        } else {
            Money amount = Money.parse(c.amount(), c.currency(), false);
            if (amount.isZero()) {
                throw new DomainRuleViolation("payment.claim.amountRequired");
            }
            payable = payables.accrue(new PayableRecord(memberRef, PayableRecord.Source.EXPENSE, sourceKey,
                    Activity.EXPENSE, null, kind.name(), null, null, c.date(), amount, description, null, memberRef,
                    clock.now()));
        }
        if (receipt != null) {
            store(payable.getId(), memberRef, receipt);
        }
        notifications.send(List.of(Notices.ROLE_PREFIX + "finance"), "notification.payment.claimed",
                "/finance/payables");
        return queries.find(payable.getId());
    }

    /**
     * A day's lost earnings: no payslip, the member's word (an attestation), capped by the card's daily amount times
     * the days. Without an amount the cap is paid: the card is what an expert's day is worth.
     *
     * @throws DomainRuleViolation {@code payment.lostEarnings.days.invalid} for days that are not 0.5 to 5
     *                             in half days; {@code payment.lostEarnings.attestationRequired}
     *                             without the tick; {@code payment.lostEarnings.overCap} for an amount above the cap
     */
    private PayableRecord lostEarnings(String memberRef, Claim c, String sourceKey, String description) {
        BigDecimal days = lostDays(c.days());
        if (!Boolean.TRUE.equals(c.attested())) {
            throw new DomainRuleViolation("payment.lostEarnings.attestationRequired");
        }
        var rate = rates.card().rateOn(Activity.LOST_EARNINGS_DAY, null, c.date());
        Money daily = rate.memberAmount();
        Money cap = new Money(daily.amount().multiply(days).setScale(daily.currency().minorUnit(),
                java.math.RoundingMode.HALF_UP), daily.currency());
        Money amount = cap;
        if (c.amount() != null && !c.amount().isBlank()) {
            amount = Money.parse(c.amount(), c.currency() == null || c.currency().isBlank() ? cap.currency().name()
                    : c.currency(), false);
            if (amount.isZero()) {
                throw new DomainRuleViolation("payment.claim.amountRequired");
            }
            if (amount.currency() != cap.currency() || amount.amount().compareTo(cap.amount()) > 0) {
                throw new DomainRuleViolation("payment.lostEarnings.overCap", cap.amount(), cap.currency().name(),
                        days);
            }
        }
        return payables.accrue(new PayableRecord(memberRef, PayableRecord.Source.EXPENSE, sourceKey,
                Activity.LOST_EARNINGS_DAY, null, Kind.LOST_EARNINGS.name(), days, rates.recordOf(rate).getId(),
                c.date(), amount, description, null, memberRef, clock.now()));
    }

    static BigDecimal lostDays(String text) {
        BigDecimal days;
        try {
            days = new BigDecimal(text == null ? "" : text.strip().replace(',', '.'));
        } catch (NumberFormatException bad) {
            throw new DomainRuleViolation("payment.lostEarnings.days.invalid", MAX_LOST_DAYS);
        }
        boolean halves = days.multiply(BigDecimal.TWO).stripTrailingZeros().scale() <= 0;
        if (days.signum() <= 0 || days.compareTo(MAX_LOST_DAYS) > 0 || !halves) {
            throw new DomainRuleViolation("payment.lostEarnings.days.invalid", MAX_LOST_DAYS);
        }
        return days.setScale(1, java.math.RoundingMode.UNNECESSARY);
    }

    /** The receipt of a payable, if one was uploaded. */
    public Optional<ReceiptRecord> receiptOf(long payableId) {
        return em.createQuery("select r from ReceiptRecord r where r.payableId = :p", ReceiptRecord.class)
                .setParameter("p", payableId).getResultStream().findFirst();
    }

    /** The payables among {@code payableIds} that have a receipt, in one query. */
    public java.util.Set<Long> withReceipts(java.util.Collection<Long> payableIds) {
        if (payableIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(em.createQuery("select r.payableId from ReceiptRecord r where r.payableId in :ids",
                Long.class).setParameter("ids", payableIds).getResultList());
    }

    /**
     * The bytes of a receipt, opened with the member's data key. A receipt of a member whose identity was erased
     * cannot be opened any more (and its file is gone): it answers as not found.
     */
    public byte[] read(ReceiptRecord receipt) {
        String memberRef = queries.find(receipt.getPayableId()).payable().getMemberRef();
        byte[] sealed;
        try {
            sealed = Files.readAllBytes(dir().resolve(receipt.getStoredName()));
        } catch (java.nio.file.NoSuchFileException erased) {
            throw new NotFound();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sealedFiles.openFile(memberRef, "receipt:" + receipt.getStoredName(), sealed)
                .orElseThrow(NotFound::new);
    }

    /**
     * A receipt (a ticket, an invoice: often with the legal name on it) is sealed under the member's own data key
     * before it touches the disk, in a file only the portal's user may read. Erasing the member's identity makes it
     * unreadable everywhere, backups included; the files themselves are deleted too ({@link #onErasure}).
     */
    private void store(long payableId, String memberRef, Receipt receipt) {
        String name = HexFormat.of().formatHex(bytes(16)) + ".sealed";
        byte[] sealed = sealedFiles.sealFile(memberRef, "receipt:" + name, receipt.content());
        try {
            Path dir = dir();
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            }
            Path file = Files.createFile(dir.resolve(name), PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
            Files.write(file, sealed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        em.persist(new ReceiptRecord(payableId, name, receipt.contentType(), receipt.content().length));
    }

    /** A member's identity was erased: their receipt files go too (they could not be opened any more anyway). */
    void onErasure(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
            org.nstac.portal.shared.MemberErased erased) {
        List<String> names = em.createQuery("select r.storedName from ReceiptRecord r, PayableRecord p "
                + "where p.id = r.payableId and p.memberRef = :ref", String.class)
                .setParameter("ref", new MemberRef(erased.memberRef())).getResultList();
        for (String name : names) {
            try {
                Files.deleteIfExists(dir().resolve(name));
            } catch (IOException e) {
                java.util.logging.Logger.getLogger(ExpenseClaims.class.getName()).warning(
                        () -> "A receipt file could not be deleted (" + e.getClass().getSimpleName() + ")");
            }
        }
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private Path dir() {
        return Path.of(directory).toAbsolutePath().resolve("receipts");
    }

    private static Kind kindOf(String kind) {
        for (Kind k : Kind.values()) {
            if (k.name().equals(kind == null ? null : kind.strip())) {
                return k;
            }
        }
        throw new DomainRuleViolation("payment.claim.kindRequired");
    }

    private static BigDecimal kilometres(String text) {
        String plain = text == null ? "" : text.strip().replace(',', '.');
        if (!plain.matches("[0-9]{1,4}(\\.[0-9])?")) {
            throw new DomainRuleViolation("payment.claim.kilometres", MAX_KM);
        }
        try {
            BigDecimal km = new BigDecimal(plain);
            if (km.signum() <= 0 || km.compareTo(MAX_KM) > 0 || km.scale() > 1) {
                throw new DomainRuleViolation("payment.claim.kilometres", MAX_KM);
            }
            return km;
        } catch (NumberFormatException e) {
            throw new DomainRuleViolation("payment.claim.kilometres", MAX_KM);
        }
    }
}
