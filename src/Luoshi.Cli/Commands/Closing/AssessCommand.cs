using System.CommandLine;
using System.Text.Json;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Domain.Assessment;
using Luoshi.Domain.Wording;
using Luoshi.Storage;
using Spectre.Console;

namespace Luoshi.Cli.Commands.Closing;

/// <summary><c>luoshi closing scheme --file F</c> (the office's scoring scheme, JSON) and <c>luoshi closing assess</c>:
/// every lead unit's score from the year's account, ranked, every point explained.</summary>
internal static class AssessCommand
{
    public static Command Scheme()
    {
        var file = new Option<string>("--file") { Description = "The scheme as JSON: done, basically_done, not_done, section_weights, late_report, red_periods, red_held, blue_notice, yellow_notice, red_notice, extension, early_close, deduction_cap, addition_cap", Required = true };
        return new ClosingStepRunner().PlanCommand("scheme", "The office sets the scoring scheme of the unit assessment (考核)", async (res, l, p, a, ct) =>
        {
            ScoringScheme? scheme;
            try
            {
                scheme = JsonSerializer.Deserialize<ScoringScheme>(await File.ReadAllTextAsync(res.GetValue(file)!, ct), PlanJsonWriter.Options);
            }
            catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
            {
                scheme = null;
            }

            return scheme is null ? StoreResult.Fail(Catalogue.Assessment.BadScheme, Place.OfField("--file")) : await l.SetSchemeAsync(p, a, scheme, ct);
        }, file);
    }

    public static Command Assess()
    {
        var store = new StoreSelection();
        var plan = new PlanSelection();
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("assess", "Every lead unit's score (考核) from the year's account, ranked, every point explained") { format };
        store.AddTo(command);
        plan.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            if (await plan.FindAsync(ledger, result, "luoshi closing assess", ct) is not { } found)
            {
                return ExitCodes.BadInput;
            }

            var ranking = (await ledger.Closing.RankAsync(found.Id, ct))!;
            if (result.GetValue(format) == "json")
            {
                var units = ranking.Select(s => new
                {
                    s.Unit, s.Rank, s.Base, s.Deducted, s.Added, s.Adjusted, s.Final, Confirmed = s.IsConfirmed,
                    Lines = s.Lines.Select(l => new { l.Task, Why = l.Why.ToString(), l.Points, Source = Catalogue.SelfAssessment.SourceName(l.Source).ToString() }),
                });
                Console.Out.WriteLine(JsonSerializer.Serialize(new { Units = units }, PlanJsonWriter.Options));
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns(Lang.Pick("名次", "rank"), Lang.Pick("单位", "unit"), Lang.Pick("基础分", "base"),
                Lang.Pick("扣分", "deducted"), Lang.Pick("加分", "added"), Lang.Pick("调整", "adjusted"), Lang.Pick("得分", "final"), Lang.Pick("自评审核", "review"), Lang.Pick("说明", "why"));
            foreach (var s in ranking)
            {
                table.AddRow(s.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(s.Unit), $"{s.Base:0.##}", $"{s.Deducted:0.##}", $"{s.Added:0.##}", $"{s.Adjusted:0.##}", $"{s.Final:0.##}",
                    Markup.Escape(s.IsConfirmed ? Lang.Pick("已确认", "confirmed") : Lang.Pick("未确认，按考核方案计", "not confirmed; by the scheme")),
                    Markup.Escape(string.Join("\n", s.Lines.Select(l => $"{l.Task} [{Catalogue.SelfAssessment.SourceName(l.Source)}] {l.Why} {(l.Points == 0 ? "" : l.Points.ToString("+0.##;-0.##", System.Globalization.CultureInfo.InvariantCulture))}".Trim()))));
            }

            AnsiConsole.Console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
