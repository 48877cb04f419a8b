-- Consultations on draft law (issue: consultations). A ministry official acts for one organisation; members comment
-- under their opaque member reference, never a name; the ministry answers every comment.

-- Which organisation a ministry official acts for (by login handle; no name is kept).
CREATE TABLE organisation_official (
    login             VARCHAR(60) NOT NULL,
    organisation_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (login),
    CONSTRAINT fk_official_organisation FOREIGN KEY (organisation_code) REFERENCES organisation (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consultation (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    organisation_code VARCHAR(40)   NOT NULL,
    title             VARCHAR(300)  NOT NULL,
    summary           TEXT          NOT NULL,
    policy_area       VARCHAR(200)  NOT NULL DEFAULT '',
    content_notes     VARCHAR(1000) NOT NULL DEFAULT '',
    phase             VARCHAR(20)   NOT NULL,
    opens_at          DATETIME(3)   NOT NULL,
    closes_at         DATETIME(3)   NOT NULL,
    answers_due_at    DATETIME(3)   NOT NULL,
    current_version   INT           NOT NULL DEFAULT 1,
    opening_scheduled BOOLEAN       NOT NULL DEFAULT FALSE,
    created_by        VARCHAR(60)   NOT NULL,
    created_at        DATETIME(3)   NOT NULL,
    opened_at         DATETIME(3)   NULL,
    closed_at         DATETIME(3)   NULL,
    answered_at       DATETIME(3)   NULL,
    published_at      DATETIME(3)   NULL,
    version           INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_consultation_phase (phase),
    CONSTRAINT fk_consultation_organisation FOREIGN KEY (organisation_code) REFERENCES organisation (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every draft version keeps its full list of sections; comments point at the section they were written on.
CREATE TABLE consultation_section (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    consultation_id BIGINT        NOT NULL,
    draft_version   INT           NOT NULL,
    number          INT           NOT NULL,
    heading         VARCHAR(300)  NOT NULL,
    body            MEDIUMTEXT    NOT NULL,
    content_notes   VARCHAR(1000) NOT NULL DEFAULT '',
    PRIMARY KEY (id),
    UNIQUE KEY uq_section (consultation_id, draft_version, number),
    CONSTRAINT fk_section_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consultation_version (
    consultation_id BIGINT       NOT NULL,
    draft_version   INT          NOT NULL,
    published_at    DATETIME(3)  NOT NULL,
    published_by    VARCHAR(60)  NOT NULL,
    PRIMARY KEY (consultation_id, draft_version),
    CONSTRAINT fk_version_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consultation_document (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    consultation_id BIGINT       NOT NULL,
    file_name       VARCHAR(200) NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    stored_name     VARCHAR(80)  NOT NULL,
    uploaded_by     VARCHAR(60)  NOT NULL,
    uploaded_at     DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_document_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consultation_comment (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    consultation_id BIGINT       NOT NULL,
    section_id      BIGINT       NULL,
    parent_id       BIGINT       NULL,
    depth           INT          NOT NULL DEFAULT 1,
    author_ref      VARCHAR(32)  NOT NULL,
    attribution     VARCHAR(20)  NOT NULL,
    body            TEXT         NOT NULL,
    posted_at       DATETIME(3)  NOT NULL,
    edited_at       DATETIME(3)  NULL,
    withdrawn       BOOLEAN      NOT NULL DEFAULT FALSE,
    hidden          BOOLEAN      NOT NULL DEFAULT FALSE,
    hidden_reason   VARCHAR(500) NULL,
    hidden_by       VARCHAR(60)  NULL,
    reported        BOOLEAN      NOT NULL DEFAULT FALSE,
    version         INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_comment_page (consultation_id, id),
    KEY ix_comment_author (author_ref),
    CONSTRAINT fk_comment_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_comment_section FOREIGN KEY (section_id) REFERENCES consultation_section (id),
    CONSTRAINT fk_comment_parent FOREIGN KEY (parent_id) REFERENCES consultation_comment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a comment said before each edit (history kept).
CREATE TABLE comment_revision (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    comment_id BIGINT      NOT NULL,
    body       TEXT        NOT NULL,
    replaced_at DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_revision_comment FOREIGN KEY (comment_id) REFERENCES consultation_comment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE comment_answer (
    comment_id         BIGINT        NOT NULL,
    disposition        VARCHAR(20)   NOT NULL,
    reason             TEXT          NULL,
    changed_section_id BIGINT        NULL,
    answered_by        VARCHAR(60)   NOT NULL,
    answered_at        DATETIME(3)   NOT NULL,
    PRIMARY KEY (comment_id),
    CONSTRAINT fk_answer_comment FOREIGN KEY (comment_id) REFERENCES consultation_comment (id),
    CONSTRAINT fk_answer_section FOREIGN KEY (changed_section_id) REFERENCES consultation_section (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE council_position (
    consultation_id BIGINT      NOT NULL,
    body            TEXT        NOT NULL,
    drafted_by      VARCHAR(60) NOT NULL,
    drafted_at      DATETIME(3) NOT NULL,
    submitted_at    DATETIME(3) NULL,
    disposition     VARCHAR(20) NULL,
    reason          TEXT        NULL,
    answered_by     VARCHAR(60) NULL,
    answered_at     DATETIME(3) NULL,
    version         INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (consultation_id),
    CONSTRAINT fk_position_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE position_stance (
    consultation_id BIGINT       NOT NULL,
    member_ref      VARCHAR(32)  NOT NULL,
    endorsed        BOOLEAN      NOT NULL,
    reason          VARCHAR(500) NULL,
    recorded_at     DATETIME(3)  NOT NULL,
    PRIMARY KEY (consultation_id, member_ref),
    CONSTRAINT fk_stance_position FOREIGN KEY (consultation_id) REFERENCES council_position (consultation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- In-portal notifications: a message key and a link, never a name or a comment's text.
CREATE TABLE notification (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    recipient   VARCHAR(60)  NOT NULL,
    message_key VARCHAR(100) NOT NULL,
    link        VARCHAR(200) NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    read_at     DATETIME(3)  NULL,
    PRIMARY KEY (id),
    KEY ix_notification_recipient (recipient, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How a member's comments are signed unless they choose otherwise: the middle way by default.
ALTER TABLE member_profile ADD COLUMN default_attribution VARCHAR(20) NOT NULL DEFAULT 'COUNCIL';
