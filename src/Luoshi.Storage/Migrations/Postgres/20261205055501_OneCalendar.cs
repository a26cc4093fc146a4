using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Luoshi.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OneCalendar : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // One working-day calendar: the reminder rules' holidays move into holiday_years (docs/lifecycle.md).
            migrationBuilder.Sql(Luoshi.Storage.Calendar.CalendarMigration.Postgres());
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The days stay in holiday_years, where the calendar reads them; nothing to undo in the schema.
        }
    }
}
