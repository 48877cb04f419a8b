-- Run once as an administrator on an external MySQL 8+/MariaDB 10.11+ server.
--
-- Two accounts (see docs/operations.md):
--   portal_owner  owns the schema: Flyway migrates with it when the portal starts (portal.db.migration-user and
--                 PORTAL_DB_MIGRATION_PASSWORD), and it grants the runtime account its rights, table by table.
--   portal        the runtime account (portal.db.user and PORTAL_DB_PASSWORD): data only. No DDL, no triggers, and
--                 no UPDATE or DELETE on the append-only tables (audit chain, reveal log, ledger).
CREATE DATABASE IF NOT EXISTS portal CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE USER IF NOT EXISTS 'portal_owner'@'%' IDENTIFIED BY 'change-me-owner';
GRANT ALL PRIVILEGES ON portal.* TO 'portal_owner'@'%' WITH GRANT OPTION;

CREATE USER IF NOT EXISTS 'portal'@'%' IDENTIFIED BY 'change-me';
-- Only the right to connect; the portal_owner account grants the rest after each migration.
GRANT LOCK TABLES ON portal.* TO 'portal'@'%';
FLUSH PRIVILEGES;
