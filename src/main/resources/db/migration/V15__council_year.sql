-- The council's year (issue 18): NGOs and unions ask the council for advice, the outcome of the law is recorded.

-- The union kind is called UNION, as the realm's partner officials and the API name it.
UPDATE organisation SET kind = 'UNION' WHERE kind = 'TRADE_UNION';

-- A partner's request for advice starts REQUESTED; the secretariat accepts it (DRAFT) or declines it with a reason the
-- partner reads. The phase column already holds any phase name.
ALTER TABLE consultation
    ADD COLUMN decline_reason VARCHAR(2000) NULL,
    ADD COLUMN declined_at    DATETIME(3)   NULL,
-- What became of the law after the report: ADOPTED, AMENDED, WITHDRAWN or PENDING, with a note and a public link,
-- recorded by the owning ministry or partner; NULL until then.
    ADD COLUMN outcome        VARCHAR(20)   NULL,
    ADD COLUMN outcome_note   VARCHAR(2000) NULL,
    ADD COLUMN outcome_link   VARCHAR(500)  NULL,
    ADD COLUMN outcome_at     DATETIME(3)   NULL,
    ADD COLUMN outcome_by     VARCHAR(60)   NULL;
