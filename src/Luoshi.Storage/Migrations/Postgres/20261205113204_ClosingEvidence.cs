using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Luoshi.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ClosingEvidence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "report_id",
                table: "attachments",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AddColumn<int>(
                name: "closing_account_id",
                table: "attachments",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_attachments_closing_account_id",
                table: "attachments",
                column: "closing_account_id");

            migrationBuilder.AddCheckConstraint(
                name: "ck_attachments_one_owner",
                table: "attachments",
                sql: "(report_id IS NULL) <> (closing_account_id IS NULL)");

            migrationBuilder.AddForeignKey(
                name: "FK_attachments_closing_accounts_closing_account_id",
                table: "attachments",
                column: "closing_account_id",
                principalTable: "closing_accounts",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_attachments_closing_accounts_closing_account_id",
                table: "attachments");

            migrationBuilder.DropIndex(
                name: "IX_attachments_closing_account_id",
                table: "attachments");

            migrationBuilder.DropCheckConstraint(
                name: "ck_attachments_one_owner",
                table: "attachments");

            migrationBuilder.DropColumn(
                name: "closing_account_id",
                table: "attachments");

            migrationBuilder.AlterColumn<int>(
                name: "report_id",
                table: "attachments",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);
        }
    }
}
