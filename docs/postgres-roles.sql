-- The owner / application role split for a PostgreSQL ledger (docs/operations.md, PostgreSQL roles).
-- The owner role owns the schema: it runs `luoshi init` (migrations), backups and restores, and is kept for the
-- administrator. The web servers and scripts connect as the application role, which reads and writes rows but owns
-- nothing: it cannot alter a table, drop or disable a trigger, or change who may do what, so the audit trail's
-- append-only triggers hold against it whatever SQL it sends. Replace the names and passwords as you like.

-- Part 1, as a superuser (or a role with CREATEROLE and CREATEDB), once per server:
CREATE ROLE luoshi_owner LOGIN PASSWORD 'owner-password';
CREATE ROLE luoshi_app LOGIN PASSWORD 'app-password';
CREATE DATABASE luoshi OWNER luoshi_owner;

-- Then, as the owner: luoshi init --postgres "Host=…;Database=luoshi;Username=luoshi_owner;Password=…"

-- Part 2, connected to the database luoshi as luoshi_owner, after `luoshi init` and again after every upgrade or
-- restore (it may be run any number of times):
REVOKE ALL ON DATABASE luoshi FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE luoshi TO luoshi_app;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO luoshi_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO luoshi_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO luoshi_app;
-- The trail takes new entries only, and the schema's history is the owner's.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entries FROM luoshi_app;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "__EFMigrationsHistory" FROM luoshi_app;
