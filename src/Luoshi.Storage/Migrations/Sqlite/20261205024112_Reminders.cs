using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Luoshi.Storage.Migrations.Sqlite
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
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    unit = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    role = table.Column<string>(type: "TEXT", nullable: false),
                    email = table.Column<string>(type: "TEXT", nullable: true),
                    mobile = table.Column<string>(type: "TEXT", nullable: true),
                    ding_talk = table.Column<string>(type: "TEXT", nullable: true),
                    we_com = table.Column<string>(type: "TEXT", nullable: true),
                    feishu = table.Column<string>(type: "TEXT", nullable: true),
                    sms = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reminder_contacts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reminder_deliveries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    key = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    plan_id = table.Column<int>(type: "INTEGER", nullable: false),
                    task_code = table.Column<string>(type: "TEXT", nullable: false),
                    unit = table.Column<string>(type: "TEXT", nullable: false),
                    stage = table.Column<string>(type: "TEXT", nullable: false),
                    recipient = table.Column<string>(type: "TEXT", nullable: false),
                    role = table.Column<string>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", nullable: false),
                    address = table.Column<string>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false),
                    body = table.Column<string>(type: "TEXT", nullable: false),
                    link = table.Column<string>(type: "TEXT", nullable: false),
                    due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    state = table.Column<string>(type: "TEXT", nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    owner = table.Column<string>(type: "TEXT", nullable: true),
                    lease_until = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    sent_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    answer = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reminder_deliveries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reminder_settings",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false),
                    rules = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reminder_settings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_reads",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    delivery_id = table.Column<long>(type: "INTEGER", nullable: false),
                    login = table.Column<string>(type: "TEXT", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
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
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    delivery_id = table.Column<long>(type: "INTEGER", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    result = table.Column<string>(type: "TEXT", nullable: false),
                    answer = table.Column<string>(type: "TEXT", nullable: true)
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
