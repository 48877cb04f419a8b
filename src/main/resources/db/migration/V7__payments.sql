-- Payments (issue: stipends, honoraria, per diems and expenses). The ledger is append-only: rates, payables and
-- ledger entries are inserted and never changed; triggers refuse any UPDATE or DELETE, whoever sends it. Every
-- table keeps the member's opaque reference only: names and bank details stay in the vault, so an erased member's
-- amounts and every total stay as they were.

-- The rate card: a member's rate for an activity next to what the same institution pays an expert, from a day on.
-- task_kind is '' for every activity other than task hours (and for the general task-hour rate), so the unique key
-- holds (NULLs would never collide).
CREATE TABLE rate (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    activity          VARCHAR(30)   NOT NULL,
    task_kind         VARCHAR(40)   NOT NULL DEFAULT '',
    member_amount     DECIMAL(14,2) NOT NULL,
    expert_reference  DECIMAL(14,2) NOT NULL,
    currency          CHAR(3)       NOT NULL,
    valid_from        DATE          NOT NULL,
    created_by        VARCHAR(60)   NOT NULL,
    created_at        DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_rate_line_day (activity, task_kind, valid_from),
    CONSTRAINT ck_rate_parity CHECK (member_amount >= expert_reference AND member_amount > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What is owed to a member for one piece of work, meeting or expense. source_key makes automatic creation
-- idempotent (a task offer, an attendance line or a claim's idempotency key creates one payable, however often it
-- is sent). created_by is the staff login, or the member's reference for a member's own claim.
CREATE TABLE payable (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    member_ref           VARCHAR(32)   NOT NULL,
    source               VARCHAR(20)   NOT NULL,
    source_key           VARCHAR(160)  NOT NULL,
    activity             VARCHAR(30)   NOT NULL,
    task_kind            VARCHAR(40)   NULL,
    expense_kind         VARCHAR(20)   NULL,
    quantity             DECIMAL(9,2)  NULL,
    rate_id              BIGINT        NULL,
    work_date            DATE          NOT NULL,
    period               DATE          NOT NULL,
    amount               DECIMAL(14,2) NOT NULL,
    currency             CHAR(3)       NOT NULL,
    description          VARCHAR(300)  NULL,
    corrects_payable_id  BIGINT        NULL,
    created_by           VARCHAR(60)   NOT NULL,
    created_at           DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_payable_source (source_key),
    KEY ix_payable_member (member_ref, period),
    CONSTRAINT fk_payable_rate FOREIGN KEY (rate_id) REFERENCES rate (id),
    CONSTRAINT fk_payable_corrects FOREIGN KEY (corrects_payable_id) REFERENCES payable (id),
    CONSTRAINT ck_payable_positive CHECK (amount > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each move of a payable books one entry in the state it moved into; a reversal negates one earlier entry, and the
-- unique key on reverses_entry_id lets each entry be reversed once. idempotency_key is the caller's key with the
-- caller's login, so a retried command finds the entry it already booked.
CREATE TABLE ledger_entry (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    payable_id         BIGINT        NOT NULL,
    member_ref         VARCHAR(32)   NOT NULL,
    period             DATE          NOT NULL,
    state              VARCHAR(10)   NOT NULL,
    amount             DECIMAL(14,2) NOT NULL,
    currency           CHAR(3)       NOT NULL,
    reverses_entry_id  BIGINT        NULL,
    booked_by          VARCHAR(60)   NOT NULL,
    booked_at          DATETIME(3)   NOT NULL,
    payment_date       DATE          NULL,
    payment_method     VARCHAR(20)   NULL,
    bank_reference     VARCHAR(100)  NULL,
    reason             VARCHAR(1000) NULL,
    idempotency_key    VARCHAR(200)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_entry_reverses (reverses_entry_id),
    UNIQUE KEY uq_entry_idempotency (idempotency_key),
    KEY ix_entry_payable (payable_id, id),
    KEY ix_entry_member (member_ref, period),
    CONSTRAINT fk_entry_payable FOREIGN KEY (payable_id) REFERENCES payable (id),
    CONSTRAINT fk_entry_reverses FOREIGN KEY (reverses_entry_id) REFERENCES ledger_entry (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A receipt for an expense claim, checked and stripped of metadata; the file lives under portal.documents.dir.
CREATE TABLE payment_receipt (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    payable_id    BIGINT       NOT NULL,
    stored_name   VARCHAR(80)  NOT NULL,
    content_type  VARCHAR(40)  NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_receipt_payable (payable_id),
    CONSTRAINT fk_receipt_payable FOREIGN KEY (payable_id) REFERENCES payable (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How a member wants to be paid, every choice kept; the latest counts for work from then on.
CREATE TABLE payment_channel (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    member_ref  VARCHAR(32)  NOT NULL,
    channel     VARCHAR(20)  NOT NULL,
    chosen_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_channel_member (member_ref, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A bank export: which approved payables went into it. The file itself is streamed, never stored.
CREATE TABLE payment_batch (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    created_by  VARCHAR(60)  NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_batch_idempotency (idempotency_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE payment_batch_item (
    batch_id    BIGINT NOT NULL,
    payable_id  BIGINT NOT NULL,
    PRIMARY KEY (batch_id, payable_id),
    CONSTRAINT fk_item_batch FOREIGN KEY (batch_id) REFERENCES payment_batch (id),
    CONSTRAINT fk_item_payable FOREIGN KEY (payable_id) REFERENCES payable (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER rate_no_update BEFORE UPDATE ON rate FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The rate card is append-only: add a rate from a later day';
CREATE TRIGGER rate_no_delete BEFORE DELETE ON rate FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The rate card is append-only: add a rate from a later day';
CREATE TRIGGER payable_no_update BEFORE UPDATE ON payable FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Posted payables are never changed: book a reversal';
CREATE TRIGGER payable_no_delete BEFORE DELETE ON payable FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Posted payables are never deleted: book a reversal';
CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON ledger_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Ledger entries are never changed: book a reversal';
CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Ledger entries are never deleted: book a reversal';
