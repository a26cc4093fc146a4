using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Luoshi.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Villages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assessment_standards",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    criteria = table.Column<string>(type: "TEXT", nullable: false),
                    tiers = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_standards", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "collective_incomes",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    village_id = table.Column<int>(type: "INTEGER", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collective_incomes", x => x.id);
                    table.ForeignKey(
                        name: "FK_collective_incomes_org_units_village_id",
                        column: x => x.village_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "income_thresholds",
                columns: table => new
                {
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_income_thresholds", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "sewage_statuses",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    village_id = table.Column<int>(type: "INTEGER", nullable: false),
                    as_of = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    has_facility = table.Column<bool>(type: "INTEGER", nullable: false),
                    operating = table.Column<bool>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sewage_statuses", x => x.id);
                    table.ForeignKey(
                        name: "FK_sewage_statuses_org_units_village_id",
                        column: x => x.village_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "village_profiles",
                columns: table => new
                {
                    village_id = table.Column<int>(type: "INTEGER", nullable: false),
                    short_name = table.Column<string>(type: "TEXT", nullable: false),
                    households = table.Column<int>(type: "INTEGER", nullable: true),
                    population = table.Column<int>(type: "INTEGER", nullable: true),
                    community = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_village_profiles", x => x.village_id);
                    table.ForeignKey(
                        name: "FK_village_profiles_org_units_village_id",
                        column: x => x.village_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "village_assessments",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    village_id = table.Column<int>(type: "INTEGER", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    standard_id = table.Column<int>(type: "INTEGER", nullable: false),
                    assessed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    score = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    tier_rank = table.Column<int>(type: "INTEGER", nullable: false),
                    tier = table.Column<string>(type: "TEXT", nullable: true),
                    results = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_village_assessments", x => x.id);
                    table.ForeignKey(
                        name: "FK_village_assessments_assessment_standards_standard_id",
                        column: x => x.standard_id,
                        principalTable: "assessment_standards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_village_assessments_org_units_village_id",
                        column: x => x.village_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assessment_standards_name",
                table: "assessment_standards",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_collective_incomes_village_id_year",
                table: "collective_incomes",
                columns: new[] { "village_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sewage_statuses_village_id_as_of",
                table: "sewage_statuses",
                columns: new[] { "village_id", "as_of" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_village_assessments_standard_id",
                table: "village_assessments",
                column: "standard_id");

            migrationBuilder.CreateIndex(
                name: "IX_village_assessments_village_id_year",
                table: "village_assessments",
                columns: new[] { "village_id", "year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "collective_incomes");

            migrationBuilder.DropTable(
                name: "income_thresholds");

            migrationBuilder.DropTable(
                name: "sewage_statuses");

            migrationBuilder.DropTable(
                name: "village_assessments");

            migrationBuilder.DropTable(
                name: "village_profiles");

            migrationBuilder.DropTable(
                name: "assessment_standards");
        }
    }
}
