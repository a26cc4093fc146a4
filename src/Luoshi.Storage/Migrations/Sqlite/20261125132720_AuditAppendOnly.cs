using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Luoshi.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Added by hand: the audit trail is append-only, enforced by the database itself, so that no code path
            // (nor anyone opening the file with another SQLite client and these triggers) can rewrite history.
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
                BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only: UPDATE is not allowed'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
                BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only: DELETE is not allowed'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER audit_entries_no_delete;");
            migrationBuilder.Sql("DROP TRIGGER audit_entries_no_update;");
        }
    }
}
