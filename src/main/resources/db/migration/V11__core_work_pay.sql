-- Paid for the council's core work (issue 24): who funds each payable, paid consultation preparation, monthly
-- stipends prorated by the days a member takes part, and the days a member does not take part.

-- Every payable carries its funder: the council's budget unless the work says otherwise. Quantities take four
-- decimals, so that a stipend for 17 of 30 days is booked as the share of the month it is.
ALTER TABLE payable
    ADD COLUMN funder      VARCHAR(20)  NOT NULL DEFAULT 'COUNCIL_BUDGET' AFTER description,
    ADD COLUMN funder_code VARCHAR(120) NULL AFTER funder,
    MODIFY quantity DECIMAL(11,4) NULL;

-- A consultation states the preparation it pays each member who takes part, the chair's drafting of the council's
-- position, and whether the consulting ministry pays for it (otherwise the council's budget does).
ALTER TABLE consultation
    ADD COLUMN paid_preparation_hours DECIMAL(4,1) NOT NULL DEFAULT 3.0,
    ADD COLUMN drafting_hours         DECIMAL(4,1) NOT NULL DEFAULT 6.0,
    ADD COLUMN ministry_pays          BOOLEAN      NOT NULL DEFAULT FALSE;

-- A stipend for a standing role, month by month from from_month to to_month (first days of months; open-ended while
-- to_month is NULL). amount is an amount agreed above the card, with its reason, or NULL for the card's.
CREATE TABLE stipend (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    member_ref  VARCHAR(32)   NOT NULL,
    role        VARCHAR(40)   NOT NULL,
    from_month  DATE          NOT NULL,
    to_month    DATE          NULL,
    amount      DECIMAL(14,2) NULL,
    reason      VARCHAR(500)  NULL,
    funder      VARCHAR(20)   NOT NULL DEFAULT 'COUNCIL_BUDGET',
    funder_code VARCHAR(120)  NULL,
    created_by  VARCHAR(60)   NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    ended_by    VARCHAR(60)   NULL,
    ended_at    DATETIME(3)   NULL,
    version     INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_stipend_member (member_ref, from_month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The days a member does not take part: a pause (ends_on its last day, NULL while open) or withdrawal (from its day
-- on). Kept so that what was true of a past month can be known after the member came back.
CREATE TABLE member_absence (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    member_ref VARCHAR(32) NOT NULL,
    kind       VARCHAR(12) NOT NULL,
    starts_on  DATE        NOT NULL,
    ends_on    DATE        NULL,
    PRIMARY KEY (id),
    KEY ix_absence_member (member_ref, starts_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Members paused or withdrawn before this release: from today (when they stepped back was not kept).
INSERT INTO member_absence (member_ref, kind, starts_on, ends_on)
    SELECT ref, 'PAUSE', CURRENT_DATE, paused_until FROM member WHERE status = 'PAUSED';
INSERT INTO member_absence (member_ref, kind, starts_on, ends_on)
    SELECT ref, 'WITHDRAWAL', CURRENT_DATE, NULL FROM member WHERE status = 'WITHDRAWN';
