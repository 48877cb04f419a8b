-- Discreet mail waits here until the every-minute job sends it (issue 22): one row per member with a mail to send,
-- written in the transaction of the notice, so a notice that rolled back asks for nothing. Only the login (as the
-- notification table holds it); never an address, which stays in the identity vault.
CREATE TABLE discreet_mail_request (
    recipient    VARCHAR(100) NOT NULL PRIMARY KEY,
    requested_at DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
