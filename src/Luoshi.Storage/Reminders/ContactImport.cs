using System.Net.Mail;
using System.Text.RegularExpressions;
using Luoshi.Domain.Units;
using Luoshi.Domain.Values;
using Luoshi.Domain.Wording;
using Luoshi.Intake.Files;
using Luoshi.Intake.Problems;
using Luoshi.Intake.Tables;
using Luoshi.Storage.Registers;
using Luoshi.Storage.Reminders.Schema;
using Luoshi.Storage.Schema;
using Luoshi.Storage.Villages;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Reminders;

/// <summary>Imports the contact list (CSV or xlsx, English or Chinese headers) through <see cref="RegisterImport"/>:
/// every row checked, then the whole list replaces the stored one in one audited transaction, or nothing changes.</summary>
internal sealed partial class ContactImport(StoreSession session, VillageFile file) : IRegisterImport<ContactImport.Line>
{
    private const int Unit = 0, Name = 1, Role = 2, Email = 3, Mobile = 4, DingTalk = 5, WeCom = 6, Feishu = 7, Sms = 8;

    private readonly List<Line> _rows = [];
    private UnitNames _units = null!;

    /// <summary>A contact as read, with the row it came from.</summary>
    internal sealed record Line(int Row, ContactRow Contact);

    public IReadOnlyList<Column> Columns { get; } =
    [
        new("unit", "单位"), new("name", "姓名"), new("role", "角色"), new("email", "邮箱", Required: false), new("mobile", "手机", Required: false),
        new("dingtalk", "钉钉机器人", Required: false), new("wecom", "企业微信机器人", Required: false), new("feishu", "飞书机器人", Required: false),
        new("sms", "短信", Required: false),
    ];

    public Words Row => Catalogue.Reminders.NoContacts;

    public static async Task<CsvImportResult> RunAsync(StoreSession session, VillageFile file, CancellationToken ct) =>
        (await RegisterImport.RunAsync<Line, ContactImport>(session, IntakeFile.FromBytes(file.Name, file.Content), _ => new ContactImport(session, file), null, ct)
            .ConfigureAwait(false)).Result;

    public async Task<Problem?> BeginAsync(LedgerDbContext db, ProblemList problems, CancellationToken ct)
    {
        _units = new UnitNames(await db.Units.AsNoTracking().ToListAsync(ct).ConfigureAwait(false));
        return null;
    }

    public bool Read(Table table, ProblemList problems, out Line row)
    {
        var ok = true;
        // The office (督查室) is no unit of the register, yet its people are reminded of the decisions it owes.
        var unit = table.Text(Unit) == Domain.Reminders.OfficeInbox.Name ? Domain.Reminders.OfficeInbox.Name : _units.Find(table.Text(Unit));
        Check(unit is not null, Unit, Catalogue.Ledger.UnknownUnit(table.Text(Unit)));
        var name = table.Text(Name);
        Check(name.Length is > 0 and <= 50, Name, Catalogue.Files.Expected(Catalogue.Reminders.AName));
        var role = ContactRoles.Parse(table.Text(Role));
        Check(role is not null, Role, Catalogue.Files.ExpectedFound(Catalogue.Reminders.ARole, table.Text(Role)));
        var (email, mobile) = (table.Text(Email), table.Text(Mobile));
        Check(email.Length == 0 || MailAddress.TryCreate(email, out _), Email, Catalogue.Files.ExpectedFound(Catalogue.Reminders.AnEmail, email));
        Check(mobile.Length == 0 || MobileNumber().IsMatch(mobile), Mobile, Catalogue.Files.ExpectedFound(Catalogue.Reminders.AMobile, mobile));
        var sms = table.Text(Sms).Length == 0 ? false : YesNoText.Parse(table.Text(Sms));
        Check(sms is not null, Sms, Catalogue.Files.ExpectedFound(Catalogue.Files.YesNo, table.Text(Sms)));
        Check(sms != true || mobile.Length > 0, Sms, Catalogue.Reminders.SmsNeedsMobile);
        var reach = email.Length + table.Text(DingTalk).Length + table.Text(WeCom).Length + table.Text(Feishu).Length + (sms == true ? 1 : 0);
        Check(reach > 0, Email, Catalogue.Reminders.NoWayToReach);
        row = new Line(table.Number, new ContactRow
        {
            Unit = unit ?? "", Name = name, Role = role is { } r ? ContactRoles.Name(r) : "", Email = Opt(Email), Mobile = Opt(Mobile),
            DingTalk = Opt(DingTalk), WeCom = Opt(WeCom), Feishu = Opt(Feishu), Sms = sms == true,
        });
        return ok;

        string? Opt(int column) => table.Text(column) is { Length: > 0 } text ? text : null;

        void Check(bool condition, int column, Words message)
        {
            if (!condition)
            {
                problems.Add(table.Place(column), message);
                ok = false;
            }
        }
    }

    public ValueTask AddAsync(Line row, CancellationToken ct)
    {
        _rows.Add(row);
        return ValueTask.CompletedTask;
    }

    // One contact per unit, role and name: a second row of the same person names the first.
    public void CheckAll(TablePlaces places, ProblemList problems)
    {
        var first = new Dictionary<(string, string, string), int>();
        foreach (var (row, contact) in _rows)
        {
            if (!first.TryAdd((contact.Unit, contact.Role, contact.Name), row))
            {
                problems.Add(places.At(row, Name), Catalogue.Reminders.ContactTwice(
                    contact.Name, Catalogue.Reminders.Role(ContactRoles.Parse(contact.Role)!.Value), contact.Unit, first[(contact.Unit, contact.Role, contact.Name)]));
            }
        }
    }

    public async Task<long> WriteAsync(LedgerDbContext db, ProblemList problems, CancellationToken ct)
    {
        var before = await db.ReminderContacts.CountAsync(ct).ConfigureAwait(false);
        await db.ReminderContacts.ExecuteDeleteAsync(ct).ConfigureAwait(false);
        db.ReminderContacts.AddRange(_rows.Select(r => r.Contact));
        VillageAudit.FileImported(db, session, "contacts.import", file, _rows.Count, 0, 0, $"replaced {before} contact(s)");
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return _rows.Count;
    }

    [GeneratedRegex("^1[3-9][0-9]{9}$")]
    private static partial Regex MobileNumber();
}
