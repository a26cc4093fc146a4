using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Luoshi.Storage.Migrations.Postgres
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
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    plan_id = table.Column<int>(type: "integer", nullable: false),
                    unit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    state = table.Column<string>(type: "text", nullable: false),
                    task_points = table.Column<string>(type: "text", nullable: false),
                    claims = table.Column<string>(type: "text", nullable: false),
                    explanation = table.Column<string>(type: "text", nullable: true),
                    return_reason = table.Column<string>(type: "text", nullable: true),
                    submitted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    submitted_by = table.Column<string>(type: "text", nullable: true),
                    adjustments = table.Column<string>(type: "text", nullable: false),
                    confirmed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    confirmed_by = table.Column<string>(type: "text", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
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
