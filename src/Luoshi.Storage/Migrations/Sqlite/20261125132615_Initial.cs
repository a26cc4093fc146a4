using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Luoshi.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    actor = table.Column<string>(type: "TEXT", nullable: false),
                    action = table.Column<string>(type: "TEXT", nullable: false),
                    entity = table.Column<string>(type: "TEXT", nullable: false),
                    entity_key = table.Column<string>(type: "TEXT", nullable: false),
                    before = table.Column<string>(type: "TEXT", nullable: true),
                    after = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "org_units",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    parent_code = table.Column<string>(type: "TEXT", nullable: true),
                    aliases = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_units", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "plans",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    region = table.Column<string>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    source_name = table.Column<string>(type: "TEXT", nullable: false),
                    source_text = table.Column<string>(type: "TEXT", nullable: false),
                    source_hash = table.Column<string>(type: "TEXT", nullable: false),
                    cadence_due_day = table.Column<int>(type: "INTEGER", nullable: true),
                    cadence_frequency = table.Column<string>(type: "TEXT", nullable: false),
                    thresholds_about_tolerance = table.Column<decimal>(type: "TEXT", nullable: false),
                    thresholds_red = table.Column<decimal>(type: "TEXT", nullable: false),
                    thresholds_yellow = table.Column<decimal>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sections",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    plan_id = table.Column<int>(type: "INTEGER", nullable: false),
                    code = table.Column<string>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", nullable: true),
                    title = table.Column<string>(type: "TEXT", nullable: true),
                    level = table.Column<int>(type: "INTEGER", nullable: false),
                    parent_code = table.Column<string>(type: "TEXT", nullable: true),
                    ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    span_length = table.Column<int>(type: "INTEGER", nullable: false),
                    span_start = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sections", x => x.id);
                    table.ForeignKey(
                        name: "FK_sections_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tasks",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    plan_id = table.Column<int>(type: "INTEGER", nullable: false),
                    code = table.Column<string>(type: "TEXT", nullable: false),
                    section_code = table.Column<string>(type: "TEXT", nullable: false),
                    work_item = table.Column<string>(type: "TEXT", nullable: true),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    lead_unit = table.Column<string>(type: "TEXT", nullable: true),
                    supporting_units = table.Column<string>(type: "TEXT", nullable: false),
                    units_suggested = table.Column<bool>(type: "INTEGER", nullable: false),
                    leader = table.Column<string>(type: "TEXT", nullable: true),
                    deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    span_length = table.Column<int>(type: "INTEGER", nullable: false),
                    span_start = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tasks", x => x.id);
                    table.ForeignKey(
                        name: "FK_tasks_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "progress_reports",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    task_id = table.Column<int>(type: "INTEGER", nullable: false),
                    period = table.Column<int>(type: "INTEGER", nullable: false),
                    unit = table.Column<string>(type: "TEXT", nullable: false),
                    state = table.Column<string>(type: "TEXT", nullable: false),
                    progress = table.Column<string>(type: "TEXT", nullable: false),
                    problems = table.Column<string>(type: "TEXT", nullable: false),
                    next_steps = table.Column<string>(type: "TEXT", nullable: false),
                    evidence = table.Column<string>(type: "TEXT", nullable: false),
                    return_reason = table.Column<string>(type: "TEXT", nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_progress_reports", x => x.id);
                    table.ForeignKey(
                        name: "FK_progress_reports_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "targets",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    task_id = table.Column<int>(type: "INTEGER", nullable: false),
                    code = table.Column<string>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    subject = table.Column<string>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    comparator = table.Column<string>(type: "TEXT", nullable: false),
                    value = table.Column<decimal>(type: "TEXT", nullable: true),
                    upper = table.Column<decimal>(type: "TEXT", nullable: true),
                    unit = table.Column<string>(type: "TEXT", nullable: true),
                    measure = table.Column<string>(type: "TEXT", nullable: false),
                    baseline = table.Column<decimal>(type: "TEXT", nullable: true),
                    deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    trajectory = table.Column<string>(type: "TEXT", nullable: false),
                    @public = table.Column<bool>(name: "public", type: "INTEGER", nullable: false),
                    ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    plan_id = table.Column<int>(type: "INTEGER", nullable: false),
                    span_length = table.Column<int>(type: "INTEGER", nullable: false),
                    span_start = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_targets", x => x.id);
                    table.ForeignKey(
                        name: "FK_targets_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "progress_values",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    report_id = table.Column<int>(type: "INTEGER", nullable: false),
                    target_id = table.Column<int>(type: "INTEGER", nullable: false),
                    value = table.Column<decimal>(type: "TEXT", nullable: true),
                    numerator = table.Column<decimal>(type: "TEXT", nullable: true),
                    denominator = table.Column<decimal>(type: "TEXT", nullable: true),
                    done_on = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_progress_values", x => x.id);
                    table.ForeignKey(
                        name: "FK_progress_values_progress_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "progress_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_progress_values_targets_target_id",
                        column: x => x.target_id,
                        principalTable: "targets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_entity_entity_key",
                table: "audit_entries",
                columns: new[] { "entity", "entity_key" });

            migrationBuilder.CreateIndex(
                name: "IX_org_units_code",
                table: "org_units",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_units_name",
                table: "org_units",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_region_year",
                table: "plans",
                columns: new[] { "region", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_task_id_period",
                table: "progress_reports",
                columns: new[] { "task_id", "period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_progress_values_report_id_target_id",
                table: "progress_values",
                columns: new[] { "report_id", "target_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_progress_values_target_id",
                table: "progress_values",
                column: "target_id");

            migrationBuilder.CreateIndex(
                name: "IX_sections_plan_id_code",
                table: "sections",
                columns: new[] { "plan_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_targets_plan_id_code",
                table: "targets",
                columns: new[] { "plan_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_targets_task_id",
                table: "targets",
                column: "task_id");

            migrationBuilder.CreateIndex(
                name: "IX_tasks_plan_id_code",
                table: "tasks",
                columns: new[] { "plan_id", "code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "org_units");

            migrationBuilder.DropTable(
                name: "progress_values");

            migrationBuilder.DropTable(
                name: "sections");

            migrationBuilder.DropTable(
                name: "progress_reports");

            migrationBuilder.DropTable(
                name: "targets");

            migrationBuilder.DropTable(
                name: "tasks");

            migrationBuilder.DropTable(
                name: "plans");
        }
    }
}
