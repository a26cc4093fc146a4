using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Luoshi.Storage.Migrations.Postgres
{
    /// <summary>plans.revision is redrawn once per transaction and plan, not once per statement: EF writes every row of a
    /// stored plan in a statement of its own, and each statement's trigger updated the plan row again. All those
    /// versions of one row stay in the transaction, each later update walks past them, so storing a plan grew with the
    /// square of its rows (2,917 tasks: 15.8 s; 29,167: more than 15 minutes). The plans the transaction already redrew
    /// are kept in a setting local to the transaction (a savepoint rolled back forgets them with its update); readers
    /// only see committed rows, so one new number per transaction tells them just as well.</summary>
    public partial class RevisionOncePerTransaction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION plans_revise() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE revised text := coalesce(current_setting('luoshi.revised_plans', true), '');
                BEGIN
                    NEW.revision := floor(random() * 9.2e18)::bigint;
                    IF strpos(revised, ',' || NEW.id || ',') = 0 THEN
                        PERFORM set_config('luoshi.revised_plans', coalesce(nullif(revised, ''), ',') || NEW.id || ',', true);
                    END IF;
                    RETURN NEW;
                END $$;

                CREATE OR REPLACE FUNCTION plan_parts_revised() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE plans SET revision = 0 WHERE id IN (SELECT plan_id FROM revised_parts)
                        AND strpos(coalesce(current_setting('luoshi.revised_plans', true), ''), ',' || id || ',') = 0;
                    RETURN NULL;
                END $$;

                CREATE OR REPLACE FUNCTION plan_targets_revised() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE plans SET revision = 0 WHERE id IN (SELECT t.plan_id FROM tasks t WHERE t.id IN (SELECT task_id FROM revised_parts))
                        AND strpos(coalesce(current_setting('luoshi.revised_plans', true), ''), ',' || id || ',') = 0;
                    RETURN NULL;
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION plans_revise() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN NEW.revision := floor(random() * 9.2e18)::bigint; RETURN NEW; END $$;

                CREATE OR REPLACE FUNCTION plan_parts_revised() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN UPDATE plans SET revision = 0 WHERE id IN (SELECT plan_id FROM revised_parts); RETURN NULL; END $$;

                CREATE OR REPLACE FUNCTION plan_targets_revised() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE plans SET revision = 0 WHERE id IN (SELECT t.plan_id FROM tasks t WHERE t.id IN (SELECT task_id FROM revised_parts));
                    RETURN NULL;
                END $$;
                """);
        }
    }
}
