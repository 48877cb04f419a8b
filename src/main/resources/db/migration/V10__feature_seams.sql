-- Feature seams (issue 15): tasks are paid from the rate card through the ledger, and no feature locks another's rows.

-- A task's pay is a quantity of a rate-card activity: hours of task work (HOURLY), hours counted in started half days
-- (DAILY), or one public appearance (APPEARANCE, which replaces the free fixed fee). The rate is now only an amount
-- agreed ABOVE the card's, with its reason; without one the card's rate of the work day applies. Existing tasks move to
-- the card: their payables already in the ledger keep the amounts they were booked with.
ALTER TABLE task
    MODIFY pay_basis VARCHAR(12) NOT NULL,
    MODIFY rate DECIMAL(12,2) NULL,
    ADD COLUMN rate_reason VARCHAR(500) NULL AFTER rate;
UPDATE task SET pay_basis = 'APPEARANCE' WHERE pay_basis = 'FIXED';
UPDATE task SET rate = NULL, rate_reason = NULL;

-- What the review of accepted work found, kept with the offer; the money itself is only in the ledger.
ALTER TABLE task_offer
    ADD COLUMN hours_accepted DECIMAL(7,2) NULL AFTER reviewed_at,
    ADD COLUMN over_estimate  BOOLEAN      NOT NULL DEFAULT FALSE AFTER hours_accepted,
    ADD COLUMN extra_hours    DECIMAL(7,2) NOT NULL DEFAULT 0 AFTER over_estimate;
UPDATE task_offer o JOIN task_payable p ON p.offer_id = o.id
    SET o.hours_accepted = p.hours, o.over_estimate = p.over_estimate, o.extra_hours = p.extra_hours;
DROP TABLE task_payable;

-- The ledger serialises a member's expense claims on a row of its own instead of locking the member table.
CREATE TABLE payment_member_lock (
    member_ref VARCHAR(32) NOT NULL,
    PRIMARY KEY (member_ref)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
