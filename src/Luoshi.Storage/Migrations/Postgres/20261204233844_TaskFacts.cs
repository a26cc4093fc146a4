using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Luoshi.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TaskFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "task_facts",
                columns: table => new
                {
                    task_id = table.Column<int>(type: "integer", nullable: false),
                    plan_id = table.Column<int>(type: "integer", nullable: false),
                    sent_periods = table.Column<long>(type: "bigint", nullable: false),
                    sent_reports = table.Column<string>(type: "text", nullable: false),
                    sent_values = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_task_facts", x => x.task_id);
                    table.ForeignKey(
                        name: "FK_task_facts_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_task_facts_plan_id",
                table: "task_facts",
                column: "plan_id");

            // The projection of the reports already stored is filled by the newest migration that changes task_facts
            // (ReadingRevisions): the statement is the live TaskFactsSql, which writes the columns of the latest schema.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "task_facts");
        }
    }
}
