using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Luoshi.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AirSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "air_area_classes",
                columns: table => new
                {
                    scope = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    area_class = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_air_area_classes", x => x.scope);
                });

            migrationBuilder.CreateTable(
                name: "air_goal_standards",
                columns: table => new
                {
                    plan_id = table.Column<int>(type: "INTEGER", nullable: false),
                    standard = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_air_goal_standards", x => x.plan_id);
                    table.ForeignKey(
                        name: "FK_air_goal_standards_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "air_area_classes");

            migrationBuilder.DropTable(
                name: "air_goal_standards");
        }
    }
}
