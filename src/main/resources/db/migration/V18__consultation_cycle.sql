-- Finishing the consultation cycle (issue 18).

-- The final version: the owning ministry (or partner) publishes it once the consultation is CLOSED; it ends
-- commenting and new versions for good. consulted_version is the text members commented on (the version in force
-- when commenting closed), against which the final version's changes are shown.
ALTER TABLE consultation
    ADD COLUMN final_version     INT         NULL,
    ADD COLUMN consulted_version INT         NULL,
    ADD COLUMN final_at          DATETIME(3) NULL,
    ADD COLUMN final_by          VARCHAR(60) NULL;

-- Overdue answers: the day (council's calendar) on which the ministry officials and the secretariat were last told
-- that a consultation's answers are overdue, so they are told at most once a day per consultation.
CREATE TABLE consultation_overdue_notice (
    consultation_id BIGINT NOT NULL,
    notice_day      DATE   NOT NULL,
    unanswered      INT    NOT NULL,
    PRIMARY KEY (consultation_id, notice_day),
    CONSTRAINT fk_overdue_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
