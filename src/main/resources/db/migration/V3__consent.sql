-- Consent per purpose, against a versioned text (issue: members under pseudonyms). A new text version needs fresh
-- consent before the purpose is used again; withdrawal takes effect at once. Records are appended, never changed.
CREATE TABLE consent_text (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    purpose      VARCHAR(30)   NOT NULL,
    version      INT           NOT NULL,
    text_en      VARCHAR(4000) NOT NULL,
    text_sr      VARCHAR(4000) NOT NULL,
    published_at TIMESTAMP(3)  NOT NULL,
    published_by VARCHAR(60)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_consent_text UNIQUE (purpose, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consent_record (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    member_ref   VARCHAR(32)  NOT NULL,
    purpose      VARCHAR(30)  NOT NULL,
    text_version INT          NOT NULL,
    given        BOOLEAN      NOT NULL,
    recorded_at  TIMESTAMP(3) NOT NULL,
    recorded_by  VARCHAR(60)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_consent_member (member_ref, purpose, id)
) ENGINE = InnoDB;

-- The first texts, so that a new installation can ask for consent at once. The administrator publishes new versions.
INSERT INTO consent_text (purpose, version, text_en, text_sr, published_at, published_by) VALUES
('COUNCIL_WORK', 1,
 'I agree that the council keeps my pseudonym and my contributions (comments, tasks, meetings, payments) to do its work. My legal name and contacts stay in the encrypted identity vault. I can withdraw this consent at any time.',
 'Saglasan/saglasna sam da savet čuva moj pseudonim i moje doprinose (komentare, zadatke, sastanke, isplate) radi svog rada. Moje pravo ime i kontakti ostaju u šifrovanom trezoru identiteta. Ovu saglasnost mogu povući u bilo kom trenutku.',
 CURRENT_TIMESTAMP(3), 'system'),
('QUOTING', 1,
 'I agree that the council quotes my comments in its reports, under my pseudonym or as "a council member", as I choose for each comment.',
 'Saglasan/saglasna sam da savet citira moje komentare u svojim izveštajima, pod mojim pseudonimom ili kao "član saveta", kako izaberem za svaki komentar.',
 CURRENT_TIMESTAMP(3), 'system'),
('PUBLIC_APPEARANCE', 1,
 'I agree to take part in public events or meetings where press may be present. I am never asked to tell my lived experience, and I can step out at any moment.',
 'Saglasan/saglasna sam da učestvujem na javnim događajima ili sastancima na kojima mogu biti prisutni mediji. Od mene se nikada ne traži da ispričam svoje životno iskustvo i mogu se povući u svakom trenutku.',
 CURRENT_TIMESTAMP(3), 'system'),
('PHOTOGRAPHS', 1,
 'I agree to be photographed at council events where photographs are allowed. Photographs never show my name.',
 'Saglasan/saglasna sam da budem fotografisan/a na događajima saveta na kojima je fotografisanje dozvoljeno. Fotografije nikada ne prikazuju moje ime.',
 CURRENT_TIMESTAMP(3), 'system'),
('EMAIL_CONTACT', 1,
 'I agree that the portal e-mails me a discreet notice ("You have a new message in the council portal"), with no names, places or topics.',
 'Saglasan/saglasna sam da mi portal šalje diskretno obaveštenje e-poštom ("Imate novu poruku u portalu saveta"), bez imena, mesta ili tema.',
 CURRENT_TIMESTAMP(3), 'system');
