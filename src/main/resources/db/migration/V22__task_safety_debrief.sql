-- Safety plans for tasks that expose a member, and debriefs after sensitive work (issue 20).

-- A task's safety plan (one row per task, replaced as a whole), required before an exposing task is offered.
CREATE TABLE task_safety_plan (
    task_id          BIGINT        NOT NULL,
    support_person   VARCHAR(300)  NOT NULL,
    support_contact  VARCHAR(300)  NOT NULL,
    support_login    VARCHAR(100)  NULL,
    content_notes    VARCHAR(300)  NOT NULL,
    photographs      BOOLEAN       NOT NULL,
    recording        BOOLEAN       NOT NULL,
    pseudonym_only   BOOLEAN       NOT NULL,
    PRIMARY KEY (task_id),
    CONSTRAINT fk_task_plan_task FOREIGN KEY (task_id) REFERENCES task (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A debrief offered to a member after a sensitive meeting or task: accepted or declined, no reason kept.
CREATE TABLE debrief (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    member_ref     VARCHAR(60)   NOT NULL,
    about          VARCHAR(20)   NOT NULL,
    ref_id         BIGINT        NOT NULL,
    title          VARCHAR(300)  NOT NULL,
    support_login  VARCHAR(100)  NULL,
    state          VARCHAR(20)   NOT NULL,
    offered_at     DATETIME(3)   NOT NULL,
    decided_at     DATETIME(3)   NULL,
    version        INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_debrief (member_ref, about, ref_id),
    KEY ix_debrief_support (state, support_login)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
