using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Luoshi.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SelfAssessmentCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "corrections",
                table: "self_assessments",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]"); // rows before this migration were never corrected after confirmation
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "corrections",
                table: "self_assessments");
        }
    }
}
