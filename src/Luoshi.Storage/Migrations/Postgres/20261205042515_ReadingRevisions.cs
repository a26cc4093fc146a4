using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Luoshi.Storage.Migrations.Postgres
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
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "revision",
                table: "plans",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
            // Added by hand: the database redraws plans.revision whenever the plan or any of its sections, tasks or
            // targets changes, whatever wrote it (Reading/PlanRevision.cs). Statement triggers with transition tables:
            // storing a plan of thousands of targets bumps its row once per statement, not once per target.
            migrationBuilder.Sql("""
                CREATE FUNCTION plans_revise() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN NEW.revision := floor(random() * 9.2e18)::bigint; RETURN NEW; END $$;
                CREATE TRIGGER plans_revise BEFORE INSERT OR UPDATE ON plans FOR EACH ROW EXECUTE FUNCTION plans_revise();

                CREATE FUNCTION plan_parts_revised() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN UPDATE plans SET revision = 0 WHERE id IN (SELECT plan_id FROM revised_parts); RETURN NULL; END $$;
                CREATE FUNCTION plan_targets_revised() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE plans SET revision = 0 WHERE id IN (SELECT t.plan_id FROM tasks t WHERE t.id IN (SELECT task_id FROM revised_parts));
                    RETURN NULL;
                END $$;
                """);
            foreach (var (table, function) in new[] { ("sections", "plan_parts_revised"), ("tasks", "plan_parts_revised"), ("targets", "plan_targets_revised") })
            {
                // The value 0 is replaced by plans_revise, which draws the number on every update of a plan row.
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {table}_revise_insert AFTER INSERT ON {table} REFERENCING NEW TABLE AS revised_parts
                        FOR EACH STATEMENT EXECUTE FUNCTION {function}();
                    CREATE TRIGGER {table}_revise_update AFTER UPDATE ON {table} REFERENCING NEW TABLE AS revised_parts
                        FOR EACH STATEMENT EXECUTE FUNCTION {function}();
                    CREATE TRIGGER {table}_revise_delete AFTER DELETE ON {table} REFERENCING OLD TABLE AS revised_parts
                        FOR EACH STATEMENT EXECUTE FUNCTION {function}();
                    """);
            }

            migrationBuilder.Sql("UPDATE plans SET revision = 0;");

            // The projection of the reports already stored, with a version per row (Luoshi.Storage.Reading.Facts.TaskFactsSql).
            // Whoever next changes task_facts' columns moves this fill to their migration, as it was moved here.
            migrationBuilder.Sql(Luoshi.Storage.Reading.Facts.TaskFactsSql.Rewrite(StoreProvider.Postgres, "task_id IN (SELECT id FROM tasks)"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "sections", "tasks", "targets" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_revise_insert ON {table}; DROP TRIGGER IF EXISTS {table}_revise_update ON {table}; DROP TRIGGER IF EXISTS {table}_revise_delete ON {table};");
            }

            migrationBuilder.Sql("DROP TRIGGER IF EXISTS plans_revise ON plans; DROP FUNCTION IF EXISTS plans_revise(); DROP FUNCTION IF EXISTS plan_parts_revised(); DROP FUNCTION IF EXISTS plan_targets_revised();");

            migrationBuilder.DropColumn(
                name: "version",
                table: "task_facts");

            migrationBuilder.DropColumn(
                name: "revision",
                table: "plans");
        }
    }
}
