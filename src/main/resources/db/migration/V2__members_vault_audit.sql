-- Members under pseudonyms, the identity vault, and the audit chain (issue: members under pseudonyms).
-- Only vault_* tables hold personal data, and only as AES-256-GCM ciphertext plus keyed HMAC blind indexes.

CREATE TABLE member (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    ref                     VARCHAR(32)   NOT NULL,           -- opaque reference used everywhere else
    pseudonym               VARCHAR(60)   NOT NULL,
    login                   VARCHAR(60)   NOT NULL,           -- Keycloak user name (derived from the pseudonym)
    keycloak_id             VARCHAR(64)   NULL,
    preferred_language      VARCHAR(10)   NOT NULL,
    status                  VARCHAR(12)   NOT NULL,           -- ACTIVE, PAUSED, WITHDRAWN
    paused_until            DATE          NULL,
    former_number           INT           NULL,               -- N of "Former member N" after withdrawal
    adult_attested          BOOLEAN       NOT NULL,
    years_since_exploitation INT          NOT NULL,
    below_rule_reason       VARCHAR(2000) NULL,
    readiness_date          DATE          NOT NULL,
    readiness_organisation  VARCHAR(200)  NOT NULL,
    readiness_outcome       VARCHAR(10)   NOT NULL,
    admitted_at             TIMESTAMP(3)  NOT NULL,
    admitted_by             VARCHAR(60)   NOT NULL,
    version                 INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_member_ref UNIQUE (ref),
    CONSTRAINT uq_member_pseudonym UNIQUE (pseudonym),
    CONSTRAINT uq_member_login UNIQUE (login)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One wrapped data key per member. Deleting this row makes the member's vault ciphertext unreadable for ever.
CREATE TABLE vault_data_key (
    member_ref     VARCHAR(32)    NOT NULL,
    master_key_id  VARCHAR(40)    NOT NULL,
    wrapped_key    VARBINARY(128) NOT NULL,
    PRIMARY KEY (member_ref)
) ENGINE = InnoDB;

CREATE TABLE vault_identity (
    member_ref           VARCHAR(32)     NOT NULL,
    legal_name           VARBINARY(1024) NOT NULL,
    email                VARBINARY(1024) NULL,
    phone                VARBINARY(512)  NULL,
    iban                 VARBINARY(512)  NULL,
    paid_through_partner BOOLEAN         NOT NULL DEFAULT FALSE,
    emergency_contact    VARBINARY(2048) NULL,
    legal_name_index     CHAR(64)        NOT NULL,
    email_index          CHAR(64)        NULL,
    phone_index          CHAR(64)        NULL,
    iban_index           CHAR(64)        NULL,
    PRIMARY KEY (member_ref),
    KEY ix_vault_email (email_index),
    KEY ix_vault_phone (phone_index),
    KEY ix_vault_iban (iban_index)
) ENGINE = InnoDB;

-- Append-only; each entry carries the previous entry's hash. References only, never personal data.
CREATE TABLE audit_entry (
    sequence      BIGINT        NOT NULL,
    occurred_at   TIMESTAMP(3)  NOT NULL,
    actor         VARCHAR(60)   NOT NULL,
    action        VARCHAR(60)   NOT NULL,
    subject_ref   VARCHAR(60)   NULL,
    details       VARCHAR(1000) NULL,
    previous_hash CHAR(64)      NOT NULL,
    hash          CHAR(64)      NOT NULL,
    PRIMARY KEY (sequence)
) ENGINE = InnoDB;

-- Every opening of a member's identity: who, whose, which fields, why, when. Never the values.
CREATE TABLE identity_reveal (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    member_ref  VARCHAR(32)   NOT NULL,
    custodian   VARCHAR(60)   NOT NULL,
    fields      VARCHAR(200)  NOT NULL,
    reason      VARCHAR(2000) NOT NULL,
    revealed_at TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_reveal_member (member_ref)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
