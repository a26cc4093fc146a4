using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Luoshi.Storage.Migrations.Postgres
{
    /// <summary>Moves the progress reports that supporting units sent before only lead units reported a task's values
    /// to contributions (issue 15); the statements and what becomes of text, values, evidence and attachments are in
    /// <see cref="SupportingReportsSql"/>.</summary>
    public partial class SupportingReportsToContributions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in SupportingReportsSql.Up(StoreProvider.Postgres))
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing is put back: the audit entries (report.move-to-contribution) and moved_report_attachments keep
            // the reports as they were, and a downgrade never drops that evidence.
        }
    }
}
