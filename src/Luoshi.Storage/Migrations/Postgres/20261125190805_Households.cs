using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Luoshi.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Households : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "households",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    number = table.Column<string>(type: "text", nullable: false),
                    village_code = table.Column<string>(type: "text", nullable: false),
                    head_name = table.Column<string>(type: "text", nullable: false),
                    head_id_number = table.Column<string>(type: "text", nullable: false),
                    members = table.Column<string>(type: "text", nullable: false),
                    income_year = table.Column<int>(type: "integer", nullable: true),
                    income = table.Column<long>(type: "bigint", nullable: true),
                    income_recorded_on = table.Column<DateOnly>(type: "date", nullable: true),
                    risks = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "text", nullable: true),
                    state = table.Column<string>(type: "text", nullable: false),
                    hardship_on = table.Column<DateOnly>(type: "date", nullable: true),
                    flagged_on = table.Column<DateOnly>(type: "date", nullable: true),
                    identified_on = table.Column<DateOnly>(type: "date", nullable: true),
                    assisted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    eliminated_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_households", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "income_lines",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    amount = table.Column<long>(type: "bigint", nullable: false),
                    set_on = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_income_lines", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_settings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    identify_within_days = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_settings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "assistance_measures",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    household_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    description = table.Column<string>(type: "text", nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_measures", x => x.id);
                    table.ForeignKey(
                        name: "FK_assistance_measures_households_household_id",
                        column: x => x.household_id,
                        principalTable: "households",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "household_incomes",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    household_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    amount = table.Column<long>(type: "bigint", nullable: false),
                    recorded_on = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_household_incomes", x => x.id);
                    table.ForeignKey(
                        name: "FK_household_incomes_households_household_id",
                        column: x => x.household_id,
                        principalTable: "households",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assistance_measures_household_id",
                table: "assistance_measures",
                column: "household_id");

            migrationBuilder.CreateIndex(
                name: "IX_household_incomes_household_id_year",
                table: "household_incomes",
                columns: new[] { "household_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_households_head_id_number",
                table: "households",
                column: "head_id_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_households_income_year_income_village_code_income_recorded_~",
                table: "households",
                columns: new[] { "income_year", "income", "village_code", "income_recorded_on", "identified_on", "assisted_on", "eliminated_on", "number" });

            migrationBuilder.CreateIndex(
                name: "IX_households_number",
                table: "households",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_households_state_village_code_flagged_on",
                table: "households",
                columns: new[] { "state", "village_code", "flagged_on" });

            migrationBuilder.CreateIndex(
                name: "IX_households_village_code",
                table: "households",
                column: "village_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assistance_measures");

            migrationBuilder.DropTable(
                name: "household_incomes");

            migrationBuilder.DropTable(
                name: "income_lines");

            migrationBuilder.DropTable(
                name: "monitoring_settings");

            migrationBuilder.DropTable(
                name: "households");
        }
    }
}
