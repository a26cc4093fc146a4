using System.CommandLine;
using System.Globalization;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Domain.Reminders;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Reminders;

namespace Luoshi.Cli.Commands.Reminders;

/// <summary><c>luoshi remind rules</c>: shows the office's reminder rules for reports, or changes the parts given
/// (0 switches a step off), or replaces them all from a file (<see cref="ReminderRulesFile"/>); <c>--export</c> prints
/// them as such a file. Audited.</summary>
internal static class RemindRulesCommand
{
    public static Command Create()
    {
        var store = new StoreSelection();
        var kind = new Option<string?>("--kind") { Description = "Which rule: report (default), sign (签收), milestone (节点), notice_answer (督办单回复), extension (延期审批), item (督办事项)" };
        var before = new Option<int?>("--days-before") { Description = "Remind when a report falls due within N working days (0: never)" };
        var onDay = new Option<bool?>("--on-the-day") { Description = "Remind on the due day (true/false)" };
        var every = new Option<int?>("--repeat-every") { Description = "Once overdue, remind every M working days (0: never)" };
        var escalate = new Option<int?>("--escalate-after") { Description = "Tell the unit's head after K working days overdue (0: never)" };
        var again = new Option<int?>("--escalate-again-after") { Description = "Tell the leader in charge after this many working days overdue (0: never)" };
        var quiet = new Option<string?>("--quiet") { Description = "Quiet hours, China time, e.g. 20:00-08:00" };
        var file = new Option<string?>("--file") { Description = "Replace all rules and the quiet hours from a JSON file (as --export writes it)" };
        var export = new Option<bool>("--export") { Description = "Print the rules as a JSON file" };
        var command = new Command("rules", "Show or change when reminders go out") { kind, before, onDay, every, escalate, again, quiet, file, export };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            var rules = await ledger.Reminders.RulesAsync(ct);
            if (result.GetValue(file) is { } path)
            {
                if (!File.Exists(path))
                {
                    return ProblemOutput.Write("luoshi remind rules", new Problem(Catalogue.Files.NoSuchFile, Place.OfFile(path), ProblemKind.NotFound), Console.Error);
                }

                var (read, problems) = ReminderRulesFile.Read(await File.ReadAllTextAsync(path, ct), path);
                if (read is null)
                {
                    return ProblemOutput.WriteRefusedFile("luoshi remind rules", path, problems, Console.Error);
                }

                if (!read.Same(rules))
                {
                    var replaced = await ledger.Reminders.SetRulesAsync(read, ct);
                    if (!replaced.Succeeded)
                    {
                        return ProblemOutput.Write("luoshi remind rules", replaced.Error!, Console.Error);
                    }
                }

                rules = read;
            }

            if (result.GetValue(export))
            {
                Console.Out.WriteLine(ReminderRulesFile.Write(rules));
                return ExitCodes.Success;
            }

            if (Catalogue.Reminders.KindOf(result.GetValue(kind) ?? "report") is not { } shown)
            {
                var expected = Catalogue.Files.ExpectedFound(new Words("report、sign、milestone、notice_answer、extension 或 item", "report, sign, milestone, notice_answer, extension or item"), result.GetValue(kind)!);
                return ProblemOutput.Write("luoshi remind rules", new Problem(expected, Place.OfField("--kind")), Console.Error);
            }

            var rule = rules.For(shown) ?? ReminderRule.DefaultFor(shown);
            var changed = rule with
            {
                DaysBefore = Pick(result.GetValue(before), rule.DaysBefore),
                OnTheDay = result.GetValue(onDay) ?? rule.OnTheDay,
                RepeatEvery = Pick(result.GetValue(every), rule.RepeatEvery),
                EscalateAfter = Pick(result.GetValue(escalate), rule.EscalateAfter),
                EscalateAgainAfter = Pick(result.GetValue(again), rule.EscalateAgainAfter),
            };
            var text = result.GetValue(quiet);
            var hours = text is null ? rules.Quiet : Quiet(text);
            if (hours is null)
            {
                var expected = Catalogue.Files.ExpectedFound(new Words("免打扰时段，如 20:00-08:00", "quiet hours such as 20:00-08:00"), text!);
                return ProblemOutput.Write("luoshi remind rules", new Problem(expected, Place.OfField("--quiet")), Console.Error);
            }

            var next = new ReminderRules([.. rules.Rules.Select(r => r.Kind == shown ? changed : r)], hours);
            if (next.Check() is [_, ..] refused)
            {
                return ProblemOutput.Write("luoshi remind rules", refused, Console.Error);
            }

            if (!next.Same(rules))
            {
                var stored = await ledger.Reminders.SetRulesAsync(next, ct);
                if (!stored.Succeeded)
                {
                    return ProblemOutput.Write("luoshi remind rules", stored.Error!, Console.Error);
                }
            }

            Console.Out.WriteLine(Describe(changed, hours));
            Console.Out.WriteLine(new Words("工作日按工作日历计算（luoshi holidays）", "working days by the calendar (luoshi holidays)").ToString());
            return ExitCodes.Success;
        });
        return command;
    }

    private static int? Pick(int? given, int? current) => given switch { null => current, 0 => null, var n => n };

    private static QuietHours? Quiet(string text)
    {
        var parts = text.Split('-', 2);
        return parts.Length == 2
            && TimeOnly.TryParseExact(parts[0].Trim(), "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            && TimeOnly.TryParseExact(parts[1].Trim(), "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var until)
                ? new QuietHours(from, until) : null;
    }

    private static string Describe(ReminderRule r, QuietHours q) => new Words(
        $"{Catalogue.Reminders.KindName(r.Kind).Zh}：提前 {Off(r.DaysBefore, "个工作日")}提醒；到期当天{(r.OnTheDay ? "提醒" : "不提醒")}；逾期每 {Off(r.RepeatEvery, "个工作日")}催办；逾期 {Off(r.EscalateAfter, "个工作日")}督办单位负责人，{Off(r.EscalateAgainAfter, "个工作日")}督办分管领导；免打扰 {q.From:HH\\:mm}–{q.Until:HH\\:mm}",
        $"{Catalogue.Reminders.KindName(r.Kind).En}: remind {OffEn(r.DaysBefore)} working days before; on the day: {(r.OnTheDay ? "yes" : "no")}; overdue every {OffEn(r.RepeatEvery)} working days; head of unit after {OffEn(r.EscalateAfter)}, leader in charge after {OffEn(r.EscalateAgainAfter)}; quiet {q.From:HH\\:mm}–{q.Until:HH\\:mm}").ToString();

    private static string Off(int? days, string unit) => days is { } d ? $"{d} {unit}" : "（关闭）";

    private static string OffEn(int? days) => days?.ToString(CultureInfo.InvariantCulture) ?? "(off)";
}
