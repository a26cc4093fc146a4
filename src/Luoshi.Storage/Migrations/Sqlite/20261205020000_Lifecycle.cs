using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Luoshi.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Lifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "holiday_years",
                columns: table => new
                {
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_holiday_years", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "lifecycle_settings",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false),
                    sign_working_days = table.Column<int>(type: "INTEGER", nullable: false),
                    answer_working_days = table.Column<int>(type: "INTEGER", nullable: false),
                    yellow_days = table.Column<int>(type: "INTEGER", nullable: false),
                    red_days = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lifecycle_settings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_items",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    number = table.Column<string>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", nullable: false),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false),
                    source_document = table.Column<string>(type: "TEXT", nullable: false),
                    leader = table.Column<string>(type: "TEXT", nullable: true),
                    lead_unit = table.Column<string>(type: "TEXT", nullable: false),
                    due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    stage = table.Column<string>(type: "TEXT", nullable: false),
                    assigned_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    sign_due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    signed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    close_requested_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    reply = table.Column<string>(type: "TEXT", nullable: true),
                    satisfaction = table.Column<string>(type: "TEXT", nullable: true),
                    closed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    closed_by = table.Column<string>(type: "TEXT", nullable: true),
                    demo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_items", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "task_lifecycles",
                columns: table => new
                {
                    task_id = table.Column<int>(type: "INTEGER", nullable: false),
                    stage = table.Column<string>(type: "TEXT", nullable: false),
                    assigned_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    assigned_by = table.Column<string>(type: "TEXT", nullable: false),
                    sign_due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    signed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    signed_by = table.Column<string>(type: "TEXT", nullable: true),
                    original_deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    close_requested_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    close_summary = table.Column<string>(type: "TEXT", nullable: true),
                    close_return_reason = table.Column<string>(type: "TEXT", nullable: true),
                    closed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    closed_by = table.Column<string>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_task_lifecycles", x => x.task_id);
                    table.ForeignKey(
                        name: "FK_task_lifecycles_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "extension_requests",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    task_id = table.Column<int>(type: "INTEGER", nullable: false),
                    requested_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", nullable: false),
                    original_deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    proposed_deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    state = table.Column<string>(type: "TEXT", nullable: false),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    decision_note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_extension_requests", x => x.id);
                    table.ForeignKey(
                        name: "FK_extension_requests_task_lifecycles_task_id",
                        column: x => x.task_id,
                        principalTable: "task_lifecycles",
                        principalColumn: "task_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "milestones",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    task_id = table.Column<int>(type: "INTEGER", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false),
                    due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    evidence = table.Column<string>(type: "TEXT", nullable: false),
                    state = table.Column<string>(type: "TEXT", nullable: false),
                    proposed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    return_reason = table.Column<string>(type: "TEXT", nullable: true),
                    done_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    done_evidence = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_milestones", x => x.id);
                    table.ForeignKey(
                        name: "FK_milestones_task_lifecycles_task_id",
                        column: x => x.task_id,
                        principalTable: "task_lifecycles",
                        principalColumn: "task_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "supervision_notices",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    task_id = table.Column<int>(type: "INTEGER", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    number = table.Column<string>(type: "TEXT", nullable: false),
                    severity = table.Column<string>(type: "TEXT", nullable: false),
                    issued_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    unit = table.Column<string>(type: "TEXT", nullable: false),
                    unit_leader = table.Column<string>(type: "TEXT", nullable: true),
                    reason = table.Column<string>(type: "TEXT", nullable: false),
                    respond_by = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    response = table.Column<string>(type: "TEXT", nullable: true),
                    responded_on = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_notices", x => x.id);
                    table.ForeignKey(
                        name: "FK_supervision_notices_task_lifecycles_task_id",
                        column: x => x.task_id,
                        principalTable: "task_lifecycles",
                        principalColumn: "task_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_extension_requests_task_id",
                table: "extension_requests",
                column: "task_id");

            migrationBuilder.CreateIndex(
                name: "IX_milestones_task_id_number",
                table: "milestones",
                columns: new[] { "task_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_supervision_items_number",
                table: "supervision_items",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_supervision_items_year_source_sequence",
                table: "supervision_items",
                columns: new[] { "year", "source", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_supervision_notices_task_id",
                table: "supervision_notices",
                column: "task_id");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_notices_year_sequence",
                table: "supervision_notices",
                columns: new[] { "year", "sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "extension_requests");

            migrationBuilder.DropTable(
                name: "holiday_years");

            migrationBuilder.DropTable(
                name: "lifecycle_settings");

            migrationBuilder.DropTable(
                name: "milestones");

            migrationBuilder.DropTable(
                name: "supervision_items");

            migrationBuilder.DropTable(
                name: "supervision_notices");

            migrationBuilder.DropTable(
                name: "task_lifecycles");
        }
    }
}
