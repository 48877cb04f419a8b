-- Issue 17: the owning organisation hears of new comments at most once a council day per consultation; the day is
-- written (in the comment's transaction) before the notice, so a second comment that day tells nobody again.
CREATE TABLE consultation_comment_notice (
    consultation_id BIGINT NOT NULL,
    notice_day      DATE   NOT NULL,
    PRIMARY KEY (consultation_id, notice_day),
    CONSTRAINT fk_comment_notice_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Issue 17: a notice names the item it is about (the title of the consultation, task, meeting or training), never a
-- person; older notices have none and keep their message as the link.
ALTER TABLE notification ADD COLUMN subject VARCHAR(300) NULL;
