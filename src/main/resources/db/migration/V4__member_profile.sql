-- What a member offers and what they would rather not meet (issue: members under pseudonyms). The topics come from
-- the content-note vocabulary, which the administrator keeps and consultations use for their content notes.
CREATE TABLE content_note (
    code     VARCHAR(40)  NOT NULL,
    label_en VARCHAR(200) NOT NULL,
    label_sr VARCHAR(200) NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO content_note (code, label_en, label_sr) VALUES
('sexual-exploitation', 'Sexual exploitation', 'Seksualna eksploatacija'),
('labour-exploitation', 'Labour exploitation', 'Radna eksploatacija'),
('violence', 'Violence', 'Nasilje'),
('children', 'Children', 'Deca'),
('detention', 'Detention', 'Pritvor'),
('migration', 'Migration and borders', 'Migracije i granice'),
('courts', 'Courts and testimony', 'Sudovi i svedočenje'),
('health', 'Health and mental health', 'Zdravlje i mentalno zdravlje');

CREATE TABLE member_profile (
    member_ref      VARCHAR(32)  NOT NULL,
    roles_offered   VARCHAR(200) NOT NULL DEFAULT '',
    topics          VARCHAR(1000) NOT NULL DEFAULT '',
    avoided_topics  VARCHAR(1000) NOT NULL DEFAULT '',
    hours_per_month INT          NOT NULL DEFAULT 0,
    contact_channel VARCHAR(20)  NOT NULL DEFAULT 'PORTAL',
    version         INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (member_ref)
) ENGINE = InnoDB;
