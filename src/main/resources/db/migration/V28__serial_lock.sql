-- Work that must happen one request at a time, on every node, lines up on a row of this table (platform.SerialLocks):
-- appends to the audit chain, payment batches, the content-note vocabulary, terms versions. They used to lock their
-- table's last row (SELECT ... ORDER BY ... DESC LIMIT 1 FOR UPDATE, or the whole table) and then insert. Such a lock
-- also takes the gap after that row, which two transactions can hold at once; each one's insert then waits for the
-- other's gap lock, and InnoDB ends one of them as a deadlock. Two audited actions at the same moment failed that way.
-- A row is made the first time its name is held. A member's claims and stipends line up on "payment-member:" and the
-- member's reference here too, instead of payment_member_lock, whose INSERT IGNORE then SELECT ... FOR UPDATE let two
-- requests for one member deadlock (each held a shared lock and waited for the other's).
CREATE TABLE serial_lock (
    name VARCHAR(64) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

DROP TABLE payment_member_lock;
