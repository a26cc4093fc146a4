using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Luoshi.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Reminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reminder_contacts",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    unit = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    role = table.Column<string>(type: "text", nullable: false),
                    email = table.Column<string>(type: "text", nullable: true),
                    mobile = table.Column<string>(type: "text", nullable: true),
                    ding_talk = table.Column<string>(type: "text", nullable: true),
                    we_com = table.Column<string>(type: "text", nullable: true),
                    feishu = table.Column<string>(type: "text", nullable: true),
                    sms = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reminder_contacts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reminder_deliveries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    plan_id = table.Column<int>(type: "integer", nullable: false),
                    task_code = table.Column<string>(type: "text", nullable: false),
                    unit = table.Column<string>(type: "text", nullable: false),
                    stage = table.Column<string>(type: "text", nullable: false),
                    recipient = table.Column<string>(type: "text", nullable: false),
                    role = table.Column<string>(type: "text", nullable: false),
                    channel = table.Column<string>(type: "text", nullable: false),
                    address = table.Column<string>(type: "text", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    link = table.Column<string>(type: "text", nullable: false),
                    due = table.Column<DateOnly>(type: "date", nullable: false),
                    state = table.Column<string>(type: "text", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    owner = table.Column<string>(type: "text", nullable: true),
                    lease_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    answer = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reminder_deliveries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reminder_settings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    rules = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reminder_settings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_reads",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    delivery_id = table.Column<long>(type: "bigint", nullable: false),
                    login = table.Column<string>(type: "text", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_reads", x => x.id);
                    table.ForeignKey(
                        name: "FK_inbox_reads_reminder_deliveries_delivery_id",
                        column: x => x.delivery_id,
                        principalTable: "reminder_deliveries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reminder_attempts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    delivery_id = table.Column<long>(type: "bigint", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    result = table.Column<string>(type: "text", nullable: false),
                    answer = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reminder_attempts", x => x.id);
                    table.ForeignKey(
                        name: "FK_reminder_attempts_reminder_deliveries_delivery_id",
                        column: x => x.delivery_id,
                        principalTable: "reminder_deliveries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_inbox_reads_delivery_id_login",
                table: "inbox_reads",
                columns: new[] { "delivery_id", "login" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reminder_attempts_delivery_id",
                table: "reminder_attempts",
                column: "delivery_id");

            migrationBuilder.CreateIndex(
                name: "IX_reminder_contacts_unit_role_name",
                table: "reminder_contacts",
                columns: new[] { "unit", "role", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reminder_deliveries_key",
                table: "reminder_deliveries",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reminder_deliveries_state_lease_until",
                table: "reminder_deliveries",
                columns: new[] { "state", "lease_until" });

            migrationBuilder.CreateIndex(
                name: "IX_reminder_deliveries_unit_channel",
                table: "reminder_deliveries",
                columns: new[] { "unit", "channel" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbox_reads");

            migrationBuilder.DropTable(
                name: "reminder_attempts");

            migrationBuilder.DropTable(
                name: "reminder_contacts");

            migrationBuilder.DropTable(
                name: "reminder_settings");

            migrationBuilder.DropTable(
                name: "reminder_deliveries");
        }
    }
}
