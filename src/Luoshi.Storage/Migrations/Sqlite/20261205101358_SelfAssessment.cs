using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Luoshi.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SelfAssessment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "self_assessments",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    plan_id = table.Column<int>(type: "INTEGER", nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    state = table.Column<string>(type: "TEXT", nullable: false),
                    task_points = table.Column<string>(type: "TEXT", nullable: false),
                    claims = table.Column<string>(type: "TEXT", nullable: false),
                    explanation = table.Column<string>(type: "TEXT", nullable: true),
                    return_reason = table.Column<string>(type: "TEXT", nullable: true),
                    submitted_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    submitted_by = table.Column<string>(type: "TEXT", nullable: true),
                    adjustments = table.Column<string>(type: "TEXT", nullable: false),
                    confirmed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    confirmed_by = table.Column<string>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_self_assessments", x => x.id);
                    table.ForeignKey(
                        name: "FK_self_assessments_plan_closings_plan_id",
                        column: x => x.plan_id,
                        principalTable: "plan_closings",
                        principalColumn: "plan_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_self_assessments_plan_id_unit",
                table: "self_assessments",
                columns: new[] { "plan_id", "unit" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "self_assessments");
        }
    }
}
