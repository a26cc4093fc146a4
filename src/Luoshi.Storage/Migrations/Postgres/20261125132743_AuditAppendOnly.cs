using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Luoshi.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Added by hand: the audit trail is append-only, enforced by the database itself, so that no code path
            // (nor a person with SQL access through the application's role) can rewrite history.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit_entries is append-only: % is not allowed', TG_OP;
                END
                $$;
                CREATE TRIGGER audit_entries_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_entries
                    FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
                CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER audit_entries_no_truncate ON audit_entries;
                DROP TRIGGER audit_entries_no_update_or_delete ON audit_entries;
                DROP FUNCTION audit_entries_append_only();
                """);
        }
    }
}
