-- Issue 16: the consultation page reads a page of whole threads, ordered by the section they are about (the whole
-- draft first, then version and number) and by the thread's first comment. Worked out per request from the section
-- and the parent's parent, that order cost a sort of every comment of the consultation on every page view, and grew
-- with their number. Each comment now carries its thread's key (written once when it is posted: a thread's section
-- never changes, sections are immutable per version), and one index answers a page of threads, and their count, by
-- seeking in it: the columns the visibility rules test are in the index, so no row is read to decide what a reader
-- may see.
ALTER TABLE consultation_comment
    ADD COLUMN thread_id    BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN sort_version INT    NOT NULL DEFAULT 0,
    ADD COLUMN sort_number  INT    NOT NULL DEFAULT 0;

-- The thread is the top-level comment (replies go at most three deep); a comment on the whole draft sorts as 0, 0.
UPDATE consultation_comment c
    LEFT JOIN consultation_comment p ON p.id = c.parent_id
    LEFT JOIN consultation_section s ON s.id = c.section_id
SET c.thread_id = COALESCE(p.parent_id, c.parent_id, c.id),
    c.sort_version = COALESCE(s.draft_version, 0),
    c.sort_number = COALESCE(s.number, 0);

CREATE INDEX ix_comment_threads ON consultation_comment
    (consultation_id, sort_version, sort_number, thread_id, hidden, withdrawn, attribution, author_ref);
CREATE INDEX ix_comment_thread ON consultation_comment (thread_id);
