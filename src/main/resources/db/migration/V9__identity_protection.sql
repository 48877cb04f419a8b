-- Identity protection (issue: a second factor for staff, step-up, sealed receipts, least privilege).

-- Keycloak sessions that Keycloak ended (back-channel logout): every node ends the matching portal session.
CREATE TABLE revoked_session (
    sid        VARCHAR(64) NOT NULL PRIMARY KEY,
    revoked_at TIMESTAMP(3) NOT NULL,
    KEY revoked_session_at (revoked_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Why a member was admitted below the distance rule is about their history: it moves into the vault, sealed under
-- the member's data key like any identity field (the portal moves existing text at its next start, then clears the
-- old column).
ALTER TABLE vault_identity ADD COLUMN below_rule_reason VARBINARY(4096) NULL;

-- A bank file is a reveal of every payee in it: it carries the reason it was made for, and its own download is used
-- once (within 15 minutes of creation); later downloads are new reveals with their own reasons.
ALTER TABLE payment_batch
    ADD COLUMN reason        VARCHAR(2000) NULL,
    ADD COLUMN downloaded_at DATETIME(3)   NULL;

-- Each audit entry's signature (HMAC with a key kept outside the database): the chain's hashes can be recomputed by
-- anyone who can write to the database, the signatures cannot.
CREATE TABLE audit_checkpoint (
    sequence  BIGINT   NOT NULL PRIMARY KEY,
    signature CHAR(64) NOT NULL
) ENGINE = InnoDB;
