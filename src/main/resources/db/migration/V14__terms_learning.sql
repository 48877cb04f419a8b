-- Engagement terms and learning (issue 19).
--
-- Engagement terms: versioned texts in English and Serbian that the administrator publishes, like consent texts; a
-- member accepts the version in force (one row per member and version, with the time) before any offer or
-- invitation. Both tables are written once and never changed (the runtime account may only read and insert them).
CREATE TABLE terms_version (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    version       INT           NOT NULL,
    text_en       TEXT          NOT NULL,
    text_sr       TEXT          NOT NULL,
    published_at  DATETIME(3)   NOT NULL,
    published_by  VARCHAR(60)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_terms_version UNIQUE (version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE terms_acceptance (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    member_ref    VARCHAR(32)   NOT NULL,
    version       INT           NOT NULL,
    accepted_at   DATETIME(3)   NOT NULL,
    accepted_by   VARCHAR(60)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_terms_acceptance UNIQUE (member_ref, version),
    KEY ix_terms_acceptance_version (version),
    CONSTRAINT fk_terms_acceptance_version FOREIGN KEY (version) REFERENCES terms_version (version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The first version, so that a new installation can ask for acceptance at once. The rate card is not copied into the
-- text: the page and the PDF show the card itself next to it, so the rates a member reads are the ones paid.
INSERT INTO terms_version (version, text_en, text_sr, published_at, published_by) VALUES (1,
'Engagement terms of the council

Your role. You take part in the council''s work under your pseudonym, in the roles you choose on your profile (consultant, advisor, educator, public advocate, peer supporter). Every task, meeting or training is offered to you with what it is, when it is and what it pays; you may accept or decline any offer without giving a reason, and a decline is never held against you.

Pay. Your work is paid from the council''s rate card, shown below these terms: the same amounts the council pays other experts for the same work. The rate in force on the day of the work applies. You see what you are owed, approved and paid on your statement; a payment that is late is marked.

Hours. You choose how many hours a month you offer. You are not offered work beyond them, and time you actually work beyond an estimate is paid.

Stopping. You may pause at any time, for as long as you need, or leave the council. Work you have done is always paid. Nobody asks you why.

Support. Every meeting names a support person, and nobody asks you to tell your lived experience. You may step out of any meeting. The secretariat answers questions about these terms.',
'Uslovi angažovanja u savetu

Vaša uloga. U radu saveta učestvujete pod svojim pseudonimom, u ulogama koje izaberete na svom profilu (konsultant, savetnik, edukator, javni zagovarač, vršnjačka podrška). Svaki zadatak, sastanak ili obuka vam se nudi uz opis šta je, kada je i koliko se plaća; svaku ponudu možete prihvatiti ili odbiti bez obrazloženja, i odbijanje se nikada ne računa protiv vas.

Plaćanje. Vaš rad se plaća po cenovniku saveta, prikazanom ispod ovih uslova: isti iznosi koje savet plaća drugim stručnjacima za isti posao. Primenjuje se cena koja važi na dan rada. Na svom izveštaju vidite šta vam se duguje, šta je odobreno i isplaćeno; isplata koja kasni je označena.

Sati. Sami birate koliko sati mesečno nudite. Ne nudi vam se posao preko toga, a vreme koje stvarno radite preko procene se plaća.

Prekid. Možete napraviti pauzu u bilo kom trenutku, koliko god vam treba, ili napustiti savet. Rad koji ste obavili se uvek plaća. Niko vas ne pita zašto.

Podrška. Za svaki sastanak je imenovana osoba za podršku, i niko od vas ne traži da ispričate svoje životno iskustvo. Sa svakog sastanka možete izaći. Sekretarijat odgovara na pitanja o ovim uslovima.',
CURRENT_TIMESTAMP(3), 'system');

-- Learning and retraining: opportunities the secretariat records (training, courses, retraining), offered to members
-- as fairly as tasks, accepted or declined without a reason, and completed on the member's council record. Paid time
-- goes to the ledger (source key learning-offer:<id>); nothing about a member here but the opaque reference.
CREATE TABLE learning_opportunity (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    title           VARCHAR(200)   NOT NULL,
    provider        VARCHAR(200)   NOT NULL,
    description     VARCHAR(1000)  NOT NULL DEFAULT '',
    start_date      DATE           NOT NULL,
    end_date        DATE           NOT NULL,
    language        VARCHAR(10)    NOT NULL,
    places          INT            NOT NULL,
    -- hours of paid time for each member who completes it; 0 when it is not paid time
    paid_hours      DECIMAL(6, 2)  NOT NULL DEFAULT 0,
    -- codes of the content-note vocabulary the training touches, comma-separated
    content_notes   VARCHAR(1000)  NOT NULL DEFAULT '',
    -- a role a member may add to what they offer once they complete it (EDUCATOR after a training of trainers)
    role_prepared   VARCHAR(30)    NULL,
    created_by      VARCHAR(60)    NOT NULL,
    created_at      DATETIME(3)    NOT NULL,
    version         INT            NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_learning_start (start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE learning_offer (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    opportunity_id  BIGINT         NOT NULL,
    member_ref      VARCHAR(32)    NOT NULL,
    state           VARCHAR(20)    NOT NULL,
    offered_at      DATETIME(3)    NOT NULL,
    offered_by      VARCHAR(60)    NOT NULL,
    responded_at    DATETIME(3)    NULL,
    -- the member agreed, when accepting, that completing it adds the role it prepares for
    role_agreed     BOOLEAN        NOT NULL DEFAULT FALSE,
    completed_on    DATE           NULL,
    completed_at    DATETIME(3)    NULL,
    completed_by    VARCHAR(60)    NULL,
    role_added      VARCHAR(30)    NULL,
    version         INT            NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_learning_offer UNIQUE (opportunity_id, member_ref),
    KEY ix_learning_offer_member (member_ref, offered_at),
    CONSTRAINT fk_learning_offer_opportunity FOREIGN KEY (opportunity_id) REFERENCES learning_opportunity (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
