-- The annual council report (issue 18): for a calendar year the secretariat drafts it from the portal's data (the
-- figures are kept as a JSON snapshot, so a published report never changes when later data arrives), the chair writes
-- the foreword, members endorse it or record a dissent, and the secretariat publishes it. Nothing here names a member
-- but the stances, which keep the opaque member reference only (the council sees them by pseudonym, never the public).

CREATE TABLE annual_report (
    report_year    INT           NOT NULL,
    figures        MEDIUMTEXT    NOT NULL,
    drafted_at     DATETIME(3)   NOT NULL,
    drafted_by     VARCHAR(60)   NOT NULL,
    foreword       TEXT          NULL,
    foreword_by    VARCHAR(60)   NULL,
    foreword_at    DATETIME(3)   NULL,
    published_at   DATETIME(3)   NULL,
    published_by   VARCHAR(60)   NULL,
    version        INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (report_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE annual_report_stance (
    report_year  INT           NOT NULL,
    member_ref   VARCHAR(32)   NOT NULL,
    endorsed     BOOLEAN       NOT NULL,
    reason       VARCHAR(500)  NULL,
    recorded_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (report_year, member_ref),
    CONSTRAINT fk_annual_stance_report FOREIGN KEY (report_year) REFERENCES annual_report (report_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
