using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Luoshi.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Closing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "plan_closings",
                columns: table => new
                {
                    plan_id = table.Column<int>(type: "integer", nullable: false),
                    opened_on = table.Column<DateOnly>(type: "date", nullable: false),
                    opened_by = table.Column<string>(type: "text", nullable: false),
                    tolerances = table.Column<string>(type: "text", nullable: false),
                    scheme = table.Column<string>(type: "text", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_closings", x => x.plan_id);
                    table.ForeignKey(
                        name: "FK_plan_closings_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "closing_accounts",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    plan_id = table.Column<int>(type: "integer", nullable: false),
                    task_id = table.Column<int>(type: "integer", nullable: false),
                    state = table.Column<string>(type: "text", nullable: false),
                    claimed = table.Column<string>(type: "text", nullable: true),
                    result = table.Column<string>(type: "text", nullable: true),
                    summary = table.Column<string>(type: "text", nullable: true),
                    done_on = table.Column<DateOnly>(type: "date", nullable: true),
                    short_reason = table.Column<string>(type: "text", nullable: true),
                    evidence = table.Column<string>(type: "text", nullable: false),
                    finals = table.Column<string>(type: "text", nullable: false),
                    return_reason = table.Column<string>(type: "text", nullable: true),
                    submitted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    submitted_by = table.Column<string>(type: "text", nullable: true),
                    confirmed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    confirmed_by = table.Column<string>(type: "text", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_closing_accounts", x => x.id);
                    table.ForeignKey(
                        name: "FK_closing_accounts_plan_closings_plan_id",
                        column: x => x.plan_id,
                        principalTable: "plan_closings",
                        principalColumn: "plan_id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_closing_accounts_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "closing_corrections",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    account_id = table.Column<int>(type: "integer", nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    by = table.Column<string>(type: "text", nullable: false),
                    before = table.Column<string>(type: "text", nullable: false),
                    after = table.Column<string>(type: "text", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_closing_corrections", x => x.id);
                    table.ForeignKey(
                        name: "FK_closing_corrections_closing_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "closing_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_closing_accounts_plan_id",
                table: "closing_accounts",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "IX_closing_accounts_task_id",
                table: "closing_accounts",
                column: "task_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_closing_corrections_account_id",
                table: "closing_corrections",
                column: "account_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "closing_corrections");

            migrationBuilder.DropTable(
                name: "closing_accounts");

            migrationBuilder.DropTable(
                name: "plan_closings");
        }
    }
}
