-- The public directory of support services (issue 19). Organisations' public contact details only: nothing about a
-- member, nothing about who reads the directory. Removal keeps the row (removed_at) so the audit trail still points
-- at it; removed entries never reach the page or the API.
CREATE TABLE directory_entry (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    organisation    VARCHAR(200)   NOT NULL,
    area            VARCHAR(100)   NOT NULL,
    phone           VARCHAR(40)    NULL,
    email           VARCHAR(254)   NULL,
    website         VARCHAR(500)   NULL,
    hours           VARCHAR(300)   NULL,
    description_en  VARCHAR(1000)  NOT NULL,
    description_sr  VARCHAR(1000)  NOT NULL,
    last_checked    DATE           NOT NULL,
    checked_by      VARCHAR(60)    NOT NULL,
    created_by      VARCHAR(60)    NOT NULL,
    created_at      DATETIME(3)    NOT NULL,
    changed_at      DATETIME(3)    NOT NULL,
    removed_at      DATETIME(3)    NULL,
    removed_by      VARCHAR(60)    NULL,
    version         INT            NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_directory_listed (removed_at, last_checked),
    KEY ix_directory_area (area)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What an entry offers: LEGAL, SHELTER, HEALTH, PSYCHOSOCIAL, EMPLOYMENT, UNION, OTHER.
CREATE TABLE directory_entry_service (
    entry_id  BIGINT       NOT NULL,
    service   VARCHAR(20)  NOT NULL,
    PRIMARY KEY (entry_id, service),
    KEY ix_directory_service (service),
    CONSTRAINT fk_directory_service_entry FOREIGN KEY (entry_id) REFERENCES directory_entry (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The languages it can be had in, as tags of a fixed vocabulary (sr, en, hu, ro, rom, ...).
CREATE TABLE directory_entry_language (
    entry_id  BIGINT       NOT NULL,
    language  VARCHAR(10)  NOT NULL,
    PRIMARY KEY (entry_id, language),
    KEY ix_directory_language (language),
    CONSTRAINT fk_directory_language_entry FOREIGN KEY (entry_id) REFERENCES directory_entry (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
