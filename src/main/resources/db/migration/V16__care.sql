-- Care around the work (issue 20): support on request, the support person's portal account on a meeting's safety
-- plan, and at most one discreet mail a day per member. Members appear only by their opaque reference.

-- The portal account of the meeting's support person, when they have one: support requests and "I need to step out"
-- reach them; without one, they reach the secretariat's support duty.
ALTER TABLE meeting_safety_plan ADD COLUMN support_login VARCHAR(100) NULL;

-- A member's request for support. The note is optional and short: no story is needed.
CREATE TABLE support_request (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    member_ref       VARCHAR(60)   NOT NULL,
    about            VARCHAR(20)   NOT NULL,
    ref_id           BIGINT        NULL,
    urgency          VARCHAR(10)   NOT NULL,
    note             VARCHAR(300)  NULL,
    reached_login    VARCHAR(100)  NULL,
    state            VARCHAR(20)   NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    escalate_at      DATETIME(3)   NOT NULL,
    escalated_at     DATETIME(3)   NULL,
    acknowledged_at  DATETIME(3)   NULL,
    acknowledged_by  VARCHAR(100)  NULL,
    version          INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_support_member (member_ref),
    KEY ix_support_due (state, escalate_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The council days on which a login was sent a discreet mail: one a day at most.
CREATE TABLE discreet_mail_day (
    recipient  VARCHAR(100)  NOT NULL,
    day        DATE          NOT NULL,
    PRIMARY KEY (recipient, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
