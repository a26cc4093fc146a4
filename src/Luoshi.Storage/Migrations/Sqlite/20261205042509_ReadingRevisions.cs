using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Luoshi.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReadingRevisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "version",
                table: "task_facts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "revision",
                table: "plans",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);
            // Added by hand: the database redraws plans.revision whenever the plan or any of its sections, tasks or
            // targets changes, whatever wrote it (Reading/PlanRevision.cs). SQLite has no statement triggers; one
            // UPDATE of the plan row per changed row costs microseconds in process.
            migrationBuilder.Sql("""
                CREATE TRIGGER plans_revise_insert AFTER INSERT ON plans
                BEGIN UPDATE plans SET revision = random() WHERE id = NEW.id; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER plans_revise_update AFTER UPDATE ON plans WHEN NEW.revision = OLD.revision
                BEGIN UPDATE plans SET revision = random() WHERE id = NEW.id; END;
                """);
            foreach (var table in new[] { "sections", "tasks" })
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {table}_revise_insert AFTER INSERT ON {table}
                    BEGIN UPDATE plans SET revision = random() WHERE id = NEW.plan_id; END;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {table}_revise_update AFTER UPDATE ON {table}
                    BEGIN UPDATE plans SET revision = random() WHERE id IN (OLD.plan_id, NEW.plan_id); END;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {table}_revise_delete AFTER DELETE ON {table}
                    BEGIN UPDATE plans SET revision = random() WHERE id = OLD.plan_id; END;
                    """);
            }

            migrationBuilder.Sql("""
                CREATE TRIGGER targets_revise_insert AFTER INSERT ON targets
                BEGIN UPDATE plans SET revision = random() WHERE id IN (SELECT plan_id FROM tasks WHERE id = NEW.task_id); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER targets_revise_update AFTER UPDATE ON targets
                BEGIN UPDATE plans SET revision = random() WHERE id IN (SELECT plan_id FROM tasks WHERE id IN (OLD.task_id, NEW.task_id)); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER targets_revise_delete AFTER DELETE ON targets
                BEGIN UPDATE plans SET revision = random() WHERE id IN (SELECT plan_id FROM tasks WHERE id = OLD.task_id); END;
                """);
            migrationBuilder.Sql("UPDATE plans SET revision = random();");

            // The projection of the reports already stored, with a version per row (Luoshi.Storage.Reading.Facts.TaskFactsSql).
            // Whoever next changes task_facts' columns moves this fill to their migration, as it was moved here.
            migrationBuilder.Sql(Luoshi.Storage.Reading.Facts.TaskFactsSql.Rewrite(StoreProvider.Sqlite, "task_id IN (SELECT id FROM tasks)"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "plans", "sections", "tasks", "targets" })
            {
                foreach (var change in new[] { "insert", "update", "delete" })
                {
                    migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_revise_{change};");
                }
            }

            migrationBuilder.DropColumn(
                name: "version",
                table: "task_facts");

            migrationBuilder.DropColumn(
                name: "revision",
                table: "plans");
        }
    }
}
