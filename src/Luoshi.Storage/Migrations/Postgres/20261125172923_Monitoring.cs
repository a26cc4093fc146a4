using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Luoshi.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Monitoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "air_stations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    district = table.Column<string>(type: "text", nullable: false),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true),
                    sets = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_air_stations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "water_sections",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    body = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    target_class = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    level = table.Column<string>(type: "text", nullable: false),
                    sets = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_water_sections", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "air_days",
                columns: table => new
                {
                    station_id = table.Column<int>(type: "integer", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    so2 = table.Column<double>(type: "double precision", nullable: true),
                    no2 = table.Column<double>(type: "double precision", nullable: true),
                    pm10 = table.Column<double>(type: "double precision", nullable: true),
                    co = table.Column<double>(type: "double precision", nullable: true),
                    o3_one_hour_max = table.Column<double>(type: "double precision", nullable: true),
                    o3_eight_hour_max = table.Column<double>(type: "double precision", nullable: true),
                    pm25 = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_air_days", x => new { x.station_id, x.date });
                    table.ForeignKey(
                        name: "FK_air_days_air_stations_station_id",
                        column: x => x.station_id,
                        principalTable: "air_stations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "air_hours",
                columns: table => new
                {
                    station_id = table.Column<int>(type: "integer", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    hour = table.Column<short>(type: "smallint", nullable: false),
                    so2 = table.Column<double>(type: "double precision", nullable: true),
                    no2 = table.Column<double>(type: "double precision", nullable: true),
                    pm10 = table.Column<double>(type: "double precision", nullable: true),
                    co = table.Column<double>(type: "double precision", nullable: true),
                    o3 = table.Column<double>(type: "double precision", nullable: true),
                    pm25 = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_air_hours", x => new { x.station_id, x.date, x.hour });
                    table.ForeignKey(
                        name: "FK_air_hours_air_stations_station_id",
                        column: x => x.station_id,
                        principalTable: "air_stations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "water_samples",
                columns: table => new
                {
                    section_id = table.Column<int>(type: "integer", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    items = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_water_samples", x => new { x.section_id, x.date });
                    table.ForeignKey(
                        name: "FK_water_samples_water_sections_section_id",
                        column: x => x.section_id,
                        principalTable: "water_sections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_air_stations_code",
                table: "air_stations",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_water_sections_code",
                table: "water_sections",
                column: "code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "air_days");

            migrationBuilder.DropTable(
                name: "air_hours");

            migrationBuilder.DropTable(
                name: "water_samples");

            migrationBuilder.DropTable(
                name: "air_stations");

            migrationBuilder.DropTable(
                name: "water_sections");
        }
    }
}
