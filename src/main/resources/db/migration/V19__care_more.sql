-- Care around the work, continued (issue 20): interests declared, stepping aside, readiness over time, quotes and
-- photos approved one by one. Members appear only by their opaque reference; no table here holds a legal name.

-- Interests a person declares (members and staff alike, by login; a member's reference too). The organisation is
-- what the person typed: it is never joined with the identity vault and never written to a log.
CREATE TABLE declared_interest (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    owner_login   VARCHAR(100)  NOT NULL,
    member_ref    VARCHAR(32)   NULL,
    organisation  VARCHAR(200)  NOT NULL,
    relation      VARCHAR(20)   NOT NULL,
    declared_at   DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_interest_owner (owner_login),
    KEY ix_interest_member (member_ref)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A member steps aside from a consultation because of an interest (kept as it was declared at that moment).
CREATE TABLE interest_step_aside (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    consultation_id  BIGINT        NOT NULL,
    member_ref       VARCHAR(32)   NOT NULL,
    organisation     VARCHAR(200)  NOT NULL,
    relation         VARCHAR(20)   NOT NULL,
    recorded_at      DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_step_aside (consultation_id, member_ref),
    KEY ix_step_aside_member (member_ref)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Readiness over time: every later assessment of a member (the one at admission stays on the member row). A NOT_YET
-- outcome carries the day it is to be assessed again; a later assessment settles it. The outcome only, never notes.
CREATE TABLE readiness_assessment (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    member_ref     VARCHAR(32)   NOT NULL,
    assessed_on    DATE          NOT NULL,
    organisation   VARCHAR(200)  NOT NULL,
    outcome        VARCHAR(10)   NOT NULL,
    reassess_on    DATE          NULL,
    recorded_by    VARCHAR(60)   NOT NULL,
    recorded_at    DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_readiness_member (member_ref, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A member's words or photo the secretariat proposes to use in a named public output; usable only once the member
-- approved it, and no longer once they withdrew that approval (possible until the publication day).
CREATE TABLE quote (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    member_ref    VARCHAR(32)   NOT NULL,
    quote_text    TEXT          NULL,
    photo         MEDIUMBLOB    NULL,
    photo_type    VARCHAR(20)   NULL,
    purpose       VARCHAR(300)  NOT NULL,
    publish_on    DATE          NOT NULL,
    state         VARCHAR(12)   NOT NULL,
    proposed_by   VARCHAR(60)   NOT NULL,
    proposed_at   DATETIME(3)   NOT NULL,
    decided_at    DATETIME(3)   NULL,
    withdrawn_at  DATETIME(3)   NULL,
    version       INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_quote_member (member_ref),
    KEY ix_quote_state (state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
