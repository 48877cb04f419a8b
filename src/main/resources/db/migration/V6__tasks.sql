-- Real, paid tasks for members (issue: tasks). Offers go to members by their opaque reference; every hour logged is
-- kept; accepted work becomes exactly one payable (the payments issue turns payables into money).
CREATE TABLE task (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    title            VARCHAR(200)  NOT NULL,
    outcome          TEXT          NOT NULL,
    kind             VARCHAR(40)   NOT NULL,
    consultation_id  BIGINT        NULL,
    estimated_hours  DECIMAL(6,2)  NOT NULL,
    pay_basis        VARCHAR(10)   NOT NULL,
    rate             DECIMAL(12,2) NOT NULL,
    currency         CHAR(3)       NOT NULL,
    deadline         DATE          NOT NULL,
    roles_needed     VARCHAR(200)  NOT NULL DEFAULT '',
    topics           VARCHAR(1000) NOT NULL DEFAULT '',
    public_facing    BOOLEAN       NOT NULL DEFAULT FALSE,
    media_present    BOOLEAN       NOT NULL DEFAULT FALSE,
    state            VARCHAR(20)   NOT NULL,
    created_by       VARCHAR(60)   NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    cancelled_at     DATETIME(3)   NULL,
    version          INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_task_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One offer per member and task; the review of that member's work lives with the offer.
CREATE TABLE task_offer (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    task_id         BIGINT        NOT NULL,
    member_ref      VARCHAR(32)   NOT NULL,
    state           VARCHAR(20)   NOT NULL,
    offered_at      DATETIME(3)   NOT NULL,
    offered_by      VARCHAR(60)   NOT NULL,
    expires_at      DATETIME(3)   NOT NULL,
    responded_at    DATETIME(3)   NULL,
    submitted_at    DATETIME(3)   NULL,
    review_state    VARCHAR(20)   NULL,
    review_comment  TEXT          NULL,
    reviewed_by     VARCHAR(60)   NULL,
    reviewed_at     DATETIME(3)   NULL,
    version         INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_offer (task_id, member_ref),
    KEY ix_offer_member (member_ref, offered_at),
    CONSTRAINT fk_offer_task FOREIGN KEY (task_id) REFERENCES task (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE work_log (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    offer_id   BIGINT       NOT NULL,
    work_date  DATE         NOT NULL,
    hours      DECIMAL(5,2) NOT NULL,
    note       VARCHAR(500) NULL,
    logged_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_worklog_offer (offer_id),
    CONSTRAINT fk_worklog_offer FOREIGN KEY (offer_id) REFERENCES task_offer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Accepted work, payable: exactly one per offer (the unique key makes a double acceptance create one).
CREATE TABLE task_payable (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    offer_id       BIGINT        NOT NULL,
    member_ref     VARCHAR(32)   NOT NULL,
    hours          DECIMAL(7,2)  NOT NULL,
    amount         DECIMAL(12,2) NOT NULL,
    currency       CHAR(3)       NOT NULL,
    over_estimate  BOOLEAN       NOT NULL,
    extra_hours    DECIMAL(7,2)  NOT NULL,
    created_by     VARCHAR(60)   NOT NULL,
    created_at     DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_payable_offer (offer_id),
    KEY ix_payable_member (member_ref, created_at),
    CONSTRAINT fk_payable_offer FOREIGN KEY (offer_id) REFERENCES task_offer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
