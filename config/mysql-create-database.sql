-- Run once as an administrator on an external MySQL 8+/MariaDB 10.11+ server. Flyway creates the tables
-- when the portal starts; the portal's user needs no rights outside its own database.
CREATE DATABASE IF NOT EXISTS portal CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'portal'@'%' IDENTIFIED BY 'change-me';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, DROP, REFERENCES, TRIGGER, CREATE VIEW
    ON portal.* TO 'portal'@'%';
FLUSH PRIVILEGES;
