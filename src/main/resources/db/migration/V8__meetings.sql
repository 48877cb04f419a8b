-- Meetings that are safe to attend (issue: meetings). Members appear only by their opaque reference; a meeting's
-- online link is shown only to invitees from the day before; minutes never hold a legal name.
CREATE TABLE meeting (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    kind                VARCHAR(20)   NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    agenda              TEXT          NOT NULL,
    starts_at           DATETIME(3)   NOT NULL,
    ends_at             DATETIME(3)   NOT NULL,
    online              BOOLEAN       NOT NULL,
    venue               VARCHAR(300)  NULL,
    link                VARCHAR(2000) NULL,
    language            VARCHAR(60)   NOT NULL,
    interpretation      VARCHAR(200)  NULL,
    capacity            INT           NULL,
    consultation_id     BIGINT        NULL,
    organisation_code   VARCHAR(40)   NULL,
    meeting_days        DECIMAL(4,1)  NOT NULL,
    preparation_hours   DECIMAL(5,2)  NOT NULL,
    per_diem_days       INT           NOT NULL,
    travel_km           DECIMAL(6,1)  NOT NULL,
    state               VARCHAR(20)   NOT NULL,
    created_by          VARCHAR(60)   NOT NULL,
    created_at          DATETIME(3)   NOT NULL,
    version             INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_meeting_start (starts_at),
    CONSTRAINT fk_meeting_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting_safety_plan (
    meeting_id         BIGINT        NOT NULL,
    support_person     VARCHAR(300)  NOT NULL,
    support_contact    VARCHAR(300)  NOT NULL,
    quiet_room         VARCHAR(300)  NULL,
    step_out_online    VARCHAR(300)  NULL,
    photographs        BOOLEAN       NOT NULL,
    recording          BOOLEAN       NOT NULL,
    press              BOOLEAN       NOT NULL,
    naming             VARCHAR(30)   NOT NULL,
    no_stories         BOOLEAN       NOT NULL,
    PRIMARY KEY (meeting_id),
    CONSTRAINT fk_plan_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting_invitation (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    meeting_id    BIGINT         NOT NULL,
    member_ref    VARCHAR(32)    NOT NULL,
    state         VARCHAR(20)    NOT NULL,
    needs         VARCHAR(1000)  NULL,
    invited_at    DATETIME(3)    NOT NULL,
    responded_at  DATETIME(3)    NULL,
    version       INT            NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_invitation (meeting_id, member_ref),
    KEY ix_invitation_member (member_ref),
    CONSTRAINT fk_invitation_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting_attendance (
    meeting_id   BIGINT        NOT NULL,
    member_ref   VARCHAR(32)   NOT NULL,
    presence     VARCHAR(10)   NOT NULL,
    hours        DECIMAL(5,2)  NULL,
    prepared     BOOLEAN       NOT NULL,
    travelled    BOOLEAN       NOT NULL,
    recorded_by  VARCHAR(60)   NOT NULL,
    recorded_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (meeting_id, member_ref),
    CONSTRAINT fk_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting_minutes (
    meeting_id             BIGINT       NOT NULL,
    state                  VARCHAR(20)  NOT NULL,
    corrections_deadline   DATETIME(3)  NULL,
    published_at           DATETIME(3)  NULL,
    PRIMARY KEY (meeting_id),
    CONSTRAINT fk_minutes_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting_minutes_part (
    id            BIGINT   NOT NULL AUTO_INCREMENT,
    meeting_id    BIGINT   NOT NULL,
    position      INT      NOT NULL,
    body          TEXT     NOT NULL,
    for_ministry  BOOLEAN  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_part_meeting (meeting_id, position),
    CONSTRAINT fk_part_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting_minutes_correction (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    meeting_id   BIGINT       NOT NULL,
    member_ref   VARCHAR(32)  NOT NULL,
    body         TEXT         NOT NULL,
    proposed_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_correction_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "I need to step out": the support person is told; it never touches pay.
CREATE TABLE meeting_step_out (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    meeting_id  BIGINT       NOT NULL,
    member_ref  VARCHAR(32)  NOT NULL,
    at          DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_step_out_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
