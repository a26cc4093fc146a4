using System.Net.Mail;
using System.Text.RegularExpressions;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Reminders.Schema;
using Luoshi.Storage.Units;
using Luoshi.Storage.Villages;
using Luoshi.Storage.Villages.Files;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Reminders;

/// <summary>Imports the contact list (CSV or xlsx, English or Chinese headers): every row checked, then the whole list
/// replaces the stored one in one audited transaction, or nothing changes.</summary>
internal static partial class ContactImport
{
    private const int Unit = 0, Name = 1, Role = 2, Email = 3, Mobile = 4, DingTalk = 5, WeCom = 6, Feishu = 7, Sms = 8;

    private static readonly RegisterColumn[] Columns =
    [
        new("unit", "单位"), new("name", "姓名"), new("role", "角色"), new("email", "邮箱", false), new("mobile", "手机", false),
        new("dingtalk", "钉钉机器人", false), new("wecom", "企业微信机器人", false), new("feishu", "飞书机器人", false), new("sms", "短信", false),
    ];

    public static async Task<CsvImportResult> RunAsync(StoreSession session, VillageFile file, CancellationToken ct)
    {
        var (table, readErrors) = RegisterFiles.Read(file, Columns);
        if (table is null)
        {
            return new CsvImportResult(0, readErrors);
        }

        return await session.WriteAsync(
            async (db, token) =>
            {
                var problems = new RegisterProblems(table);
                problems.AddAll(readErrors);
                var units = new UnitNames(await db.Units.AsNoTracking().ToListAsync(token).ConfigureAwait(false));
                var rows = new Dictionary<(string, string, string), RegisterRow>();
                var contacts = new List<ContactRow>();
                foreach (var row in table.Rows)
                {
                    if (Read(row, units, problems) is not { } contact)
                    {
                        continue;
                    }

                    if (!rows.TryAdd((contact.Unit, contact.Role, contact.Name), row))
                    {
                        problems.Add(row, Name, Catalogue.Reminders.ContactTwice(
                            contact.Name, Catalogue.Reminders.Role(ContactRoles.Parse(contact.Role)!.Value), contact.Unit, rows[(contact.Unit, contact.Role, contact.Name)].Number));
                    }

                    contacts.Add(contact);
                }

                if (table.Rows.Count == 0)
                {
                    problems.AddFile(Catalogue.Reminders.NoContacts);
                }

                if (problems.Any)
                {
                    return new CsvImportResult(0, problems.ToList());
                }

                var before = await db.ReminderContacts.CountAsync(token).ConfigureAwait(false);
                await db.ReminderContacts.ExecuteDeleteAsync(token).ConfigureAwait(false);
                db.ReminderContacts.AddRange(contacts);
                VillageAudit.FileImported(db, session, "contacts.import", file, contacts.Count, 0, 0, $"replaced {before} contact(s)");
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return new CsvImportResult(contacts.Count, []);
            },
            r => r.Succeeded,
            ct).ConfigureAwait(false);
    }

    private static ContactRow? Read(RegisterRow row, UnitNames units, RegisterProblems problems)
    {
        var cells = row.Cells;
        var ok = true;
        var unit = units.Find(cells[Unit]);
        Check(unit is not null, Unit, Catalogue.Ledger.UnknownUnit(cells[Unit]));
        Check(cells[Name].Length is > 0 and <= 50, Name, Catalogue.Files.Expected(Catalogue.Reminders.AName));
        var role = ContactRoles.Parse(cells[Role]);
        Check(role is not null, Role, Catalogue.Files.ExpectedFound(Catalogue.Reminders.ARole, cells[Role]));
        Check(cells[Email].Length == 0 || MailAddress.TryCreate(cells[Email], out _), Email, Catalogue.Files.ExpectedFound(Catalogue.Reminders.AnEmail, cells[Email]));
        Check(cells[Mobile].Length == 0 || MobileNumber().IsMatch(cells[Mobile]), Mobile, Catalogue.Files.ExpectedFound(Catalogue.Reminders.AMobile, cells[Mobile]));
        var sms = cells[Sms].Length == 0 ? false : FieldText.Bool(cells[Sms]);
        Check(sms is not null, Sms, Catalogue.Files.ExpectedFound(Catalogue.Files.YesNo, cells[Sms]));
        Check(sms != true || cells[Mobile].Length > 0, Sms, Catalogue.Reminders.SmsNeedsMobile);
        var reach = cells[Email].Length + cells[DingTalk].Length + cells[WeCom].Length + cells[Feishu].Length + (sms == true ? 1 : 0);
        Check(reach > 0, Email, Catalogue.Reminders.NoWayToReach);
        return ok
            ? new ContactRow
            {
                Unit = unit!, Name = cells[Name], Role = ContactRoles.Name(role!.Value), Email = Opt(Email), Mobile = Opt(Mobile),
                DingTalk = Opt(DingTalk), WeCom = Opt(WeCom), Feishu = Opt(Feishu), Sms = sms == true,
            }
            : null;

        string? Opt(int column) => cells[column].Length == 0 ? null : cells[column];

        void Check(bool condition, int column, Words message)
        {
            if (!condition)
            {
                problems.Add(row, column, message);
                ok = false;
            }
        }
    }

    [GeneratedRegex("^1[3-9][0-9]{9}$")]
    private static partial Regex MobileNumber();
}
