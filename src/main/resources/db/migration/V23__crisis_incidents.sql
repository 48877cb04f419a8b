-- Crisis protocol and incident log (issue 20, care). Members appear only by their opaque reference; nothing here
-- holds a name, and no column holds an account of anyone's experience.

-- The crisis protocol the secretariat keeps, in English and Serbian (Latin). Each edit is a new version; the newest
-- is the protocol in force. Who edited it is a login (a role account), never a person's name.
CREATE TABLE crisis_protocol (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    text_en     TEXT          NOT NULL,
    text_sr     TEXT          NOT NULL,
    updated_by  VARCHAR(100)  NOT NULL,
    updated_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One incident, for the secretariat and the chair: when, what kind (a fixed list), what was done (a list of actions
-- and a short note about the actions, never about the person), the follow-up and, optionally, the member's reference.
CREATE TABLE incident (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_on        DATE          NOT NULL,
    kind               VARCHAR(30)   NOT NULL,
    actions            VARCHAR(300)  NOT NULL,
    action_note        VARCHAR(200)  NULL,
    follow_up_on       DATE          NULL,
    follow_up_done     BOOLEAN       NOT NULL DEFAULT FALSE,
    follow_up_done_at  DATETIME(3)   NULL,
    follow_up_done_by  VARCHAR(100)  NULL,
    member_ref         VARCHAR(32)   NULL,
    recorded_by        VARCHAR(100)  NOT NULL,
    recorded_at        DATETIME(3)   NOT NULL,
    updated_by         VARCHAR(100)  NULL,
    updated_at         DATETIME(3)   NULL,
    version            INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_incident_occurred (occurred_on),
    KEY ix_incident_follow_up (follow_up_done, follow_up_on),
    KEY ix_incident_member (member_ref)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
