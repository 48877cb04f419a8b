-- Organisations the council works with: ministries, NGOs, donors, unions.
CREATE TABLE organisation (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    code      VARCHAR(40)  NOT NULL,
    kind      VARCHAR(20)  NOT NULL,
    name_en   VARCHAR(200) NOT NULL,
    name_sr   VARCHAR(200) NOT NULL,
    version   INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_organisation_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
