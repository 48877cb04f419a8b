-- Handing in a task's work carries a note for the reviewer and, optionally, a link to the work (issue 17).
ALTER TABLE task_offer
    ADD COLUMN hand_in_note VARCHAR(1000) NULL,
    ADD COLUMN hand_in_link VARCHAR(500) NULL;
