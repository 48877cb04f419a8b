-- Appends to the audit chain line up on this one row. Locking the chain's last entry alone
-- (SELECT ... ORDER BY sequence DESC LIMIT 1 FOR UPDATE) also locks the gap after it, and two transactions can hold
-- that gap lock at once: each one's insert then waits for the other's, and InnoDB ends one of them as a deadlock. Two
-- audited actions at the same moment (a member's work log while the stipend job booked a month) failed that way.
CREATE TABLE audit_chain_lock (
    id TINYINT NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_chain_lock (id) VALUES (1);
