-- Consent for each public event (issue 20, consent feature). When a member accepts a task offer or a meeting
-- invitation that would show them in public, photograph or record them, the acceptance records what the member agreed
-- to for that one event, with the wording they were shown, in both of the council's languages. The standing consents
-- (consent_record) still decide whether such work may be offered at all. Members appear by their opaque reference.
CREATE TABLE event_consent (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    member_ref    VARCHAR(32)    NOT NULL,
    about         VARCHAR(10)    NOT NULL,
    ref_id        BIGINT         NOT NULL,
    title         VARCHAR(300)   NOT NULL,
    event_on      DATE           NOT NULL,
    appearance    BOOLEAN        NOT NULL,
    photographs   BOOLEAN        NOT NULL,
    recording     BOOLEAN        NOT NULL,
    wording_en    VARCHAR(1000)  NOT NULL,
    wording_sr    VARCHAR(1000)  NOT NULL,
    given_at      DATETIME(3)    NOT NULL,
    withdrawn_at  DATETIME(3)    NULL,
    version       BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_event_consent (member_ref, about, ref_id),
    KEY ix_event_consent_member (member_ref)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
